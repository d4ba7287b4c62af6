// Offline use (issue 17): what "Bewaar alles voor onderweg" keeps.
import { siteContext } from '../node/context.ts';
import { bookPdfPath, bookletPdfPath, COLOUR_TEST_PDF, handoutPath } from '../shared/print.ts';
import { t } from '../node/ui.ts';
import { CARDS_PDF_NAME } from '../shared/cards.ts';

/**
 * Every PDF scripts/pdf.ts writes (its pdfJobs(), the booklet and the tool cards), as site paths.
 * tests/browser/offline.test.ts checks that this list and the built pdf/ folder agree.
 */
export function allPdfPaths(): string[] {
  const book = siteContext().book;
  const title = t('siteTitle');
  return [
    bookPdfPath(title),
    bookletPdfPath(title),
    ...book.steps.map(handoutPath),
    ...book.tools.map(handoutPath),
    ...book.checklists.map(handoutPath),
    ...(book.parts.some((p) => p.id === 'kleurentest') ? [COLOUR_TEST_PDF] : []),
    `/pdf/${CARDS_PDF_NAME}`,
  ];
}
