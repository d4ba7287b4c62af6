// The result as a bar chart in SVG: one bar per category on the 1–3 scale, over
// a track split into the three levels. Every bar carries its number and level in
// words, the levels are named above the track, and an earlier round shows as a
// hatched bar: the chart reads without colour, in greyscale and in print.
import { nl1 } from '../../lib/shared/checklist/format.ts';
import { START_MAX, STRONG_MIN } from '../../lib/shared/checklist/scoring.ts';
import { svg } from '../../lib/client/dom.ts';

export interface ChartRow {
  title: string;
  mean: number | null;
  /** The words under the bar: "gemiddeld 2,3: gedeeltelijk ontwikkeld". */
  label: string;
  /** The baseline's mean, when comparing. */
  before?: number | null;
}

const FONT = 14;
const SMALL = 12.5;

/** The level boundaries on the 1–3 axis: halfway between the last value of one level and the first of the next. */
const CUTS = [1, START_MAX + 0.05, STRONG_MIN - 0.05, 3];

/**
 * `titleWidth`: the width of the longest category name in pixels (measured by the
 * caller once the chart is on screen; estimated before that).
 */
export function chart(rows: ChartRow[], levels: string[], width: number, title: string, thenLabel: string, titleWidth?: number): SVGSVGElement {
  const w = Math.round(Math.max(260, Math.min(width, 760)));
  const names = titleWidth ?? Math.max(...rows.map((r) => r.title.length)) * 8.6;
  // Wide: the category names in a column left of the bars, when they take at most
  // 40% of the width. Otherwise each name stands above its bar.
  const wide = w >= 520 && names + 14 <= w * 0.4;
  const x0 = wide ? Math.ceil(names + 14) : 0;
  const x = (v: number) => x0 + 1 + ((v - 1) / 2) * (w - x0 - 2);
  const comparing = rows.some((r) => r.before !== undefined);
  const parts: SVGElement[] = [svg('title', null, title)];
  if (comparing) {
    parts.push(
      svg('defs', null,
        svg('pattern', { id: 'scorer-hatch', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
          svg('rect', { width: 6, height: 6, class: 'hatch-bg' }),
          svg('line', { x1: 0, y1: 0, x2: 0, y2: 6, class: 'hatch-line' }))),
    );
  }
  // The names of the levels, above their part of the track, on two lines.
  levels.forEach((name, i) => {
    const mid = (x(CUTS[i]!) + x(CUTS[i + 1]!)) / 2;
    const words = name.split(' ');
    const lines = words.length > 1 ? [words.slice(0, -1).join(' '), words.at(-1)!] : [name];
    parts.push(svg('text', { x: mid, y: 14, 'text-anchor': 'middle', 'font-size': SMALL, class: 'chart-level' },
      ...lines.map((l, k) => svg('tspan', { x: mid, dy: k ? 15 : 0 }, l))));
  });
  let y = 40;
  for (const row of rows) {
    parts.push(svg('text', { x: 0, y: y + FONT + (wide ? 2 : 0), 'font-size': FONT, 'font-weight': 700, class: 'chart-title' }, row.title));
    if (!wide) y += FONT + 6;
    for (let i = 0; i < 3; i++) {
      parts.push(svg('rect', { x: x(CUTS[i]!), y, width: x(CUTS[i + 1]!) - x(CUTS[i]!), height: 20, class: `chart-band chart-band-${i}` }));
    }
    if (row.mean !== null) parts.push(svg('rect', { x: x(1), y: y + 3, width: Math.max(3, x(row.mean) - x(1)), height: 14, class: 'chart-bar' }));
    y += 20;
    if (row.before !== undefined) {
      parts.push(svg('rect', { x: x(1), y: y + 2, width: x(3) - x(1), height: 10, class: 'chart-track' }));
      if (row.before !== null) parts.push(svg('rect', { x: x(1), y: y + 2, width: Math.max(3, x(row.before) - x(1)), height: 10, fill: 'url(#scorer-hatch)', class: 'chart-before' }));
      y += 12;
    }
    const label = row.before === undefined ? row.label : `${row.label} (${thenLabel} ${row.before === null ? '–' : nl1(row.before)})`;
    parts.push(svg('text', { x: x0, y: y + SMALL + 3, 'font-size': SMALL, class: 'chart-value' }, label));
    y += SMALL + 3 + (wide ? 10 : 16);
  }
  // The scale underneath: 1, 2, 3.
  y += 6;
  for (const v of [1, 2, 3]) {
    parts.push(svg('text', { x: x(v), y: y + 2, 'font-size': SMALL, 'text-anchor': v === 1 ? 'start' : v === 3 ? 'end' : 'middle', class: 'chart-tick' }, String(v)));
  }
  y += 8;
  return svg('svg', { viewBox: `0 0 ${w} ${y}`, width: w, height: y, role: 'img', class: 'chart', 'aria-label': title }, ...parts) as SVGSVGElement;
}
