// Offline use (issue 17): what "Bewaar alles voor onderweg" keeps.
import { siteContext } from '../node/context.ts';
import { pdfPaths } from '../node/pdf-jobs.ts';

/**
 * Every PDF the build makes, as site paths: the PDF step's own list (pdf-jobs.ts).
 * tests/browser/offline.test.ts checks it against the built pdf/ folder.
 */
export function allPdfPaths(): string[] {
  return pdfPaths(siteContext());
}
