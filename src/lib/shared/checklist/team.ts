// Several colleagues' answers, item by item: how many chose each answer, the
// mean, how far apart the answers lie, and where colleagues disagree most.
// One person is a team of one: the scorer uses the same numbers for both.
import { allItems, type Answers, type ChecklistDef } from './types.ts';

export interface ItemStat {
  id: string;
  category: string;
  text: string;
  /** How many chose [weet ik niet, startfase, gedeeltelijk, sterk]. */
  counts: [number, number, number, number];
  /** People who left the item open. */
  open: number;
  /** Scored answers (1–3). */
  n: number;
  /** Mean of the scored answers on the 1–3 scale; null without any. */
  mean: number | null;
  /** Highest minus lowest scored answer (0–2); null without any. */
  spread: number | null;
  /** Mean difference between two colleagues' answers (0–2); null with fewer than two scored answers. */
  disagreement: number | null;
}

/**
 * How much colleagues disagree: for every pair of scored answers the difference
 * in points (0, 1 or 2), averaged. 0 means all agree; 2 that they are split
 * between "nog in startfase" and "sterk ontwikkeld".
 */
export function disagreement(values: number[]): number | null {
  if (values.length < 2) return null;
  let sum = 0;
  let pairs = 0;
  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      sum += Math.abs(values[i]! - values[j]!);
      pairs++;
    }
  }
  return sum / pairs;
}

export function aggregate(def: ChecklistDef, sets: Answers[]): ItemStat[] {
  return allItems(def).map((item) => {
    const counts: ItemStat['counts'] = [0, 0, 0, 0];
    const scored: number[] = [];
    let open = 0;
    for (const set of sets) {
      const a = Object.hasOwn(set, item.id) ? set[item.id] : undefined;
      if (a === undefined) open++;
      else {
        counts[a]++;
        if (a > 0) scored.push(a);
      }
    }
    const n = scored.length;
    return {
      id: item.id,
      category: item.category,
      text: item.text,
      counts,
      open,
      n,
      mean: n ? scored.reduce((s, v) => s + v, 0) / n : null,
      spread: n ? Math.max(...scored) - Math.min(...scored) : null,
      disagreement: disagreement(scored),
    };
  });
}

/** Below this mean difference an item is not offered as a discussion prompt. */
export const MIN_DISAGREEMENT = 0.5;
export const MAX_PROMPTS = 5;

/**
 * The items where colleagues disagree most: largest mean difference first, then
 * largest spread, then checklist order. At most `max`, except that every item
 * with the same mean difference as the last one is included too, in whatever
 * category it is: a tie is never cut off by its place in the list.
 */
export function topDisagreements(stats: ItemStat[], max = MAX_PROMPTS): ItemStat[] {
  const sorted = stats
    .map((s, order) => ({ s, order }))
    .filter(({ s }) => s.disagreement !== null && s.disagreement >= MIN_DISAGREEMENT - 1e-9)
    .sort((a, b) => b.s.disagreement! - a.s.disagreement! || b.s.spread! - a.s.spread! || a.order - b.order)
    .map(({ s }) => s);
  const cut = sorted[max - 1]?.disagreement;
  return cut == null ? sorted : sorted.filter((s, i) => i < max || Math.abs(s.disagreement! - cut) < 1e-9);
}
