// What each page of the book is, computed once from the context: its title and
// description for the layout, its search filter, its keywords, and the PDF it
// offers. The one route src/pages/[...path].astro renders every entry from this;
// the pages with an island (a checklist, the colour test) ask the same functions,
// and the search page takes its filters from the same data, so a school's own
// pages get a filter of their own.
import type { BookEntry } from '../node/book.ts';
import type { SiteContext } from '../node/context.ts';
import { handoutPath } from '../shared/print.ts';
import { textsOf } from '../node/ui.ts';

export interface PageRoute {
  entry: BookEntry;
  /** The page's <title> (a step says its number: "Stap 3: …"). */
  title: string;
  description: string;
  /** The value of the search filter this page is found under. */
  searchPart: string;
  keywords: string[];
}

/** Parts whose page has a route of its own, because it carries an island. */
const OWN_ROUTE_PARTS = ['kleurentest'];

/** The search filter of a page: its kind of content, or the school's name for the school's own pages. */
export function searchPartOf(entry: BookEntry, context: SiteContext): string {
  const { t } = textsOf(context.ui);
  if (entry.own) return context.brand.shortName;
  if (entry.kind === 'step') return t('parts.stappen');
  if (entry.kind === 'tool') return t('parts.gereedschap');
  if (entry.kind === 'checklist' || entry.id === 'checklists') return t('parts.checklists');
  if (entry.part === 'achtergrond') return t('parts.achtergrond');
  return t('parts.other');
}

/** Every search filter of this book, in book order, with "Handboek" (the rest) last. */
export function searchParts(context: SiteContext): string[] {
  const other = textsOf(context.ui).t('parts.other');
  const parts = new Set(context.book.order.map((e) => searchPartOf(e, context)));
  parts.delete(other);
  return [...parts, other];
}

/**
 * The session planner (/sessie/) is found by search under the tools it plans with:
 * its title and description, and its keywords; the planner itself is not indexed.
 */
export function sessionSearch(context: SiteContext): { searchPart: string; keywords: string[] } {
  const { t, tList } = textsOf(context.ui);
  return { searchPart: t('parts.gereedschap'), keywords: tList('session.keywords') };
}

/** The hand-out of a step, tool or checklist, when this build writes PDFs; otherwise none. */
export function pdfOf(entry: BookEntry, context: SiteContext): string | undefined {
  if (!context.pdfs || (entry.kind !== 'step' && entry.kind !== 'tool' && entry.kind !== 'checklist')) return undefined;
  return handoutPath(entry);
}

export function pageRoute(entry: BookEntry, context: SiteContext): PageRoute {
  const { t } = textsOf(context.ui);
  return {
    entry,
    title: entry.kind === 'step' ? `${t('step')} ${entry.number}: ${entry.title}` : entry.title,
    description: entry.summary,
    searchPart: searchPartOf(entry, context),
    keywords: entry.keywords,
  };
}

/** The entries the one route renders: all but the checklists and the parts with an island. */
export function bookRoutes(context: SiteContext): PageRoute[] {
  return context.book.order
    .filter((e) => e.kind !== 'checklist' && !(e.kind === 'page' && e.part === e.id && OWN_ROUTE_PARTS.includes(e.id)))
    .map((e) => pageRoute(e, context));
}
