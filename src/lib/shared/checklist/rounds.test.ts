// Rounds: saving with a date and label, and comparing a later round with a baseline.
import { describe, expect, it } from 'vitest';
import { addRound, compareRounds, MAX_ROUNDS, removeRound, today } from './rounds.ts';
import type { ChecklistDef, Round } from './types.ts';

const def: ChecklistDef = {
  id: 'test',
  categories: [
    { id: 'a', title: 'A', items: [{ id: 'a1', text: 'een' }, { id: 'a2', text: 'twee' }] },
    { id: 'b', title: 'B', items: [{ id: 'b1', text: 'drie' }, { id: 'b2', text: 'vier' }] },
    { id: 'c', title: 'C', items: [{ id: 'c1', text: 'vijf' }, { id: 'c2', text: 'zes' }] },
  ],
};
const round = (label: string, date: string): Round => ({ label, date, sets: [{ a1: 2 }] });

describe('addRound', () => {
  it('stores a snapshot: changing the answers afterwards never changes the saved round', () => {
    const mine = { a1: 1 as const, a2: 1 as const };
    const res = addRound([], { label: 'nulmeting', date: '2025-01-01', sets: [mine] });
    mine.a1 = 3 as never;
    (mine as Record<string, number>).a3 = 2;
    expect(res.ok && res.rounds[0]!.sets).toEqual([{ a1: 1, a2: 1 }]);
  });

  it('keeps rounds in date order, and same-day rounds in the order saved', () => {
    let rounds: Round[] = [];
    for (const r of [round('b', '2025-03-01'), round('a', '2024-09-15'), round('c', '2025-03-01')]) {
      const res = addRound(rounds, r);
      if (!res.ok) throw new Error(res.reason);
      rounds = res.rounds;
    }
    expect(rounds.map((r) => r.label)).toEqual(['a', 'b', 'c']);
  });

  it('refuses a round without answers and a round beyond the limit, and changes nothing', () => {
    expect(addRound([], { label: '', date: '2025-01-01', sets: [{}] })).toEqual({ ok: false, reason: 'empty' });
    const full = Array.from({ length: MAX_ROUNDS }, (_, i) => round(String(i), '2025-01-01'));
    const copy = structuredClone(full);
    expect(addRound(full, round('x', '2025-02-01'))).toEqual({ ok: false, reason: 'full' });
    expect(full).toEqual(copy);
  });

  it('removes one round by position', () => {
    const rounds = [round('a', '2024-01-01'), round('b', '2024-02-01')];
    expect(removeRound(rounds, 0).map((r) => r.label)).toEqual(['b']);
    expect(rounds).toHaveLength(2);
  });
});

describe('compareRounds', () => {
  it('gives per category the mean before and after and the change on the shown (rounded) means', () => {
    const baseline = [{ a1: 1, a2: 2, b1: 3, b2: 3, c1: 2 } as const];
    const later = [{ a1: 2, a2: 2, b1: 3, b2: 2, c1: 0, c2: 0 } as const];
    const [a, b, c] = compareRounds(def, [...baseline], [...later]);
    expect(a).toMatchObject({ id: 'a', before: 1.5, after: 2, change: 0.5, trend: 'up' });
    expect(b).toMatchObject({ before: 3, after: 2.5, change: -0.5, trend: 'down' });
    // c: one of two answered before (enough), none scored after: no change to report.
    expect(c).toMatchObject({ before: 2, after: null, change: null, trend: null });
  });

  it('reports "same" when the shown means are equal', () => {
    const [a] = compareRounds(def, [{ a1: 2, a2: 3 }], [{ a1: 3, a2: 2 }]);
    expect(a).toMatchObject({ change: 0, trend: 'same' });
  });

  it('compares a team round with a one-person round', () => {
    const [a] = compareRounds(def, [{ a1: 1, a2: 1 }], [{ a1: 3, a2: 3 }, { a1: 2, a2: 2 }]);
    expect(a).toMatchObject({ before: 1, after: 2.5, change: 1.5 });
  });
});

describe('today', () => {
  it('writes the local date as YYYY-MM-DD', () => {
    expect(today(new Date(2025, 0, 9, 23, 59))).toBe('2025-01-09');
  });
});
