// Rounds over time: a result saved with a date and a label, so a team can fill
// in the checklist again later and see per category what has changed.
import { round1, score } from './scoring.ts';
import type { Answers, ChecklistDef, Round } from './types.ts';

/** More than a school needs (two rounds a year for twelve years); keeps localStorage small. */
export const MAX_ROUNDS = 24;

export type AddRoundResult = { ok: true; rounds: Round[] } | { ok: false; reason: 'full' | 'empty' };

/**
 * Adds a round, sorted by date (oldest first; same date: in the order saved).
 * Never drops an existing round. The round is stored as a snapshot: a deep copy
 * of its answer sets, so later changes to the answers never change it.
 */
export function addRound(rounds: Round[], round: Round): AddRoundResult {
  if (rounds.length >= MAX_ROUNDS) return { ok: false, reason: 'full' };
  if (!round.sets.some((s) => Object.keys(s).length > 0)) return { ok: false, reason: 'empty' };
  const snapshot: Round = { label: round.label, date: round.date, sets: round.sets.map((s) => ({ ...s })) };
  const next = [...rounds, snapshot];
  const order = new Map(next.map((r, i) => [r, i]));
  next.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : order.get(a)! - order.get(b)!));
  return { ok: true, rounds: next };
}

export function removeRound(rounds: Round[], index: number): Round[] {
  return rounds.filter((_, i) => i !== index);
}

export type Trend = 'up' | 'same' | 'down';

export interface CategoryChange {
  id: string;
  title: string;
  before: number | null;
  after: number | null;
  /** After minus before, on the rounded means the page shows; null when either has no mean. */
  change: number | null;
  trend: Trend | null;
}

/** Per category: the baseline's mean, the later mean and the change. */
export function compareRounds(def: ChecklistDef, baseline: Answers[], later: Answers[]): CategoryChange[] {
  const before = score(def, baseline).categories;
  const after = score(def, later).categories;
  return before.map((b, i) => {
    const a = after[i]!;
    const change = b.mean === null || a.mean === null ? null : round1(round1(a.mean) - round1(b.mean));
    return {
      id: b.id,
      title: b.title,
      before: b.mean,
      after: a.mean,
      change,
      trend: change === null ? null : change > 0 ? 'up' : change < 0 ? 'down' : 'same',
    };
  });
}

/** Today as YYYY-MM-DD in the user's own time zone (the default date of a new round). */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
