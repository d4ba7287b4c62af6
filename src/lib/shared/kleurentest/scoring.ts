// Scoring of the colour test: pure functions, used by the island in the browser,
// by the page (to print the thresholds) and by the tests. No DOM, no Node.
//
// A person divides a fixed number of points (8) over the five answers of every
// situation. Each answer belongs to one colour, so the points per colour add up
// to a profile. A colour's share of all points is also its percentage of the
// maximum (a colour can at most get every point). An even split gives each
// colour 1/5 (20%); the thresholds in content/kleurentest.yaml say, in average
// points per situation, from where a colour counts as strong or weak.

export type Level = 'strong' | 'average' | 'weak';

/** What the scoring needs to know about the test (built from content/kleurentest.yaml). */
export interface TestShape {
  /** Colour ids in the order of the model. */
  colours: string[];
  /** Per situation: its id and the colour of each answer, in the order shown (A–E). */
  items: Array<{ id: string; colours: string[] }>;
  pointsPerItem: number;
  /** Average points per situation: strong from, weak up to and including. */
  thresholds: { strong: number; weak: number };
}

/** Points per answer, in the order shown, per situation id. */
export type Answers = Record<string, number[]>;

/** The points per colour over all situations: what is saved, exported and compared. */
export interface Profile {
  /** Points per colour id. */
  totals: Record<string, number>;
  /** The number of situations the points were divided over. */
  items: number;
  pointsPerItem: number;
}

export interface ColourScore {
  colour: string;
  points: number;
  /** Share of all points, 0–1: also the share of the maximum this colour could get. */
  share: number;
  level: Level;
}

// Shares are compared with a little room, so that 0.25 computed as 24/96 counts as 25%.
const EPSILON = 1e-9;

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Points still to divide in one situation. */
export function remaining(points: readonly number[], pointsPerItem: number): number {
  return pointsPerItem - sum(points.map((p) => (Number.isFinite(p) ? p : 0)));
}

/** A situation is complete when all its points are divided, in whole non-negative numbers. */
export function isComplete(points: readonly number[] | undefined, answerCount: number, pointsPerItem: number): boolean {
  return (
    Array.isArray(points) &&
    points.length === answerCount &&
    points.every((p) => Number.isInteger(p) && p >= 0) &&
    sum(points) === pointsPerItem
  );
}

/**
 * Sets the points of one answer. The value is rounded and kept between 0 and what
 * is left, so the total of a situation can never exceed the points to divide.
 */
export function setPoints(points: readonly number[], index: number, value: number, pointsPerItem: number): number[] {
  const next = [...points];
  const others = remaining(next.map((p, i) => (i === index ? 0 : p)), pointsPerItem);
  const wanted = Number.isFinite(value) ? Math.round(value) : 0;
  next[index] = Math.max(0, Math.min(wanted, others));
  return next;
}

/** An empty answer list for a situation. */
export function emptyPoints(answerCount: number): number[] {
  return Array.from({ length: answerCount }, () => 0);
}

export function progress(shape: TestShape, answers: Answers): { done: number; total: number } {
  const done = shape.items.filter((item) => isComplete(answers[item.id], item.colours.length, shape.pointsPerItem)).length;
  return { done, total: shape.items.length };
}

/** Points per colour over the complete situations only. */
export function totals(shape: TestShape, answers: Answers): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(shape.colours.map((c) => [c, 0]));
  for (const item of shape.items) {
    const points = answers[item.id];
    if (!isComplete(points, item.colours.length, shape.pointsPerItem)) continue;
    item.colours.forEach((colour, i) => {
      out[colour] = (out[colour] ?? 0) + points![i]!;
    });
  }
  return out;
}

/** The profile once every situation is complete; undefined before that. */
export function profileFrom(shape: TestShape, answers: Answers): Profile | undefined {
  const { done, total } = progress(shape, answers);
  if (total === 0 || done < total) return undefined;
  return { totals: totals(shape, answers), items: total, pointsPerItem: shape.pointsPerItem };
}

/** Strong, average or weak, from a colour's share of all points. */
export function classifyShare(share: number, thresholds: TestShape['thresholds'], pointsPerItem: number): Level {
  if (share >= thresholds.strong / pointsPerItem - EPSILON) return 'strong';
  if (share <= thresholds.weak / pointsPerItem + EPSILON) return 'weak';
  return 'average';
}

/** Every colour of a profile with its points, share and level, in the order of the model. */
export function scoreProfile(profile: Profile, colours: string[], thresholds: TestShape['thresholds']): ColourScore[] {
  const max = profile.items * profile.pointsPerItem;
  return colours.map((colour) => {
    const points = profile.totals[colour] ?? 0;
    const share = max > 0 ? points / max : 0;
    return { colour, points, share, level: classifyShare(share, thresholds, profile.pointsPerItem) };
  });
}

/**
 * The strongest colour(s): the strong colours with the most points; more than
 * one when they tie. None when no colour is strong (then there is no strongest
 * colour to over-use).
 */
export function strongest(scores: ColourScore[]): string[] {
  const strong = scores.filter((s) => s.level === 'strong');
  const top = Math.max(...strong.map((s) => s.points));
  return strong.filter((s) => s.points === top).map((s) => s.colour);
}

/**
 * The thresholds as totals, for scoring the paper version by hand: strong from
 * `strongFrom` points, weak up to and including `weakUpTo`; `even` is a colour's
 * total when all points are divided evenly.
 */
export function paperThresholds(shape: Pick<TestShape, 'pointsPerItem' | 'thresholds'>, itemCount: number): { strongFrom: number; weakUpTo: number; even: number; total: number } {
  return {
    strongFrom: Math.ceil(shape.thresholds.strong * itemCount - EPSILON),
    weakUpTo: Math.floor(shape.thresholds.weak * itemCount + EPSILON),
    // Five colours: the schema of content/kleurentest.yaml enforces it.
    even: (shape.pointsPerItem * itemCount) / 5,
    total: shape.pointsPerItem * itemCount,
  };
}

/** A share as a whole percentage, for labels. */
export function percent(share: number): number {
  return Math.round(share * 100);
}
