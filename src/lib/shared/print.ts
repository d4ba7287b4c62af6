// The print side of the handbook, as pure functions: where each PDF lives, how a
// chapter of the print book keeps its ids apart from the other chapters and turns
// site links into links inside the PDF, and the CSS for the running headers.
// Used by the Astro pages (links, the book route) and by scripts/pdf.ts.
import type { BookEntry } from '../node/book.ts';
import { termSlug } from './slug.ts';

/** The part whose site page also offers the book and the booklet. */
export const COLOPHON_ID = 'colofon';

/** The site path of the print book's HTML, rendered to PDF by scripts/pdf.ts. */
export const BOOK_ROUTE = '/print/boek/';

/** The hand-out of a step, tool or checklist: "/pdf/stap-3-expertises-benutten.pdf". */
export function handoutPath(entry: Pick<BookEntry, 'kind' | 'id' | 'number'>): string {
  if (entry.kind === 'step') return `/pdf/stap-${entry.number}-${entry.id}.pdf`;
  if (entry.kind === 'tool') return `/pdf/gereedschap-${entry.number}-${entry.id}.pdf`;
  if (entry.kind === 'checklist') return `/pdf/checklist-${entry.id}.pdf`;
  throw new Error(`Een ${entry.kind} (${entry.id}) heeft geen eigen hand-out.`);
}

/** The colour test on paper, with its key. */
export const COLOUR_TEST_PDF = '/pdf/kleurentest-papier.pdf';

/** The book is named after the site title, so a school's copy downloads as its own name. */
export function bookPdfPath(siteTitle: string): string {
  return `/pdf/${termSlug(siteTitle) || 'handboek'}.pdf`;
}

/** The booklet: the book imposed two-up on A4 for saddle-stitch printing. */
export function bookletPdfPath(siteTitle: string): string {
  return bookPdfPath(siteTitle).replace(/\.pdf$/, '-boekje.pdf');
}

/** The id of an entry's chapter in the print book: "/gereedschap/dialoog/" -> "gereedschap-dialoog". */
export function chapterId(sitePath: string): string {
  return sitePath.split('/').filter(Boolean).join('-') || 'start';
}

/**
 * Rewrites one chapter's HTML for the print book. All chapters share one page,
 * so every id gets the chapter's id in front ("wanneer" -> "gereedschap-dialoog--wanneer"),
 * and so does every reference to an id (href="#…", aria-labelledby, for, url(#…)).
 * Links to a page of the book become links to its chapter; other links into the
 * site become absolute addresses when the site's address is known, or plain text.
 *
 * @param base the base path the site is built under ("/" or "/scholen/demo/")
 * @param chapters the site paths of all chapters in the book
 * @param site the site's public address (Astro's `site`), if set
 */
export function rewriteChapterHtml(html: string, chapter: string, options: { base: string; chapters: Set<string>; site?: string }): string {
  const prefix = (id: string) => `${chapter}--${id}`;
  const basePrefix = options.base.replace(/\/+$/, '');
  const toSitePath = (href: string): string | undefined => {
    if (!href.startsWith('/') || href.startsWith('//')) return undefined;
    if (basePrefix && !(href === basePrefix || href.startsWith(`${basePrefix}/`))) return undefined;
    return href.slice(basePrefix.length) || '/';
  };
  const link = (href: string): string | undefined => {
    if (href.startsWith('#')) return href.length > 1 ? `#${prefix(href.slice(1))}` : href;
    const sitePath = toSitePath(href.replace(/&amp;/g, '&'));
    if (sitePath === undefined) return href; // another host, mailto:, …
    const [pathPart = '/', hash] = sitePath.split('#');
    if (options.chapters.has(pathPart)) return `#${hash ? `${chapterId(pathPart)}--${hash}` : chapterId(pathPart)}`;
    return options.site ? new URL(href, options.site).href : undefined;
  };
  return html
    .replace(/(\s(?:id|for|aria-labelledby|aria-describedby|aria-controls|headers))="([^"]*)"/g, (_, attr: string, value: string) => `${attr}="${value.split(/\s+/).filter(Boolean).map(prefix).join(' ')}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${prefix(id)})`)
    .replace(/(\s(?:href|xlink:href))="([^"]*)"/g, (_, attr: string, href: string) => {
      const to = link(href);
      return to === undefined ? '' : `${attr}="${to}"`;
    });
}

/** A CSS string literal (for `content:`), safe for any title. */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\s+/g, ' ').trim()}"`;
}

export interface RunningHead { id: string; title: string }

/**
 * The running headers of the print book. Chromium has no string-set, but it does
 * have named pages and @page margin boxes: each chapter gets its own named page
 * whose top-right box holds the chapter's title. A new named page also starts a
 * new sheet, which is exactly what a chapter should do.
 */
export function runningHeadCss(bookTitle: string, chapters: RunningHead[]): string {
  const lines = [
    `@page { @top-left { content: ${cssString(bookTitle)}; } }`,
    ...chapters.map((c) => `section.chapter[id="${c.id}"] { page: ${pageName(c.id)}; }\n@page ${pageName(c.id)} { @top-right { content: ${cssString(c.title)}; } }`),
  ];
  return `${lines.join('\n')}\n`;
}

/** A named page for a chapter id; ids are slugs, so "p-" makes them a valid CSS name. */
export function pageName(id: string): string {
  return `p-${id.replace(/[^a-z0-9-]/gi, '-')}`;
}

/** The running head of an entry: "Stap 3 · Expertise benutten", "Gereedschap 4 · Achtbaan", "Inleiding". */
export function runningHeadTitle(entry: Pick<BookEntry, 'kind' | 'navTitle' | 'number'>, labels: { step: string; tool: string }): string {
  if (entry.kind === 'step') return `${labels.step} ${entry.number} · ${entry.navTitle}`;
  if (entry.kind === 'tool') return `${labels.tool} ${entry.number} · ${entry.navTitle}`;
  return entry.navTitle;
}

/**
 * The date of this edition: SOURCE_DATE_EPOCH when set (reproducible builds, CI),
 * otherwise the day of the build. A printed copy says how fresh it is without
 * anyone having to remember to update a field.
 */
export function editionDate(env: Record<string, string | undefined> = process.env, now = new Date()): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return now;
}

/** "14 mei 2026". */
export function formatDutchDate(date: Date): string {
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(date);
}

/** An entry's line in the table of contents and its bookmark: "3. Breng de expertise in beeld". */
export function tocTitle(entry: Pick<BookEntry, 'title' | 'number'>): string {
  return entry.number ? `${entry.number}. ${entry.title}` : entry.title;
}
