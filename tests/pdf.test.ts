// Reads the real PDFs in dist/pdf that `npm test` has just built (pdf.js for
// pages, text, links and bookmarks; pdf-lib for the document catalog).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFDict, PDFDocument, PDFName, PDFRawStream, PDFStream, decodePDFRawStream } from 'pdf-lib';
import { parse as parseYaml } from 'yaml';
import { loadBook, type BookEntry } from '../src/lib/node/book.ts';
import { saddleStitchOrder } from '../src/lib/shared/imposition.ts';
import { bookletPdfPath, bookPdfPath, chapterId, handoutPath, tocTitle } from '../src/lib/shared/print.ts';
import { t } from '../src/lib/node/ui.ts';
import { HANDOUT_BUDGET, publicBaseOf, renderPdfs, tocCacheFile } from '../scripts/pdf.ts';
import { DIST, readDist } from './helpers/dist.ts';
import { allLinks, darkFraction, fontSizes, loadPdf, outsideHrefs, pageFill, textContent, textItems } from './helpers/pdf.ts';
import { buildExpectingFailure } from './helpers/variant.ts';

const book = loadBook();
const A4 = { width: 595.28, height: 841.89 };
const pdfFile = (sitePath: string) => path.join(DIST, sitePath);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

const openPdf = (sitePath: string): Promise<PDFDocumentProxy> => loadPdf(pdfFile(sitePath));

async function pageText(pdf: PDFDocumentProxy, n: number): Promise<string> {
  const content = await textContent(pdf, n);
  return squash(content.items.map((i) => ('str' in i ? i.str : '')).join(' '));
}

/** The page number printed in the bottom margin of page n, if any. */
async function footerNumber(pdf: PDFDocumentProxy, n: number): Promise<number | undefined> {
  const items = (await textContent(pdf, n)).items as Array<{ str?: string; transform: number[] }>;
  const found = items.find((i) => i.transform[5]! < 60 && /^\d+$/.test((i.str ?? '').trim()));
  return found ? Number(found.str) : undefined;
}

