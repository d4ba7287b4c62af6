// Which PDFs a build makes, from the context: the book, the booklet, a hand-out per
// step, tool and checklist, the colour test on paper and the tool cards. The one list:
// scripts/pdf.ts renders it, and "Bewaar alles voor onderweg" (src/lib/astro/offline.ts)
// keeps it.
import path from 'node:path';
import type { BookEntry } from './book.ts';
import type { SiteContext } from './context.ts';
import { BOOK_ROUTE, bookletPdfPath, bookPdfPath, COLOUR_TEST_PDF, handoutPath } from '../shared/print.ts';
import { CARDS_PDF_NAME, CARDS_ROUTE } from '../shared/cards.ts';
import { textsOf } from './ui.ts';

/** A PDF to make from one page of the site. */
export interface Job {
  /** File name in pdf/. */
  file: string;
  /** The site path to render (without base). */
  sitePath: string;
  kind: 'book' | 'booklet' | 'handout' | 'cards';
  title: string;
  /** The PDF's subject; default: the page's description. */
  subject?: string;
  keywords: string[];
  /** The most pages this hand-out is designed for (a warning when it is longer). */
  budget?: number;
}

/** Hand-outs are designed as one or two A4 pages; a checklist form may take a third. */
export const HANDOUT_BUDGET = { step: 2, tool: 2, checklist: 2, colourTest: 14 } as const;

/**
 * Paper versions of pages that are not steps, tools or checklists: the colour
 * test, whose page without JavaScript is its paper version (when the book has it).
 */
export function extraHandouts(context: SiteContext): Array<Omit<Job, 'kind'>> {
  const test = context.book.parts.find((p) => p.id === 'kleurentest');
  // The colour test on paper: twelve situations, the key and the scoring rules.
  return test ? [{ file: path.basename(COLOUR_TEST_PDF), sitePath: test.entry.path, title: test.entry.title, keywords: test.entry.keywords, budget: HANDOUT_BUDGET.colourTest }] : [];
}

export function pdfJobs(context: SiteContext): Job[] {
  const { book } = context;
  const { t, tList } = textsOf(context.ui);
  const siteTitle = t('siteTitle');
  const handout = (e: BookEntry, title: string, budget: number): Job => ({
    file: path.basename(handoutPath(e)),
    sitePath: e.path,
    kind: 'handout',
    title,
    keywords: e.keywords,
    budget,
  });
  return [
    { file: path.basename(bookPdfPath(siteTitle)), sitePath: BOOK_ROUTE, kind: 'book', title: `${siteTitle}: ${t('siteSubtitle')}`, keywords: tList('print.keywords') },
    // The booklet is typeset for A5 from the same page (print-booklet.css), then imposed two-up.
    { file: path.basename(bookletPdfPath(siteTitle)), sitePath: BOOK_ROUTE, kind: 'booklet', title: `${siteTitle}: ${t('siteSubtitle')} (${t('print.bookletTitle')})`, keywords: tList('print.keywords') },
    ...book.steps.map((e) => handout(e, `${t('step')} ${e.number}: ${e.title}`, HANDOUT_BUDGET.step)),
    ...book.tools.map((e) => handout(e, `${t('tool')} ${e.number}: ${e.title}`, HANDOUT_BUDGET.tool)),
    ...book.checklists.map((e) => handout(e, e.title, HANDOUT_BUDGET.checklist)),
    ...extraHandouts(context).map((j) => ({ ...j, kind: 'handout' as const })),
    // A6 cards of every step and tool, four to an A4 sheet (scripts/pdf/cards.ts).
    { file: CARDS_PDF_NAME, sitePath: CARDS_ROUTE, kind: 'cards', title: `${siteTitle}: ${t('session.cardsTitle')}`, subject: t('session.cardsNote'), keywords: tList('print.keywords') },
  ];
}

/** The site path of every PDF a build makes, in the order it makes them. */
export function pdfPaths(context: SiteContext): string[] {
  return pdfJobs(context).map((j) => `/pdf/${j.file}`);
}
