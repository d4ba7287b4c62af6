// Scoring: means on the 1–3 scale without "weet ik niet", levels from the stated
// thresholds, the spread of answers, strongest and weakest items.
import { describe, expect, it } from 'vitest';
import { loadBook } from '../../node/book.ts';
import { enoughAnswers, levelOf, round1, score, START_MAX, STRONG_MIN } from './scoring.ts';
import { toDef, type Answers } from './types.ts';

const book = loadBook();
const lo = toDef('lerende-organisatie', book.checklists.find((c) => c.id === 'lerende-organisatie')!.data);
const lp = toDef('lerend-partnerschap', book.checklists.find((c) => c.id === 'lerend-partnerschap')!.data);

/** Answers for one category from a string like "3 2 0 1 - 2" (- = open). */
function cat(prefix: string, pattern: string): Answers {
  const out: Answers = {};
  pattern.split(' ').forEach((ch, i) => {
    if (ch !== '-') out[`${prefix}${i + 1}`] = Number(ch) as 0 | 1 | 2 | 3;
  });
  return out;
}

describe('levels', () => {
  it('reads the level from the mean rounded to one decimal, at the stated thresholds', () => {
    expect(START_MAX).toBeLessThan(STRONG_MIN);
    expect(levelOf(1)).toBe('start');
    expect(levelOf(1.6)).toBe('start');
    expect(levelOf(1.64)).toBe('start'); // shown as 1,6
    expect(levelOf(1.65)).toBe('partial'); // shown as 1,7
    expect(levelOf(5 / 3)).toBe('partial');
    expect(levelOf(2.3)).toBe('partial');
    expect(levelOf(7 / 3)).toBe('partial'); // 2,3
    expect(levelOf(2.35)).toBe('strong'); // 2,4
    expect(levelOf(3)).toBe('strong');
  });

  it('rounds halves up, also where binary fractions would round down', () => {
    expect(round1(2.25)).toBe(2.3);
    expect(round1(1.45)).toBe(1.5);
    expect(round1(2.35)).toBe(2.4);
  });

  it('needs at least half the items of a category answered', () => {
    expect(enoughAnswers(3, 6)).toBe(true);
    expect(enoughAnswers(2, 6)).toBe(false);
    expect(enoughAnswers(5, 9)).toBe(true);
    expect(enoughAnswers(4, 9)).toBe(false);
    expect(enoughAnswers(0, 0)).toBe(false);
  });
});

describe('one person', () => {
  const answers = { ...cat('oc', '3 3 2 3 0 3'), ...cat('fo', '1 2 1 - 1 1'), ...cat('eb', '2 - - - 0 3') };
  const r = score(lo, [answers]);

  it('gives per category the mean without "weet ik niet" and the level', () => {
    const [oc, fo, eb] = r.categories;
    expect(oc).toMatchObject({ id: 'ondersteunende-cultuur', answered: 5, items: 6, level: 'strong' });
    expect(oc!.mean).toBeCloseTo(14 / 5);
    expect(fo!.mean).toBeCloseTo(6 / 5);
    expect(fo!.level).toBe('start');
    // eb: two scored answers of six: too few for a level.
    expect(eb).toMatchObject({ answered: 2, mean: null, level: null });
  });

  it('counts how the answers are spread per category', () => {
    const [oc, fo, eb] = r.categories;
    expect(oc!.counts).toEqual([1, 0, 1, 4]);
    expect(oc!.open).toBe(0);
    expect(fo!.counts).toEqual([0, 4, 1, 0]);
    expect(fo!.open).toBe(1);
    expect(eb!.counts).toEqual([1, 0, 1, 1]);
    expect(eb!.open).toBe(3);
  });

  it('names the strongest and weakest items around the overall mean, in checklist order among equals', () => {
    expect(r.strongest.map((i) => i.id)).toEqual(['oc1', 'oc2', 'oc4']);
    expect(r.weakest.map((i) => i.id)).toEqual(['fo1', 'fo3', 'fo5']);
    expect(r.strongest.every((i) => i.mean! > r.mean!)).toBe(true);
  });

  it('lists the categories below "sterk ontwikkeld", weakest first, and leaves out those without a level', () => {
    expect(r.weak.map((c) => c.id)).toEqual(['focus-op-ontwikkeling']);
    const r2 = score(lo, [{ ...cat('oc', '2 2 2 2 2 2'), ...cat('fo', '1 2 1 2 1 2'), ...cat('eb', '3 3 3 3 3 3') }]);
    expect(r2.weak.map((c) => c.id)).toEqual(['focus-op-ontwikkeling', 'ondersteunende-cultuur']);
  });

  it('names no strongest or weakest items when every answer is the same', () => {
    const same = score(lp, [cat('lp', '2 2 2 2 2 2 2 2 2')]);
    expect(same.categories[0]).toMatchObject({ mean: 2, level: 'partial' });
    expect(same.strongest).toEqual([]);
    expect(same.weakest).toEqual([]);
  });

  it('gives no result for an empty form or one with only "weet ik niet"', () => {
    for (const sets of [[], [{}], [cat('lp', '0 0 0 0 0 0 0 0 0')]]) {
      const empty = score(lp, sets);
      expect(empty.categories[0]!.mean).toBeNull();
      expect(empty.mean).toBeNull();
      expect(empty.strongest).toEqual([]);
      expect(empty.weak).toEqual([]);
    }
  });

  it('ignores answers for items that are not in this checklist', () => {
    const r3 = score(lp, [{ ...cat('lp', '3 3 3 3 3 - - - -'), oc1: 1 }]);
    expect(r3.categories[0]!.mean).toBe(3);
  });
});

describe('a team', () => {
  it('takes per item the mean of the colleagues, then per category the mean of the items', () => {
    const a = cat('lp', '3 3 3 3 3 3 3 3 3');
    const b = cat('lp', '1 1 1 1 1 1 1 1 -');
    const r = score(lp, [a, b]);
    expect(r.people).toBe(2);
    expect(r.items[0]!.mean).toBe(2);
    expect(r.items[8]!.mean).toBe(3);
    // (8 × 2 + 3) / 9, not the pooled mean of 17 answers.
    expect(r.categories[0]!.mean).toBeCloseTo(19 / 9);
    expect(r.categories[0]!.counts).toEqual([0, 8, 0, 9]);
    expect(r.strongest.map((i) => i.id)).toEqual(['lp9']);
    // Eight items tie at 2, below the overall mean: the first three in the list are named.
    expect(r.weakest.map((i) => i.id)).toEqual(['lp1', 'lp2', 'lp3']);
  });
});
