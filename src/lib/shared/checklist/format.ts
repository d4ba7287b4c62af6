// Numbers and sentences as the page shows them: Dutch decimal comma, and UI
// texts from content/ui.yaml with {placeholders} filled in.
import { round1 } from './scoring.ts';

/** 2.333 → "2,3". */
export function nl1(x: number): string {
  return round1(x).toFixed(1).replace('.', ',');
}

/** A signed change: 0.3 → "+0,3", -0.5 → "−0,5", 0 → "0,0". */
export function signed(x: number): string {
  const r = round1(x);
  return r > 0 ? `+${nl1(r)}` : r < 0 ? `−${nl1(-r)}` : nl1(0);
}

/** Fills "{name}" placeholders; unknown placeholders stay visible so a typo in ui.yaml shows. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (Object.hasOwn(values, k) ? String(values[k]) : m));
}
