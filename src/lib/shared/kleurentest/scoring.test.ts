import { describe, expect, it } from 'vitest';
import {
  classifyShare,
  isComplete,
  paperThresholds,
  percent,
  profileFrom,
  progress,
  remaining,
  scoreProfile,
  setPoints,
  strongest,
  totals,
  type Answers,
  type TestShape,
} from './scoring.ts';

const colours = ['geel', 'blauw', 'rood', 'groen', 'wit'];
// Three situations, each with the colours in another order.
const shape: TestShape = {
  colours,
  items: [
    { id: 'a', colours: ['blauw', 'geel', 'groen', 'wit', 'rood'] },
    { id: 'b', colours: ['rood', 'wit', 'blauw', 'geel', 'groen'] },
    { id: 'c', colours: ['groen', 'blauw', 'wit', 'rood', 'geel'] },
  ],
  pointsPerItem: 8,
  thresholds: { strong: 2, weak: 1.2 },
};

describe('dividing the points of one situation', () => {
  it('counts what is left and when a situation is complete', () => {
    expect(remaining([0, 0, 0, 0, 0], 8)).toBe(8);
    expect(remaining([3, 2, 0, 0, 1], 8)).toBe(2);
    expect(isComplete([3, 2, 0, 2, 1], 5, 8)).toBe(true);
    expect(isComplete([3, 2, 0, 2, 0], 5, 8)).toBe(false);
    expect(isComplete([8, 0, 0, 0], 5, 8)).toBe(false);
    expect(isComplete([9, -1, 0, 0, 0], 5, 8)).toBe(false);
    expect(isComplete([4.5, 3.5, 0, 0, 0], 5, 8)).toBe(false);
    expect(isComplete(undefined, 5, 8)).toBe(false);
  });

  it('never lets the total go over the points to divide', () => {
    expect(setPoints([5, 0, 0, 0, 0], 1, 6, 8)).toEqual([5, 3, 0, 0, 0]);
    expect(setPoints([8, 0, 0, 0, 0], 2, 1, 8)).toEqual([8, 0, 0, 0, 0]);
    expect(setPoints([8, 0, 0, 0, 0], 0, 2, 8)).toEqual([2, 0, 0, 0, 0]);
  });

  it('keeps the points whole and not negative, whatever is typed', () => {
    expect(setPoints([0, 0, 0, 0, 0], 0, -3, 8)[0]).toBe(0);
    expect(setPoints([0, 0, 0, 0, 0], 0, 2.6, 8)[0]).toBe(3);
    expect(setPoints([0, 0, 0, 0, 0], 0, Number.NaN, 8)[0]).toBe(0);
    expect(setPoints([0, 0, 0, 0, 0], 0, Infinity, 8)[0]).toBe(0);
  });

  it('does not change the list it was given', () => {
    const before = [1, 1, 1, 1, 1];
    setPoints(before, 0, 3, 8);
    expect(before).toEqual([1, 1, 1, 1, 1]);
  });
});

describe('totals and the profile', () => {
  const all: Answers = {
    a: [8, 0, 0, 0, 0], // blauw 8
    b: [0, 0, 4, 4, 0], // blauw 4, geel 4
    c: [2, 2, 2, 1, 1], // groen 2, blauw 2, wit 2, rood 1, geel 1
  };

  it('adds the points of each answer to its colour', () => {
    expect(totals(shape, all)).toEqual({ geel: 5, blauw: 14, rood: 1, groen: 2, wit: 2 });
  });

  it('only counts complete situations, and gives a profile only when all are complete', () => {
    const partial: Answers = { a: [8, 0, 0, 0, 0], b: [0, 0, 4, 0, 0] };
    expect(totals(shape, partial)).toEqual({ geel: 0, blauw: 8, rood: 0, groen: 0, wit: 0 });
    expect(progress(shape, partial)).toEqual({ done: 1, total: 3 });
    expect(profileFrom(shape, partial)).toBeUndefined();
    expect(profileFrom(shape, all)).toEqual({ totals: { geel: 5, blauw: 14, rood: 1, groen: 2, wit: 2 }, items: 3, pointsPerItem: 8 });
  });

  it('ignores answers to situations the test does not have', () => {
    expect(totals(shape, { ...all, zz: [8, 0, 0, 0, 0] })).toEqual(totals(shape, all));
  });
});

