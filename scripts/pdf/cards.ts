// The tool cards as one PDF: an A6 card for every step and tool, four to an A4
// sheet with cut marks, printed double-sided (flip on the long edge): each front
// sheet is followed by its back sheet, with the backs mirrored left–right so that
// every back lands behind its own front.
//
// The cards come from the print route src/pages/print/kaarten/ (one card side per
// A6 page). Type never shrinks below 8 pt: a card that does not fit at 9 pt tries
// 8.5 and 8; one that still overflows stops the build and is named.
import { PDFDocument, rgb } from 'pdf-lib';
import type { Page } from 'puppeteer-core';
import { A4, A6, FONT_STEPS_PT, MM, slotPosition } from '../../src/lib/shared/cards.ts';
import { PDF_OPTIONS } from './book.ts';
import { loadPdf } from './finish.ts';

export class CardOverflowError extends Error {}

/** Gives every card the largest size that fits; throws naming the cards that do not fit at 8 pt. */
export async function fitCards(page: Page): Promise<void> {
  const tooLong = await page.evaluate((sizes) => {
    const over: string[] = [];
    for (const card of document.querySelectorAll<HTMLElement>('[data-card]')) {
      const body = card.querySelector<HTMLElement>('[data-card-body]')!;
      let fits = false;
      for (const size of sizes) {
        card.dataset.size = String(size);
        if (body.scrollHeight <= body.clientHeight + 1) {
          fits = true;
          break;
        }
      }
      if (!fits) over.push(card.dataset.card!);
    }
    return over;
  }, [...FONT_STEPS_PT]);
  if (tooLong.length) {
    throw new CardOverflowError(
      `de tekst past niet op ${tooLong.length === 1 ? 'de kaart' : 'de kaarten'} ${tooLong.join(', ')}, ook niet in ${FONT_STEPS_PT.at(-1)} pt. ` +
        'Maak de tekst in de bron korter (de stappen van "Zo pak je het aan" of de eerste valkuil).',
    );
  }
}

/**
 * Renders the loaded print route (A6 pages: front, back, front, back …) and imposes it on A4.
 * Fitting measures the cards, so the page must be laid out: load it in a normal window,
 * not the narrow one that hides the other print pages until they are printed (scripts/pdf.ts).
 */
export async function renderCards(page: Page, timeout: number): Promise<PDFDocument> {
  await page.evaluate(() => document.fonts.ready);
  await fitCards(page);
  const a6 = await loadPdf(await page.pdf({ ...PDF_OPTIONS, tagged: false, timeout }));
  return imposeCards(a6);
}

/** Four cards per A4 sheet: sheet 1 the fronts of cards 1–4, sheet 2 their backs (mirrored), and so on. */
export async function imposeCards(a6: PDFDocument): Promise<PDFDocument> {
  const count = a6.getPageCount();
  if (count % 2) throw new Error(`de kaartenpagina heeft ${count} A6-pagina's; dat moet een even aantal zijn (voor- en achterkant)`);
  const out = await PDFDocument.create();
  const pages = await out.embedPdf(a6, a6.getPageIndices());
  const cards = count / 2;
  for (let first = 0; first < cards; first += 4) {
    for (const side of ['front', 'back'] as const) {
      const sheet = out.addPage([A4.width, A4.height]);
      for (let slot = 0; slot < 4 && first + slot < cards; slot++) {
        const { x, y } = slotPosition(slot, side);
        sheet.drawPage(pages[(first + slot) * 2 + (side === 'front' ? 0 : 1)]!, { x, y, width: A6.width, height: A6.height });
      }
      cutMarks(sheet);
    }
  }
  return out;
}

/** Short lines where the sheet is cut: on the middle lines at the edges, and a cross in the centre. */
function cutMarks(sheet: ReturnType<PDFDocument['addPage']>): void {
  const line = (x1: number, y1: number, x2: number, y2: number) =>
    sheet.drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness: 0.4, color: rgb(0.35, 0.35, 0.35) });
  const cx = A6.width;
  const cy = A4.height / 2;
  const from = 2 * MM;
  const to = 6 * MM;
  line(cx, A4.height - from, cx, A4.height - to);
  line(cx, from, cx, to);
  line(from, cy, to, cy);
  line(A4.width - from, cy, A4.width - to, cy);
  line(cx - 3 * MM, cy, cx + 3 * MM, cy);
  line(cx, cy - 3 * MM, cx, cy + 3 * MM);
}
