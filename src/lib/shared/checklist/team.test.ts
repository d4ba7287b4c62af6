// Team aggregation: counts, mean and spread per item, the disagreement measure
// and which items are offered as discussion prompts.
import { describe, expect, it } from 'vitest';
import { aggregate, disagreement, MIN_DISAGREEMENT, topDisagreements } from './team.ts';
import type { Answers, ChecklistDef } from './types.ts';

const def: ChecklistDef = {
  id: 'test',
  categories: [
    { id: 'a', title: 'A', items: [{ id: 'a1', text: 'een' }, { id: 'a2', text: 'twee' }, { id: 'a3', text: 'drie' }] },
    { id: 'b', title: 'B', items: [{ id: 'b1', text: 'vier' }, { id: 'b2', text: 'vijf' }] },
  ],
};

describe('disagreement', () => {
  it('is the mean difference between two colleagues', () => {
    expect(disagreement([2, 2, 2])).toBe(0);
    expect(disagreement([1, 3])).toBe(2);
    expect(disagreement([1, 2, 3])).toBeCloseTo(4 / 3);
    expect(disagreement([1, 1, 3, 3])).toBeCloseTo(8 / 6);
    expect(disagreement([2, 2, 2, 2, 3])).toBeCloseTo(4 / 10);
  });
  it('needs two scored answers', () => {
    expect(disagreement([])).toBeNull();
    expect(disagreement([3])).toBeNull();
  });
});

describe('aggregate', () => {
  const sets: Answers[] = [
    { a1: 1, a2: 2, a3: 0, b1: 3 },
    { a1: 3, a2: 2, a3: 0 },
    { a1: 2, a2: 2, b1: 3, b2: 0 },
  ];
  const stats = aggregate(def, sets);

  it('counts each answer, the open ones, and "weet ik niet" apart from the scored ones', () => {
    expect(stats.map((s) => s.counts)).toEqual([[0, 1, 1, 1], [0, 0, 3, 0], [2, 0, 0, 0], [0, 0, 0, 2], [1, 0, 0, 0]]);
    expect(stats.map((s) => s.open)).toEqual([0, 0, 1, 1, 2]);
    expect(stats.map((s) => s.n)).toEqual([3, 3, 0, 2, 0]);
  });

  it('gives the mean, the spread (highest minus lowest) and the disagreement per item', () => {
    expect(stats[0]).toMatchObject({ id: 'a1', category: 'a', mean: 2, spread: 2 });
    expect(stats[0]!.disagreement).toBeCloseTo(4 / 3);
    expect(stats[1]).toMatchObject({ mean: 2, spread: 0, disagreement: 0 });
    expect(stats[2]).toMatchObject({ mean: null, spread: null, disagreement: null });
    expect(stats[3]).toMatchObject({ mean: 3, spread: 0 });
  });

  it('does not read answers from the prototype chain', () => {
    const hostile = JSON.parse('{"__proto__": {"a1": 3}}') as Answers;
    expect(aggregate(def, [hostile])[0]).toMatchObject({ open: 1, n: 0 });
  });
});

describe('topDisagreements', () => {
  it('offers the items colleagues disagree on most, biggest first, and skips small differences', () => {
    const sets: Answers[] = [
      { a1: 1, a2: 2, a3: 1, b1: 2, b2: 3 },
      { a1: 3, a2: 3, a3: 3, b1: 2, b2: 3 },
      { a1: 3, a2: 2, a3: 1, b1: 2, b2: 2 },
    ];
    const stats = aggregate(def, sets);
    // a1: |1-3|,|1-3|,|3-3| = 4/3; a3: 2,0,2 = 4/3; a2: 1,0,1 = 2/3; b2: 0,1,1 = 2/3; b1: 0.
    const top = topDisagreements(stats);
    expect(top.map((s) => s.id)).toEqual(['a1', 'a3', 'a2', 'b2']);
    expect(top.every((s) => s.disagreement! >= MIN_DISAGREEMENT)).toBe(true);
    expect(topDisagreements(stats, 2).map((s) => s.id)).toEqual(['a1', 'a3']);
  });

  it('includes every item tied with the last one at the cut-off, also in another category', () => {
    // a1, a3 and b2 all split between 1 and 3 (4/3); a cut-off of two keeps all three.
    const sets: Answers[] = [
      { a1: 1, a2: 2, a3: 1, b1: 2, b2: 1 },
      { a1: 3, a2: 2, a3: 3, b1: 2, b2: 3 },
      { a1: 3, a2: 2, a3: 1, b1: 2, b2: 1 },
    ];
    const stats = aggregate(def, sets);
    expect(topDisagreements(stats, 2).map((s) => s.id)).toEqual(['a1', 'a3', 'b2']);
    expect(topDisagreements(stats, 1).map((s) => s.id)).toEqual(['a1', 'a3', 'b2']);
  });

  it('offers nothing for one person or a team that agrees', () => {
    expect(topDisagreements(aggregate(def, [{ a1: 1, a2: 3 }]))).toEqual([]);
    expect(topDisagreements(aggregate(def, [{ a1: 2 }, { a1: 2 }]))).toEqual([]);
  });
});