describe('strong, average and weak', () => {
  const t = shape.thresholds;

  it('follows the thresholds: strong from 2 points per situation (25%), weak up to 1.2 (15%)', () => {
    expect(classifyShare(0.25, t, 8)).toBe('strong');
    expect(classifyShare(24 / 96, t, 8)).toBe('strong');
    expect(classifyShare(23 / 96, t, 8)).toBe('average');
    expect(classifyShare(0.2, t, 8)).toBe('average');
    expect(classifyShare(15 / 96, t, 8)).toBe('average');
    expect(classifyShare(14 / 96, t, 8)).toBe('weak');
    expect(classifyShare(0.15, t, 8)).toBe('weak');
    expect(classifyShare(0, t, 8)).toBe('weak');
    expect(classifyShare(1, t, 8)).toBe('strong');
  });

  it('scores a profile per colour with share and level, in the order of the model', () => {
    const scores = scoreProfile({ totals: { geel: 24, blauw: 30, rood: 14, groen: 18, wit: 10 }, items: 12, pointsPerItem: 8 }, colours, t);
    expect(scores.map((s) => [s.colour, s.points, percent(s.share), s.level])).toEqual([
      ['geel', 24, 25, 'strong'],
      ['blauw', 30, 31, 'strong'],
      ['rood', 14, 15, 'weak'],
      ['groen', 18, 19, 'average'],
      ['wit', 10, 10, 'weak'],
    ]);
    expect(strongest(scores)).toEqual(['blauw']);
  });

  it('calls an even split average for every colour, and then names no strongest colour', () => {
    const even = scoreProfile({ totals: { geel: 8, blauw: 8, rood: 8, groen: 8, wit: 8 }, items: 5, pointsPerItem: 8 }, colours, t);
    expect(even.every((s) => s.level === 'average')).toBe(true);
    expect(strongest(even)).toEqual([]);
  });

  it('names no strongest colour when the colour with the most points is not strong', () => {
    // 22 of 96 points is 23%: the most, but average.
    const flat = scoreProfile({ totals: { geel: 22, blauw: 20, rood: 20, groen: 18, wit: 16 }, items: 12, pointsPerItem: 8 }, colours, t);
    expect(flat.find((s) => s.colour === 'geel')!.level).toBe('average');
    expect(strongest(flat)).toEqual([]);
  });

  it('names every strong colour that ties for strongest', () => {
    const tie = scoreProfile({ totals: { geel: 10, blauw: 30, rood: 30, groen: 16, wit: 10 }, items: 12, pointsPerItem: 8 }, colours, t);
    expect(strongest(tie)).toEqual(['blauw', 'rood']);
  });

  it('gives the same thresholds as totals for the paper version', () => {
    expect(paperThresholds(shape, 12)).toEqual({ strongFrom: 24, weakUpTo: 14, even: 19.2, total: 96 });
    expect(paperThresholds(shape, 10)).toEqual({ strongFrom: 20, weakUpTo: 12, even: 16, total: 80 });
    // The paper thresholds and the classification agree on every possible total.
    for (const n of [10, 11, 12]) {
      const p = paperThresholds(shape, n);
      for (let points = 0; points <= 8 * n; points++) {
        const level = classifyShare(points / (8 * n), t, 8);
        const paper = points >= p.strongFrom ? 'strong' : points <= p.weakUpTo ? 'weak' : 'average';
        expect(level, `${points} van ${8 * n}`).toBe(paper);
      }
    }
  });
});
