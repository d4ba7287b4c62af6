// Saddle-stitch imposition: which pages of a book go side by side on each side
// of the folded sheets, so that printing double-sided, folding the stack once
// and stapling it in the fold gives the pages in reading order.

/** One printed side: the page on the left half and on the right half (0-based; null = blank). */
export type Spread = [left: number | null, right: number | null];

/** The number of pages a saddle-stitched booklet needs: a multiple of four. */
export function paddedPageCount(pages: number): number {
  return Math.max(4, Math.ceil(pages / 4) * 4);
}

/**
 * The sides in printing order: sheet 1 front, sheet 1 back, sheet 2 front, …
 * For 8 pages: [7,0], [1,6], [5,2], [3,4]. Pages beyond the book are blank.
 */
export function saddleStitchOrder(pages: number): Spread[] {
  const n = paddedPageCount(pages);
  const page = (i: number) => (i < pages ? i : null);
  const sides: Spread[] = [];
  for (let sheet = 0; sheet < n / 4; sheet++) {
    sides.push([page(n - 1 - 2 * sheet), page(2 * sheet)]);
    sides.push([page(2 * sheet + 1), page(n - 2 - 2 * sheet)]);
  }
  return sides;
}
