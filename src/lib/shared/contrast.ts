// Colour contrast after WCAG 2.2: the ratio of two colours, whether a brand
// colour can carry text on the site's backgrounds, and a darker shade that can.
// Pure functions, used by the brand check (src/lib/node/brand-schema.ts).

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

// ---- Dark mode (issue 17) -------------------------------------------------------
// In the dark theme the brand colours are text on dark surfaces (and the background
// of buttons with dark letters): each gets a lighter tint of the same hue, just light
// enough for 4.5:1. src/styles/global.css uses the tints (--brand-primary-dark,
// --brand-accent-dark, written by brandCss() in src/lib/node/brand.ts).

/** The dark theme's backgrounds (src/styles/global.css: --color-paper, --color-wash). */
export const DARK_SURFACES = [
  { hex: '#15181d', name: 'donkergrijs (#15181d, de pagina in de donkere weergave)' },
  { hex: '#1f232a', name: 'donkergrijs (#1f232a, het menu en de kaders in de donkere weergave)' },
];

/** The lightest tint we allow: lighter than this, a colour is hardly a colour any more. */
export const MAX_DARK_LIGHTNESS = 0.9;

function toHsl(hex: string): [number, number, number] {
  const [r, g, b] = [0, 1, 2].map((i) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h / 6, s, l];
}

function fromHsl(h: number, s: number, l: number): string {
  const hue = (p: number, q: number, t: number) => {
    const x = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (x < 1 / 6) return p + (q - p) * 6 * x;
    if (x < 1 / 2) return q;
    if (x < 2 / 3) return p + (q - p) * (2 / 3 - x) * 6;
    return p;
  };
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const rgb = s === 0 ? [l, l, l] : [hue(p, q, h + 1 / 3), hue(p, q, h), hue(p, q, h - 1 / 3)];
  return `#${rgb.map((c) => Math.round(c * 255).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The tint of a brand colour for the dark theme: same hue and saturation, lighter
 * just enough for 4.5:1 on every dark surface. Undefined when even the lightest
 * allowed tint (MAX_DARK_LIGHTNESS) does not get there.
 */
export function lightenToContrast(hex: string, min = MIN_CONTRAST, surfaces = DARK_SURFACES): string | undefined {
  const fits = (c: string) => surfaces.every((surface) => contrastRatio(c, surface.hex) >= min);
  if (fits(hex)) return hex;
  const [h, s, l] = toHsl(hex);
  for (let step = Math.floor(l * 100) + 1; step <= MAX_DARK_LIGHTNESS * 100; step++) {
    const candidate = fromHsl(h, s, step / 100);
    if (fits(candidate)) return candidate;
  }
  return undefined;
}

/** Problems with a brand colour's tint for the dark theme (given in brand.yaml, or derived). */
export function darkColourProblems(field: 'primary' | 'accent', hex: string, given: boolean): string[] {
  const failing = DARK_SURFACES.map((s) => ({ ...s, ratio: contrastRatio(hex, s.hex) })).filter((s) => s.ratio < MIN_CONTRAST);
  if (!failing.length) return [];
  const where = failing.map((s) => `op ${s.name} ${formatRatio(s.ratio)}`).join(', ');
  const better = lightenToContrast(hex);
  return [
    given
      ? `${hex} heeft in de donkere weergave te weinig contrast: ${where}. Daar is minstens 4,5:1 nodig (WCAG AA). ` +
        (better ? `Kies een lichtere kleur, bijvoorbeeld "${better}", of laat het veld weg: dan kiest de build zelf een lichtere tint.` : 'Kies een lichtere kleur, of laat het veld weg.')
      : `voor de donkere weergave is geen lichtere tint van ${hex} te vinden met genoeg contrast (${where}; minstens 4,5:1 nodig). ` +
        `Geef zelf een lichte kleur op in "colours.${field}Dark", bijvoorbeeld "#d0e0f0".`,
  ];
}
