// The A4 book, from the print route (src/pages/print/boek/). Chromium has no
// target-counter(), so the table of contents gets its page numbers in two passes:
// render, read on which page each chapter's named destination landed, fill the
// numbers in, render again, and check that nothing moved.
//
// The numbers of the previous build are kept (.build/pdf-cache/): when they are
// still right, the first render already has them and the check passes at once,
// so an unchanged or lightly edited book needs one render instead of two.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'puppeteer-core';
import type { PDFDocument } from 'pdf-lib';
import { loadPdf, readDestinations, setOutline, type Destination, type OutlineItem } from './finish.ts';

export interface TocEntry { id: string; title: string; depth: number }

/** Base options for every page.pdf() call: the page's own @page size and margins. */
export const PDF_OPTIONS = { preferCSSPageSize: true, printBackground: true, outline: false } as const;

export interface BookResult {
  doc: PDFDocument;
  /** Seconds each render took (Chromium's print and reading the result), for the progress line. */
  renders: number[];
}

/** @param cacheFile where the page numbers of the last build are kept (none: always two renders) */
export async function renderBook(page: Page, timeout: number, cacheFile?: string): Promise<BookResult> {
  const toc = await page.$$eval('[data-toc-id]', (links) =>
    links.map((a) => ({
      id: a.getAttribute('data-toc-id')!,
      title: (a.querySelector('.toc-title')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      depth: Number(a.getAttribute('data-toc-depth')),
    })),
  );
  if (!toc.length) throw new Error('de pagina heeft geen inhoudsopgave (geen [data-toc-id]); is dit de boekpagina?');

  const renders: number[] = [];
  const render = async (tagged: boolean) => {
    const start = performance.now();
    const result = await loadPdf(await page.pdf({ ...PDF_OPTIONS, tagged, timeout }));
    renders.push((performance.now() - start) / 1000);
    return result;
  };
  const fill = (pages: Map<string, number>) =>
    page.$$eval('[data-toc-page]', (spans, numbers) => {
      for (const span of spans) span.textContent = String((numbers as Record<string, number>)[span.getAttribute('data-toc-page')!] ?? '');
    }, Object.fromEntries(pages));

  let before = readCache(cacheFile, toc);
  let doc: PDFDocument | undefined;
  if (before) {
    await fill(before);
    doc = await render(true);
    const found = chapterPages(readDestinations(doc), toc);
    if (!samePages(before, found, toc)) {
      before = found; // the cached numbers were stale: this render tells where the chapters really are
      doc = undefined;
    }
  } else {
    // Only to learn where the chapters land: untagged lays out the same.
    before = chapterPages(readDestinations(await render(false)), toc);
  }
  if (!doc) {
    await fill(before);
    doc = await render(true);
    // The numbers sit in fixed-width boxes, so filling them in cannot move anything; check it.
    const after = chapterPages(readDestinations(doc), toc);
    const moved = toc.filter((e) => before.get(e.id) !== after.get(e.id));
    if (moved.length) {
      throw new Error(
        `de inhoudsopgave klopt niet meer na het invullen van de paginanummers: ${moved
          .map((e) => `"${e.title}" stond op p. ${before!.get(e.id)}, nu op p. ${after.get(e.id)}`)
          .join('; ')}. Geef de nummers in src/styles/print-book.css (.toc-page) een vaste breedte.`,
      );
    }
  }
  writeCache(cacheFile, before);
  setOutline(doc, outlineFrom(toc, readDestinations(doc)));
  return { doc, renders };
}

function chapterPages(dests: Map<string, Destination>, toc: TocEntry[]): Map<string, number> {
  const missing = toc.filter((e) => !dests.has(e.id));
  if (missing.length) {
    throw new Error(`de PDF heeft geen bestemming voor ${missing.map((e) => `"${e.title}" (#${e.id})`).join(', ')}; staat dat hoofdstuk in de boekpagina?`);
  }
  return new Map(toc.map((e) => [e.id, dests.get(e.id)!.page]));
}

const samePages = (a: Map<string, number>, b: Map<string, number>, toc: TocEntry[]) => toc.every((e) => a.get(e.id) === b.get(e.id));

function readCache(file: string | undefined, toc: TocEntry[]): Map<string, number> | undefined {
  if (!file || !fs.existsSync(file)) return undefined;
  try {
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    const pages = new Map(toc.map((e) => [e.id, saved[e.id]]));
    return [...pages.values()].every((n) => Number.isInteger(n)) ? (pages as Map<string, number>) : undefined;
  } catch {
    return undefined; // a damaged cache only costs a render
  }
}

function writeCache(file: string | undefined, pages: Map<string, number>): void {
  if (!file) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(Object.fromEntries(pages), null, 1));
}

/** The bookmarks follow the table of contents: parts, with their steps, tools and pages inside. */
function outlineFrom(toc: TocEntry[], dests: Map<string, Destination>): OutlineItem[] {
  const top: OutlineItem[] = [];
  for (const entry of toc) {
    const item: OutlineItem = { title: entry.title, destination: dests.get(entry.id)!.array, children: [] };
    if (entry.depth > 0 && top.length) top[top.length - 1]!.children.push(item);
    else top.push(item);
  }
  return top;
}
