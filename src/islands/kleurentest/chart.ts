// A horizontal bar chart in SVG, built in the browser. Every bar carries its
// colour name and its value as text, and bars have a dark outline, so the chart
// reads in greyscale and without seeing colour. A dashed line marks an even split.
import { svg } from '../../lib/client/dom.ts';

export interface Bar {
  /** Colour id, for the fill class kt-bar-<id>. */
  colour: string;
  label: string;
  /** 0–1 */
  share: number;
  /** Text after the bar: "25% sterk". */
  value: string;
}

const node = (tag: string, attrs: Record<string, string | number>, text?: string): SVGElement => svg(tag, attrs, text);

export function barChart(bars: Bar[], label: string, evenShare: number, evenLabel: string): SVGSVGElement {
  const width = 350;
  const rowH = 32;
  const top = 24;
  const labelW = 60;
  const barMax = 160;
  // The scale runs to at least 40%, so a profile near the even split still shows differences.
  const axis = Math.max(0.4, Math.ceil(Math.max(0, ...bars.map((b) => b.share)) * 10) / 10);
  const height = top + bars.length * rowH + 4;
  const x = (share: number) => labelW + (Math.min(share, axis) / axis) * barMax;
  const svg = node('svg', { viewBox: `0 0 ${width} ${height}`, class: 'kt-svg', role: 'img' }) as SVGSVGElement;
  svg.setAttribute('aria-label', `${label} ${bars.map((b) => `${b.label}: ${b.value}`).join('; ')}.`);
  bars.forEach((b, i) => {
    const y = top + i * rowH;
    svg.append(
      node('text', { x: 0, y: y + 20, class: 'kt-bar-label' }, b.label),
      node('rect', { x: labelW, y: y + 6, width: Math.max(1, x(b.share) - labelW), height: rowH - 12, class: `kt-bar kt-bar-${b.colour}` }),
      // Values in one column right of the longest possible bar: never crossed by the even-split line.
      node('text', { x: labelW + barMax + 10, y: y + 20 }, b.value),
    );
  });
  // The even split is drawn last, over the bars.
  const evenX = x(evenShare);
  svg.append(
    node('line', { x1: evenX, x2: evenX, y1: top - 4, y2: height, class: 'kt-even' }),
    node('text', { x: evenX, y: 12, 'text-anchor': 'middle', class: 'kt-even-label' }, `${evenLabel} ${Math.round(evenShare * 100)}%`),
  );
  return svg;
}
