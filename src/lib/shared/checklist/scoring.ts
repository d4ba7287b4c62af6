// From answers to a result: per category the mean on the 1–3 scale, how the
// answers are spread, and the level in words; over the whole checklist the
// strongest and weakest items. The rules are stated on the page (content/ui.yaml,
// scorer.rules) with the numbers below filled in, so text and code cannot drift.
import { aggregate, type ItemStat } from './team.ts';
import type { Answers, ChecklistDef } from './types.ts';

export type Level = 'start' | 'partial' | 'strong';

/** A category mean (rounded to one decimal, as shown) up to this value is "nog in startfase". */
export const START_MAX = 1.6;
/** From this value on it is "sterk ontwikkeld"; in between "gedeeltelijk ontwikkeld". */
export const STRONG_MIN = 2.4;
/** How many items are named as strongest and as weakest. */
export const MAX_NAMED_ITEMS = 3;

/** Rounds to one decimal: the number the page shows, and the one the level is read from. */
export function round1(x: number): number {
  return Math.round(x * 10 + 1e-9) / 10;
}

export function levelOf(mean: number): Level {
  const m = round1(mean);
  return m <= START_MAX ? 'start' : m >= STRONG_MIN ? 'strong' : 'partial';
}

/** A category gets a level only when at least half of its items have a scored answer. */
export function enoughAnswers(answered: number, items: number): boolean {
  return answered > 0 && answered * 2 >= items;
}

export interface CategoryScore {
  id: string;
  title: string;
  items: number;
  /** Items with at least one scored answer. */
  answered: number;
  /** Answers over all items and people: [weet ik niet, startfase, gedeeltelijk, sterk]. */
  counts: [number, number, number, number];
  open: number;
  /** Mean of the item means; null when too few items are answered. */
  mean: number | null;
  level: Level | null;
}

export interface Result {
  people: number;
  items: ItemStat[];
  categories: CategoryScore[];
  /** Mean of all item means. */
  mean: number | null;
  strongest: ItemStat[];
  weakest: ItemStat[];
  /** Categories not yet "sterk ontwikkeld", weakest first: where the steps and tools help most. */
  weak: CategoryScore[];
}

const mean = (xs: number[]): number | null => (xs.length ? xs.reduce((s, v) => s + v, 0) / xs.length : null);
/** Sort that keeps checklist order among equals. */
const stableSort = <T>(xs: T[], by: (x: T) => number): T[] =>
  xs.map((x, i) => ({ x, i })).sort((a, b) => by(a.x) - by(b.x) || a.i - b.i).map(({ x }) => x);

export function score(def: ChecklistDef, sets: Answers[]): Result {
  const items = aggregate(def, sets);
  const categories: CategoryScore[] = def.categories.map((cat) => {
    const own = items.filter((i) => i.category === cat.id);
    const means = own.flatMap((i) => (i.mean === null ? [] : [i.mean]));
    const counts: CategoryScore['counts'] = [0, 0, 0, 0];
    for (const i of own) i.counts.forEach((c, k) => (counts[k] = counts[k]! + c));
    const m = enoughAnswers(means.length, own.length) ? mean(means) : null;
    return {
      id: cat.id,
      title: cat.title,
      items: own.length,
      answered: means.length,
      counts,
      open: own.reduce((s, i) => s + i.open, 0),
      mean: m,
      level: m === null ? null : levelOf(m),
    };
  });
  const scored = items.filter((i) => i.mean !== null);
  const overall = mean(scored.map((i) => i.mean!));
  // Strongest: above the overall mean, highest first; weakest: below it, lowest first.
  // When every answer is the same, nothing stands out and both lists stay empty.
  const strongest = overall === null ? [] : stableSort(scored.filter((i) => i.mean! > overall + 1e-9), (i) => -i.mean!).slice(0, MAX_NAMED_ITEMS);
  const weakest = overall === null ? [] : stableSort(scored.filter((i) => i.mean! < overall - 1e-9), (i) => i.mean!).slice(0, MAX_NAMED_ITEMS);
  const weak = stableSort(categories.filter((c) => c.level === 'start' || c.level === 'partial'), (c) => c.mean!);
  return { people: sets.length, items, categories, mean: overall, strongest, weakest, weak };
}

/** Does this set hold at least one answer (also "weet ik niet")? */
export function hasAnswers(set: Answers): boolean {
  return Object.keys(set).length > 0;
}