/** The lowest line of each column on page n (above the footer): its text, and whether it is set larger than the page's body text. */
async function lastLines(pdf: PDFDocumentProxy, n: number, columns: 1 | 2): Promise<Array<{ text: string; larger: boolean }>> {
  const page = await pdf.getPage(n);
  const [, , width, height] = page.view as [number, number, number, number];
  const size = (i: { transform: number[] }) => Math.hypot(i.transform[0]!, i.transform[1]!);
  const all = ((await textContent(pdf, n)).items as Array<{ str?: string; transform: number[] }>).filter((i) => i.str?.trim());
  const chars = new Map<number, number>();
  for (const i of all) chars.set(Math.round(size(i) * 2) / 2, (chars.get(Math.round(size(i) * 2) / 2) ?? 0) + i.str!.length);
  const body = [...chars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  const items = all.filter((i) => i.transform[5]! > 50 && i.transform[5]! < height - 45);
  const out: Array<{ text: string; larger: boolean }> = [];
  for (let c = 0; c < columns; c++) {
    const inColumn = items.filter((i) => columns === 1 || (c === 0 ? i.transform[4]! < width / 2 : i.transform[4]! >= width / 2));
    if (!inColumn.length) continue;
    const bottom = Math.min(...inColumn.map((i) => i.transform[5]!));
    const line = inColumn.filter((i) => i.transform[5]! < bottom + 2);
    out.push({ text: squash(line.map((i) => i.str).join(' ')), larger: Math.max(...line.map(size)) > body + 0.4 });
  }
  return out;
}

/** The headings (h1–h4) of a built HTML page, as text. */
function headingsOf(html: string): string[] {
  const decode = (s: string) => s.replace(/<[^>]+>/g, '').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return [...html.matchAll(/<h[1-4]\b[^>]*>([\s\S]*?)<\/h[1-4]>/g)].map((m) => squash(decode(m[1]!))).filter((h) => h.length > 2);
}

/** A line set larger than the body that is a heading, or the last line of a heading that wrapped. */
const isHeadingLine = ({ text, larger }: { text: string; larger: boolean }, headings: string[]) =>
  larger && text.length > 2 && headings.some((h) => h === text || (text.length > 8 && h.endsWith(text)));

async function pageOf(pdf: PDFDocumentProxy, dest: unknown): Promise<number> {
  const explicit = typeof dest === 'string' ? await pdf.getDestination(dest) : (dest as unknown[]);
  if (!explicit) throw new Error(`onbekende bestemming ${String(dest)}`);
  return (await pdf.getPageIndex(explicit[0] as { num: number; gen: number })) + 1;
}

/** The entry's title as it appears on its page (steps and tools print the title; parts too). */
const headingOf = (e: BookEntry) => squash(e.title);

describe('the A4 book', () => {
  let pdf: PDFDocumentProxy;
  beforeAll(async () => {
    pdf = await openPdf(bookPdfPath(t('siteTitle')));
  });

  it('has A4 pages, at least one per chapter and not absurdly many', async () => {
    expect(pdf.numPages).toBeGreaterThanOrEqual(book.order.length + 3);
    expect(pdf.numPages).toBeLessThanOrEqual(book.order.length * 5);
    for (const n of [1, 2, Math.ceil(pdf.numPages / 2), pdf.numPages]) {
      const [, , width, height] = (await pdf.getPage(n)).view;
      expect(Math.abs(width! - A4.width), `breedte p. ${n}`).toBeLessThan(1);
      expect(Math.abs(height! - A4.height), `hoogte p. ${n}`).toBeLessThan(1);
    }
  });

  it('opens with a cover that has the title and no page number', async () => {
    const cover = await pageText(pdf, 1);
    expect(cover).toContain(t('siteTitle'));
    expect(cover).toContain(t('siteSubtitle'));
    expect(await footerNumber(pdf, 1)).toBeUndefined();
    expect(await footerNumber(pdf, 4)).toBe(4);
  });

  it('has a table of contents whose every number is the page where that chapter starts', async () => {
    const tocPage = await pdf.getPage(3);
    expect(await pageText(pdf, 3)).toContain(t('print.contents'));
    const links = (await tocPage.getAnnotations()).filter((a) => a.subtype === 'Link' && a.dest);
    const items = (await textContent(pdf, 3)).items.filter((i) => 'str' in i && /^\d+$/.test(i.str.trim())) as Array<{ str: string; transform: number[] }>;
    expect(links.map((l) => l.dest)).toEqual(book.order.map((e) => chapterId(e.path)));

    for (const [i, link] of links.entries()) {
      const entry = book.order[i]!;
      const [x1, y1, x2, y2] = link.rect as number[];
      // The number is the numeric text at the right end of the link's line.
      const number = items.find((it) => it.transform[4]! > x1! + (x2! - x1!) * 0.8 && it.transform[5]! >= y1! - 1 && it.transform[5]! <= y2! + 1);
      expect(number, `nummer bij ${entry.title}`).toBeDefined();
      const target = await pageOf(pdf, link.dest);
      expect(Number(number!.str), `${entry.title}`).toBe(target);
      const text = await pageText(pdf, target);
      expect(text, `p. ${target} begint "${entry.title}"`).toContain(headingOf(entry));
      // …and the page itself says it is that page.
      expect(await footerNumber(pdf, target), `paginanummer op p. ${target}`).toBe(target);
    }
  });

  it('has a bookmark for every part, with its steps, tools and pages inside, each leading to its page', async () => {
    const outline = await pdf.getOutline();
    expect(outline.map((o) => o.title)).toEqual(book.parts.map((p) => tocTitle(p.entry)));
    for (const [i, part] of book.parts.entries()) {
      const item = outline[i]!;
      expect(item.items.map((c) => c.title), part.id).toEqual(part.children.map(tocTitle));
      for (const [j, child] of part.children.entries()) {
        const target = await pageOf(pdf, item.items[j]!.dest);
        expect(await pageText(pdf, target), child.title).toContain(headingOf(child));
      }
    }
    // Every step and every tool, by number and full title.
    const titles = outline.flatMap((o) => o.items.map((c) => c.title));
    for (const e of [...book.steps, ...book.tools]) expect(titles).toContain(`${e.number}. ${e.title}`);
  });

  it('turns links between pages into links inside the PDF and prints the address of outside links', async () => {
    const internal: string[] = [];
    const external: string[] = [];
    let text = '';
    for (let n = 4; n <= pdf.numPages; n++) {
      text += ` ${await pageText(pdf, n)}`;
      for (const a of await (await pdf.getPage(n)).getAnnotations()) {
        if (a.subtype !== 'Link') continue;
        if (a.dest) internal.push(String(a.dest));
        else external.push(String(a.url));
      }
    }
    // e.g. a step's "Gereedschap dat helpt" leads to the tool's chapter.
    expect(internal).toContain(chapterId(book.toolsForStep(book.steps[0]!.id)[0]!.path));
    for (const dest of new Set(internal)) expect(await pdf.getDestination(dest), dest).toBeTruthy();
    // No link leads to the local server the PDF was printed from; outside links show their address.
    const outside = [...readDist('print/boek/index.html').matchAll(/<a [^>]*href="(https?:[^"]+)"/g)].map((m) => m[1]!);
    expect(external.sort()).toEqual([...outside].sort());
    for (const url of outside) expect(text.replace(/\s/g, '')).toContain(url.replace(/&amp;/g, '&'));
  });

  it('sets the metadata, is tagged, embeds its fonts, draws its figures as vectors and opens with the bookmarks shown', async () => {
    const doc = await PDFDocument.load(fs.readFileSync(pdfFile(bookPdfPath(t('siteTitle')))), { updateMetadata: false });
    expect(doc.getTitle()).toBe(`${t('siteTitle')}: ${t('siteSubtitle')}`);
    expect(doc.getAuthor()).toBe(t('siteTitle'));
    expect(doc.getSubject()).toContain(t('siteSubtitle'));
    expect(doc.getKeywords()).toContain('lerende organisatie');
    expect(doc.getCreationDate()).toBeInstanceOf(Date);
    const catalog = doc.catalog;
    expect(String(catalog.get(PDFName.of('Lang')))).toMatch(/nl/);
    expect(catalog.get(PDFName.of('PageMode'))).toBe(PDFName.of('UseOutlines'));
    expect(catalog.lookup(PDFName.of('StructTreeRoot'))).toBeInstanceOf(PDFDict);
    expect(String(catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked')))).toBe('true');
    const descriptors = [...doc.context.enumerateIndirectObjects()]
      .map(([, o]) => o)
      .filter((o): o is PDFDict => o instanceof PDFDict && !(o instanceof PDFStream) && o.get(PDFName.of('Type')) === PDFName.of('FontDescriptor'));
    expect(descriptors.length).toBeGreaterThan(0);
    // Figures are drawn (SVG, tables), never pictures: no raster image in the whole book.
    const images = [...doc.context.enumerateIndirectObjects()].filter(([, o]) => o instanceof PDFStream && o.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'));
    expect(images).toEqual([]);
    for (const d of descriptors) {
      const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some((k) => d.has(PDFName.of(k)));
      expect(embedded, String(d.get(PDFName.of('FontName')))).toBe(true);
    }
  });

  it('never leaves a heading alone at the foot of a page', async () => {
    const headings = headingsOf(readDist('print/boek/index.html'));
    expect(headings.length).toBeGreaterThan(book.order.length);
    for (let n = 4; n <= pdf.numPages; n++) {
      for (const line of await lastLines(pdf, n, 1)) expect(isHeadingLine(line, headings), `p. ${n} eindigt met de kop "${line.text}"`).toBe(false);
    }
  });

  it('leaves no page more than half empty inside a chapter (a long table splits, its header repeated), and ends no chapter with a stray line', async () => {
    const starts = new Set<number>();
    for (const link of (await (await pdf.getPage(3)).getAnnotations()).filter((a) => a.subtype === 'Link' && a.dest)) starts.add(await pageOf(pdf, link.dest));
    expect(starts.size).toBe(book.order.length);
    // A4 with 20 mm top and bottom margins (print-book.css): the fill is measured on the rendered page.
    const fill = pageFill(pdfFile(bookPdfPath(t('siteTitle'))), { top: 20, bottom: 20, height: 297 });
    expect(fill.length).toBe(pdf.numPages);
    const halfEmpty: string[] = [];
    const stray: string[] = [];
    for (let n = 4; n <= pdf.numPages; n++) {
      const lastOfChapter = n === pdf.numPages || starts.has(n + 1);
      if (!lastOfChapter && fill[n - 1]! < 0.5) halfEmpty.push(`p. ${n} (${Math.round(fill[n - 1]! * 100)}% gevuld)`);
      if (lastOfChapter && !starts.has(n)) {
        const lines = new Set((await textItems(pdf, n)).filter((i) => i.y > 60 && i.y < A4.height - 60).map((i) => Math.round(i.y)));
        if (lines.size < 3) stray.push(`p. ${n} (${lines.size} regel)`);
      }
    }
    expect(halfEmpty, 'pagina\'s binnen een hoofdstuk die voor meer dan de helft leeg zijn').toEqual([]);
    expect(stray, 'hoofdstukken die eindigen met een losse regel').toEqual([]);
    // A table that splits repeats its header row on the next page.
    const split = [...readDist('print/boek/index.html').matchAll(/<thead><tr><th scope="col">([^<]+)<\/th><th scope="col">([^<]+)</g)].map((m) => `${m[1]} ${m[2]}`);
    let repeated = 0;
    for (let n = 5; n <= pdf.numPages; n++) {
      const text = await pageText(pdf, n);
      const prev = await pageText(pdf, n - 1);
      for (const head of new Set(split)) if (!starts.has(n) && text.includes(head) && prev.includes(head)) repeated++;
    }
    expect(repeated, 'een gesplitste tabel herhaalt zijn kop').toBeGreaterThan(0);
  });

  it('holds the colour test on paper in its chapter: twelve situations, the key and the tally sheet, nothing only for the screen', async () => {
    const chapter = book.parts.find((p) => p.id === 'kleurentest')!.entry;
    const links = (await (await pdf.getPage(3)).getAnnotations()).filter((a) => a.subtype === 'Link' && a.dest);
    const i = book.order.findIndex((e) => e.path === chapter.path);
    const from = await pageOf(pdf, links[i]!.dest);
    const to = i + 1 < links.length ? (await pageOf(pdf, links[i + 1]!.dest)) - 1 : pdf.numPages;
    let text = '';
    for (let n = from; n <= to; n++) text += ` ${await pageText(pdf, n)}`;
    expect((text.match(/situatie \d+ van 12/gi) ?? []).length).toBe(12);
    expect(text).toContain(squash(t('colourTest.keyHeading')));
    expect(text).toContain(squash(t('colourTest.tallyHeading')));
    for (const screenOnly of ['nameHint', 'savedHere', 'reset', 'print']) expect(text, screenOnly).not.toContain(squash(t(`colourTest.${screenOnly}`)));
  });

  it('stays within the size budget', () => {
    expect(fs.statSync(pdfFile(bookPdfPath(t('siteTitle')))).size).toBeLessThanOrEqual(1.5 * 1024 * 1024);
  });
});

describe('the booklet', () => {
  let booklet: PDFDocumentProxy;
  beforeAll(async () => {
    booklet = await openPdf(bookletPdfPath(t('siteTitle')));
  });

  it('is typeset for A5 and imposed two-up on landscape A4 in saddle-stitch order', async () => {
    const [, , width, height] = (await booklet.getPage(1)).view;
    expect(Math.abs(width! - A4.height)).toBeLessThan(1);
    expect(Math.abs(height! - A4.width)).toBeLessThan(1);
    const pages = booklet.numPages * 2; // A5 pages, padded to whole sheets
    expect(pages % 4).toBe(0);
    // The page number at the foot of each half is the page the imposition puts there.
    let numbered = 0;
    for (const [side, halves] of saddleStitchOrder(pages).entries()) {
      const feet = (await textItems(booklet, side + 1)).filter((i) => i.y < 40 && /^\d+$/.test(i.str.trim()));
      halves.forEach((index, slot) => {
        const found = feet.find((i) => (slot === 0 ? i.x < width! / 2 : i.x >= width! / 2));
        if (!found) return; // the cover and blank pages have no number
        expect(Number(found.str), `zijde ${side + 1}, ${slot ? 'rechts' : 'links'}`).toBe(index! + 1);
        numbered++;
      });
    }
    expect(numbered).toBeGreaterThan(pages * 0.8);
    // Page 2 (the back of the cover) is "about this edition", and the cover is on the right of the first side.
    expect(await pageText(booklet, 2)).toContain(t('print.colophonTitle'));
    const title = (await textItems(booklet, 1)).filter((i) => i.size > 20);
    expect(title.map((i) => i.str).join(' ')).toContain(t('siteTitle'));
    expect(title.every((i) => i.x > width! / 2)).toBe(true);
    // An A5 page printed at its own size: more A5 pages than the A4 book has pages.
    const a4 = await openPdf(bookPdfPath(t('siteTitle')));
    expect(pages).toBeGreaterThan(a4.numPages * 1.2);
  });

  it('sets its body text at 9 pt or more, and almost nothing under 8 pt (it was an A4 page scaled down to 7 pt)', async () => {
    const sizes = await fontSizes(booklet);
    const total = [...sizes.values()].reduce((a, b) => a + b, 0);
    const body = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    expect(body).toBeGreaterThanOrEqual(9);
    const under8 = [...sizes.entries()].filter(([s]) => s < 7.95).reduce((n, [, c]) => n + c, 0);
    expect(under8 / total, `tekens onder 8 pt: ${under8} van ${total}`).toBeLessThan(0.02);
    // Only the labels inside drawings are smaller; never under 6 pt.
    expect(Math.min(...sizes.keys())).toBeGreaterThanOrEqual(6);
  });

  it('is tagged like the other PDFs: its structure tree points at the sheets and the drawn pages', async () => {
    const doc = await PDFDocument.load(fs.readFileSync(pdfFile(bookletPdfPath(t('siteTitle')))), { updateMetadata: false, parseSpeed: Infinity });
    const catalog = doc.catalog;
    expect(String(catalog.get(PDFName.of('Lang')))).toMatch(/nl/);
    expect(catalog.lookup(PDFName.of('StructTreeRoot'))).toBeInstanceOf(PDFDict);
    expect(String(catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked')))).toBe('true');
    const sheets = new Set(doc.getPages().map((p) => p.ref.toString()));
    let mcrs = 0;
    const strayPg: string[] = [];
    for (const [, o] of doc.context.enumerateIndirectObjects()) {
      if (!(o instanceof PDFDict) || o instanceof PDFStream) continue;
      const pg = o.get(PDFName.of('Pg'));
      if (pg && !sheets.has(String(pg))) strayPg.push(String(pg));
      const k = o.get(PDFName.of('K'));
      const kids = k && 'asArray' in k ? (k as unknown as { asArray(): unknown[] }).asArray() : [k];
      for (const kid of kids) if (kid instanceof PDFDict && kid.get(PDFName.of('Type')) === PDFName.of('MCR') && kid.get(PDFName.of('Stm'))) mcrs++;
    }
    expect(strayPg, 'elementen op een pagina die er niet meer is').toEqual([]);
    expect(mcrs).toBeGreaterThan(100);
    // Each MCR's marked content is really in the form it names: its MCID is in that
    // form's content, and the form has the StructParents key of the page it was.
    const checked = [...doc.context.enumerateIndirectObjects()]
      .flatMap(([, o]) => (o instanceof PDFDict ? [o.get(PDFName.of('K'))] : []))
      .flatMap((k) => (k && 'asArray' in k ? (k as unknown as { asArray(): unknown[] }).asArray() : [k]))
      .filter((kid): kid is PDFDict => kid instanceof PDFDict && kid.get(PDFName.of('Type')) === PDFName.of('MCR'))
      .slice(0, 40);
    for (const mcr of checked) {
      const form = doc.context.lookup(mcr.get(PDFName.of('Stm')));
      expect(form).toBeInstanceOf(PDFRawStream);
      const stream = form as PDFRawStream;
      expect(stream.dict.get(PDFName.of('Subtype'))).toBe(PDFName.of('Form'));
      expect(stream.dict.get(PDFName.of('StructParents'))).toBeDefined();
      const content = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
      expect(content).toContain(`/MCID ${String(mcr.get(PDFName.of('MCID')))}`);
    }
    expect(checked.length).toBe(40);
    // No bookmark or named destination leads to a page that is not there.
    expect(catalog.get(PDFName.of('Outlines'))).toBeUndefined();
    expect(catalog.get(PDFName.of('Dests'))).toBeUndefined();
  }, 180_000);
});

describe('the hand-outs', () => {
  const handouts = [
    ...book.steps.map((e) => ({ entry: e, title: e.title, budget: HANDOUT_BUDGET.step })),
    ...book.tools.map((e) => ({ entry: e, title: e.title, budget: HANDOUT_BUDGET.tool })),
    ...book.checklists.map((e) => ({ entry: e, title: e.title, budget: HANDOUT_BUDGET.checklist })),
  ];

  it('exist for every step, tool and checklist, each with its own title on A4 within its page budget', async () => {
    for (const { entry, title, budget } of handouts) {
      const pdf = await openPdf(handoutPath(entry));
      const where = handoutPath(entry);
      expect(pdf.numPages, where).toBeGreaterThanOrEqual(1);
      expect(pdf.numPages, where).toBeLessThanOrEqual(budget);
      const [, , width, height] = (await pdf.getPage(1)).view;
      expect(Math.abs(width! - A4.width) + Math.abs(height! - A4.height), where).toBeLessThan(2);
      expect(await pageText(pdf, 1), where).toContain(squash(title));
      const { info } = (await pdf.getMetadata()) as { info: Record<string, string> };
      expect(info.Title, where).toContain(title);
      expect(info.Author, where).toBe(t('siteTitle'));
      expect(info.Subject, where).not.toBe('');
    }
  });

  it('never leave a heading alone at the foot of a column', async () => {
    for (const { entry } of handouts) {
      const pdf = await openPdf(handoutPath(entry));
      const headings = headingsOf(readDist(`${entry.path}index.html`));
      for (let n = 1; n <= pdf.numPages; n++) {
        for (const line of await lastLines(pdf, n, 2)) expect(isHeadingLine(line, headings), `${handoutPath(entry)} p. ${n}: "${line.text}"`).toBe(false);
      }
    }
  });

  it('leave no page but the last more than half empty (the colour test on paper too)', () => {
    const files = [...handouts.map(({ entry }) => handoutPath(entry)), '/pdf/kleurentest-papier.pdf'];
    const halfEmpty: string[] = [];
    for (const file of files) {
      // A4 with 10 mm top and 12 mm bottom margins (global.css).
      const fill = pageFill(pdfFile(file), { top: 10, bottom: 12, height: 297 });
      fill.slice(0, -1).forEach((f, i) => {
        if (f < 0.5) halfEmpty.push(`${file} p. ${i + 1} (${Math.round(f * 100)}%)`);
      });
    }
    expect(halfEmpty).toEqual([]);
  });

  it('put the at-a-glance strip of a tool on its first page, with every fact it has', async () => {
    let checked = 0;
    for (const tool of book.tools) {
      const front = parseYaml(/^---\n([\s\S]*?)\n---/.exec(fs.readFileSync(tool.file, 'utf8'))![1]!) as { glance?: Record<string, string> };
      const facts = Object.entries(front.glance ?? {});
      if (!facts.length) continue;
      const pdf = await openPdf(handoutPath(tool));
      const first = await pageText(pdf, 1);
      for (const [key, value] of facts) {
        expect(first, `${tool.id}: ${key}`).toContain(t(`glance.${key}`).toUpperCase());
        expect(first, `${tool.id}: ${key}`).toContain(squash(value).slice(0, 25));
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('include the colour test on paper: every situation and the key, within its budget, linked from its page', async () => {
    const test = book.parts.find((p) => p.id === 'kleurentest')!;
    const pdf = await openPdf('/pdf/kleurentest-papier.pdf');
    expect(pdf.numPages).toBeLessThanOrEqual(HANDOUT_BUDGET.colourTest);
    let text = '';
    for (let n = 1; n <= pdf.numPages; n++) text += ` ${await pageText(pdf, n)}`;
    expect(text).toContain(squash(test.entry.title));
    expect(text).toContain(squash(t('colourTest.keyHeading')));
    // The paper version, not the interactive one: no steppers, every situation.
    expect(text).not.toContain(squash(t('colourTest.more').replace('{letter}', 'A')));
    expect((text.match(/situatie \d+ van 12/gi) ?? []).length).toBe(12);
    expect(readDist('kleurentest/index.html')).toContain('href="/pdf/kleurentest-papier.pdf"');
  });

  it('are linked from their own pages, and the book from the home page and the colophon', () => {
    for (const { entry } of handouts) expect(readDist(`${entry.path}index.html`), entry.path).toContain(`href="${handoutPath(entry)}"`);
    expect(readDist('index.html')).toContain(`href="${bookPdfPath(t('siteTitle'))}"`);
    const colophon = readDist('colofon/index.html');
    expect(colophon).toContain(`href="${bookPdfPath(t('siteTitle'))}"`);
    expect(colophon).toContain(`href="${bookletPdfPath(t('siteTitle'))}"`);
  });
});

describe('links in every PDF', () => {
  it('never lead to the local server the PDFs were printed from, nor to a path without an address', async () => {
    const links = await allLinks(path.join(DIST, 'pdf'));
    const files = fs.readdirSync(path.join(DIST, 'pdf')).filter((f) => f.endsWith('.pdf'));
    // Per step, tool and checklist a hand-out; and the book, the booklet, the colour test on paper and the cards.
    expect(files.length).toBe(book.steps.length + book.tools.length + book.checklists.length + 4);
    expect(links.filter((l) => l.dest).length).toBeGreaterThan(100); // the book's own links
    const local = links.filter((l) => l.url && /^https?:\/\/(127\.|localhost|\[::1\]|0\.0\.0\.0)/i.test(l.url));
    expect(local.map((l) => `${l.file} p. ${l.page}: ${l.url}`)).toEqual([]);
    // This build has no site.url: a link to a page of the handbook is plain text, so every
    // web link is one to another website that a page of the handbook itself links to.
    const outside = outsideHrefs(DIST);
    const strange = links.filter((l) => l.url && !outside.has(l.url));
    expect(strange.map((l) => `${l.file} p. ${l.page}: ${l.url}`)).toEqual([]);
    expect(links.every((l) => l.url || l.dest)).toBe(true);
  });

  it('in a hand-out, without a site address, print no bare path as "printed from"', async () => {
    for (const file of fs.readdirSync(path.join(DIST, 'pdf')).filter((f) => !f.startsWith('samen-leren'))) {
      const pdf = await loadPdf(path.join(DIST, 'pdf', file));
      for (let n = 1; n <= pdf.numPages; n++) expect(await pageText(pdf, n), `${file} p. ${n}`).not.toContain(t('print.printedFrom'));
    }
  });

  it('go to the published address: site.url and the base path, whatever slashes the brand wrote', () => {
    expect(publicBaseOf(undefined, '/')).toBeUndefined();
    expect(publicBaseOf('https://www.school.nl', '/')).toBe('https://www.school.nl/');
    expect(publicBaseOf('https://www.school.nl/', '/scholen/de-wilg/')).toBe('https://www.school.nl/scholen/de-wilg/');
    expect(publicBaseOf('https://www.school.nl', 'scholen/de-wilg')).toBe('https://www.school.nl/scholen/de-wilg/');
  });
});

describe('the colour test on paper', () => {
  const file = () => pdfFile('/pdf/kleurentest-papier.pdf');

  it('has nothing ticked in advance: both answers to "about whom" print the same empty circle', async () => {
    const pdf = await openPdf('/pdf/kleurentest-papier.pdf');
    const items = await textItems(pdf, 1);
    const [, , , height] = (await pdf.getPage(1)).view;
    const self = items.find((i) => i.str.includes(t('colourTest.whoSelf')))!;
    const other = items.find((i) => i.str.includes(t('colourTest.whoColleague')))!;
    expect(self && other).toBeTruthy();
    // The radio circle sits just left of its label, on the same line.
    const circle = (i: { x: number; y: number; size: number }) => darkFraction(file(), 1, { x: i.x - 14, y: i.y - 3, w: 12, h: i.size + 5 }, height!);
    const a = circle(self);
    const b = circle(other);
    expect(a).toBeGreaterThan(0.01); // there is a circle to tick
    expect(Math.abs(a - b), `ingevuld: ${a.toFixed(3)} tegen ${b.toFixed(3)}`).toBeLessThan(0.02);
  });

  it('has no hints that only make sense on screen', async () => {
    const pdf = await openPdf('/pdf/kleurentest-papier.pdf');
    let text = '';
    for (let n = 1; n <= pdf.numPages; n++) text += ` ${await pageText(pdf, n)}`;
    for (const key of ['nameHint', 'savedHere', 'reset', 'print', 'profileWaiting']) expect(text, key).not.toContain(squash(t(`colourTest.${key}`)));
  });

  it('has a tally sheet whose rows are at least 8 mm, to write in', async () => {
    const pdf = await openPdf('/pdf/kleurentest-papier.pdf');
    let checked = false;
    for (let n = 1; n <= pdf.numPages && !checked; n++) {
      const items = await textItems(pdf, n);
      const heading = items.find((i) => i.str.trim() === t('colourTest.tallyHeading'));
      if (!heading) continue;
      const rows = items.filter((i) => i.y < heading.y && i.x < heading.x + 20 && /^\d+$/.test(i.str.trim())).sort((a, b) => b.y - a.y);
      expect(rows.map((r) => Number(r.str))).toEqual(Array.from({ length: 12 }, (_, k) => k + 1));
      for (let k = 1; k < rows.length; k++) expect(rows[k - 1]!.y - rows[k]!.y, `rij ${k + 1}`).toBeGreaterThanOrEqual((8 / 25.4) * 72 - 0.5);
      checked = true;
    }
    expect(checked).toBe(true);
  });
});

describe('a PDF run that cannot finish', () => {
  it('stops before building when there is no browser, says how to get one, and leaves the output alone', () => {
    const out = path.resolve('.build', 'variants', 'geen-browser');
    fs.rmSync(out, { recursive: true, force: true });
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, 'vorige-build.txt'), 'blijft staan');
    const { code, output } = buildExpectingFailure(['--out', out], { PUPPETEER_EXECUTABLE_PATH: '/bestaat/niet/chrome' });
    expect(code).not.toBe(0);
    expect(output).toContain('Geen browser gevonden');
    expect(output).toContain('PUPPETEER_EXECUTABLE_PATH');
    expect(output).toContain('/bestaat/niet/chrome');
    expect(output).toContain('apt-get install chromium');
    expect(fs.readdirSync(out)).toEqual(['vorige-build.txt']);
  });

  it('says in Dutch that the browser stopped, during which PDF and what to try, and keeps the previous PDFs', async () => {
    // A copy of the built site with its PDFs as "the previous ones"; the browser is killed as the book is printed.
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'samen-leren-crash-'));
    fs.cpSync(DIST, site, { recursive: true, filter: (src) => !src.includes(`${path.sep}pagefind`) });
    const before = fs.readdirSync(path.join(site, 'pdf')).sort();
    const lines: string[] = [];
    const run = renderPdfs({
      siteDir: site,
      base: '/',
      concurrency: 1,
      log: (l) => lines.push(l),
      cacheDir: path.join(site, 'cache'),
      beforePrint: (file, browser) => {
        if (file === path.basename(bookPdfPath(t('siteTitle')))) browser.process()?.kill('SIGKILL');
      },
    });
    const error = await run.then(() => undefined, (e: Error) => e);
    expect(error, 'de build had moeten stoppen').toBeInstanceOf(Error);
    const message = error!.message;
    expect(message).toContain('De browser (Chromium) is gestopt');
    expect(message).toContain(`PDF ${path.basename(bookPdfPath(t('siteTitle')))} (van /print/boek/)`);
    expect(message).toContain('SAMEN_LEREN_PDF_JOBS=1');
    expect(message).toContain('PUPPETEER_EXECUTABLE_PATH');
    expect(message).not.toMatch(/^Target closed/);
    expect(fs.readdirSync(path.join(site, 'pdf')).sort()).toEqual(before);
    expect(fs.readdirSync(site).filter((f) => f.startsWith('.pdf-'))).toEqual([]);
    fs.rmSync(site, { recursive: true, force: true });
  }, 120_000);

  it('names the page that failed, writes no PDF and keeps the previous ones', async () => {
    // A "site" without the pages: every PDF's page answers 404.
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'samen-leren-pdf-'));
    fs.mkdirSync(path.join(site, 'pdf'));
    fs.writeFileSync(path.join(site, 'pdf', 'vorige.pdf'), '%PDF-1.4 vorige');
    const lines: string[] = [];
    await expect(renderPdfs({ siteDir: site, base: '/', concurrency: 1, log: (l) => lines.push(l), cacheDir: path.join(site, 'cache') })).rejects.toThrow(
      new RegExp(`PDF ${bookPdfPath(t('siteTitle')).replace('/pdf/', '')} \\(van /print/boek/\\) is mislukt: de pagina .* gaf status 404`),
    );
    expect(fs.readdirSync(site).sort()).toEqual(['pdf']);
    expect(fs.readdirSync(path.join(site, 'pdf'))).toEqual(['vorige.pdf']);
    fs.rmSync(site, { recursive: true, force: true });
  });
});

describe('the page numbers kept between builds', () => {
  it('are kept per brand and base path, so default and branded builds in turn never replace each other\'s', () => {
    const own = tocCacheFile('.build/pdf-cache', path.resolve('content/brand'), '/', 'samen-leren.pdf');
    const school = tocCacheFile('.build/pdf-cache', path.resolve('content/brand-voorbeeld'), '/scholen/de-wilg/', 'samen-leren.pdf');
    const elsewhere = tocCacheFile('.build/pdf-cache', path.resolve('content/brand-voorbeeld'), '/proef/', 'samen-leren.pdf');
    expect(new Set([own, school, elsewhere]).size).toBe(3);
    expect(tocCacheFile('.build/pdf-cache', path.resolve('content/brand'), '/', 'samen-leren.pdf')).toBe(own);
    expect(tocCacheFile('.build/pdf-cache', path.resolve('content/brand'), '/', 'samen-leren-boekje.pdf')).not.toBe(own);
  });
});
