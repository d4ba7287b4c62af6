import { describe, expect, it } from 'vitest';
import { paddedPageCount, saddleStitchOrder } from './imposition.ts';

describe('saddle-stitch imposition', () => {
  it('pads to a multiple of four', () => {
    expect([1, 4, 5, 8, 9, 102].map(paddedPageCount)).toEqual([4, 4, 8, 8, 12, 104]);
  });

  it('puts the outer pages on the first sheet and the middle pages on the last', () => {
    expect(saddleStitchOrder(8)).toEqual([[7, 0], [1, 6], [5, 2], [3, 4]]);
  });

  it('leaves the pages beyond the book blank, at the back', () => {
    expect(saddleStitchOrder(6)).toEqual([[null, 0], [1, null], [5, 2], [3, 4]]);
  });

  it('uses every page exactly once, on half as many sides as padded pages', () => {
    const pages = 37;
    const sides = saddleStitchOrder(pages);
    expect(sides).toHaveLength(paddedPageCount(pages) / 2);
    const used = sides.flat().filter((p): p is number => p !== null).sort((a, b) => a - b);
    expect(used).toEqual(Array.from({ length: pages }, (_, i) => i));
  });

  it('gives facing pages that add up the same on every side (the fold reads in order)', () => {
    for (const [l, r] of saddleStitchOrder(20)) expect(l! + r!).toBe(19);
  });
});
