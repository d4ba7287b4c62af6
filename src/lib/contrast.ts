// Colour contrast after WCAG 2.2: the ratio of two colours, whether a brand
// colour can carry text on the site's backgrounds, and a darker shade that can.
// Pure functions, used by the brand check (src/lib/brand-schema.ts).

/** The backgrounds brand colours appear on as text (global.css: --color-paper, --color-wash). */
export const SURFACES = [
  { hex: '#ffffff', name: 'wit (de pagina)' },
  { hex: '#f5f6f8', name: 'lichtgrijs (#f5f6f8, het menu en de kaders)' },
];
/** WCAG 2.2 AA for normal text. */
export const MIN_CONTRAST = 4.5;


function channel(hex: string, i: number): number {
  const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of "#rrggbb". */
export function luminance(hex: string): number {
  return 0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 1) + 0.0722 * channel(hex, 2);
}

/** WCAG contrast ratio of two "#rrggbb" colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** A ratio as printed in a message: rounded down, so 4.499 never reads as 4,50. */
export function formatRatio(r: number): string {
  return `${(Math.floor(r * 100) / 100).toFixed(2).replace('.', ',')}:1`;
}

/** The same hue, darkened just enough to reach the contrast on every surface. */
export function darkenToContrast(hex: string, min = MIN_CONTRAST): string {
  const rgb = [0, 1, 2].map((i) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16));
  for (let f = 1; f >= 0; f -= 0.01) {
    const candidate = `#${rgb.map((c) => Math.round(c * f).toString(16).padStart(2, '0')).join('')}`;
    if (SURFACES.every((s) => contrastRatio(candidate, s.hex) >= min)) return candidate;
  }
  return '#000000';
}

/** Problems with one brand colour used as text on the site's surfaces (and as background of white text). */
export function colourProblems(field: 'primary' | 'accent', hex: string): string[] {
  const failing = SURFACES.map((s) => ({ ...s, ratio: contrastRatio(hex, s.hex) })).filter((s) => s.ratio < MIN_CONTRAST);
  if (!failing.length) return [];
  const where = failing.map((s) => `op ${s.name} ${formatRatio(s.ratio)}`).join(', ');
  const use = field === 'primary' ? 'koppen, links en knoppen met witte letters' : 'accenten, de focusrand en links waar je muis op staat';
  return [
    `${hex} heeft te weinig contrast: ${where}. Voor ${use} is minstens 4,5:1 nodig (WCAG AA). ` +
      `Kies een donkerdere kleur, bijvoorbeeld "${darkenToContrast(hex)}".`,
  ];
}
