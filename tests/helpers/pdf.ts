// Reading built PDFs in tests: every link annotation, the text lines of a page,
// and how far down each page the ink goes (pdftoppm renders the page to a grey
// image; a number alone cannot tell a half-empty page).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * A PDF, parsed once per file and version in this test file: several tests read the same
 * book, and parsing it (and its pages' text, below) is most of their time (issue 14).
 */
const documents = new Map<string, Promise<PDFDocumentProxy>>();
export function loadPdf(file: string): Promise<PDFDocumentProxy> {
  if (!fs.existsSync(file)) throw new Error(`${file} ontbreekt: bouw eerst het handboek met PDF's (npm run build).`);
  const stat = fs.statSync(file);
  const key = `${path.resolve(file)}\0${stat.mtimeMs}\0${stat.size}`;
  if (!documents.has(key)) documents.set(key, getDocument({ data: new Uint8Array(fs.readFileSync(file)), verbosity: 0, useSystemFonts: true }).promise);
  return documents.get(key)!;
}

type TextContent = Awaited<ReturnType<Awaited<ReturnType<PDFDocumentProxy['getPage']>>['getTextContent']>>;
const texts = new WeakMap<PDFDocumentProxy, Map<number, Promise<TextContent>>>();
/** The text of page n (pdf.js's items with their positions), read once per page. */
export function textContent(pdf: PDFDocumentProxy, n: number): Promise<TextContent> {
  if (!texts.has(pdf)) texts.set(pdf, new Map());
  const pages = texts.get(pdf)!;
  if (!pages.has(n)) pages.set(n, pdf.getPage(n).then((page) => page.getTextContent()));
  return pages.get(n)!;
}

export interface PdfLink { file: string; page: number; url?: string; dest?: string }

/** Every link annotation of every PDF in a folder. */
export async function allLinks(dir: string): Promise<PdfLink[]> {
  const out: PdfLink[] = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort()) {
    const pdf = await loadPdf(path.join(dir, file));
    for (let n = 1; n <= pdf.numPages; n++) {
      for (const a of await (await pdf.getPage(n)).getAnnotations()) {
        if (a.subtype !== 'Link') continue;
        out.push({ file, page: n, url: a.url ?? a.unsafeUrl ?? undefined, dest: a.dest ? (typeof a.dest === 'string' ? a.dest : JSON.stringify(a.dest)) : undefined });
      }
    }
  }
  return out;
}

/** Every absolute address (http/https, mailto:, tel:) a built HTML page links to: the outside links the PDFs may keep. */
export function outsideHrefs(dir: string): Set<string> {
  const out = new Set<string>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) for (const m of fs.readFileSync(p, 'utf8').matchAll(/<a [^>]*href="((?:https?|mailto|tel):[^"]+)"/g)) out.add(m[1]!.replace(/&amp;/g, '&'));
    }
  };
  walk(dir);
  return out;
}

export interface TextItem { str: string; x: number; y: number; size: number }

export async function textItems(pdf: PDFDocumentProxy, n: number): Promise<TextItem[]> {
  const items = (await textContent(pdf, n)).items as Array<{ str?: string; transform: number[] }>;
  return items.filter((i) => i.str?.trim()).map((i) => ({ str: i.str!, x: i.transform[4]!, y: i.transform[5]!, size: Math.hypot(i.transform[0]!, i.transform[1]!) }));
}

/** Characters per font size (rounded to 0.1 pt) over the whole document. */
export async function fontSizes(pdf: PDFDocumentProxy): Promise<Map<number, number>> {
  const sizes = new Map<number, number>();
  for (let n = 1; n <= pdf.numPages; n++) {
    for (const i of await textItems(pdf, n)) {
      const s = Math.round(i.size * 10) / 10;
      sizes.set(s, (sizes.get(s) ?? 0) + i.str.trim().length);
    }
  }
  return sizes;
}

/**
 * How far down its text area each page is used: the lowest row with ink, as a
 * fraction of the text area (top and bottom margins in mm, where the running head
 * and the page number live, are left out). Rendered at 20 dpi in grey.
 */
export function pageFill(file: string, margins: { top: number; bottom: number; height: number }): number[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samen-leren-fill-'));
  try {
    execFileSync('pdftoppm', ['-r', '20', '-gray', file, path.join(dir, 'p')]);
    return fs
      .readdirSync(dir)
      .sort((a, b) => Number(/(\d+)\.pgm$/.exec(a)![1]) - Number(/(\d+)\.pgm$/.exec(b)![1]))
      .map((f) => {
        const { width, height, pixels } = readPgm(fs.readFileSync(path.join(dir, f)));
        const top = Math.round((height * margins.top) / margins.height);
        const bottom = Math.round((height * (margins.height - margins.bottom)) / margins.height);
        let last = top;
        for (let y = top; y < bottom; y++) {
          for (let x = 0; x < width; x++) {
            if (pixels[y * width + x]! < 200) {
              last = y;
              break;
            }
          }
        }
        return (last - top) / (bottom - top);
      });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A binary grey image (P5) as pdftoppm writes it. */
export function readPgm(buf: Buffer): { width: number; height: number; pixels: Buffer } {
  const header: string[] = [];
  let pos = 0;
  while (header.length < 4) {
    while (/\s/.test(String.fromCharCode(buf[pos]!))) pos++;
    if (buf[pos] === 0x23) { while (buf[pos] !== 0x0a) pos++; continue; } // a comment
    let token = '';
    while (!/\s/.test(String.fromCharCode(buf[pos]!))) token += String.fromCharCode(buf[pos++]!);
    header.push(token);
  }
  pos++;
  if (header[0] !== 'P5') throw new Error(`geen PGM-bestand (${header[0]})`);
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: buf.subarray(pos, pos + width * height) };
}

/** A region of a page rendered in grey at `dpi`: the fraction of dark pixels in it (rect in PDF points, origin bottom left). */
export function darkFraction(file: string, page: number, rect: { x: number; y: number; w: number; h: number }, pageHeight: number, dpi = 150): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samen-leren-crop-'));
  try {
    const k = dpi / 72;
    const args = ['-r', String(dpi), '-gray', '-f', String(page), '-l', String(page), '-x', String(Math.round(rect.x * k)), '-y', String(Math.round((pageHeight - rect.y - rect.h) * k)), '-W', String(Math.round(rect.w * k)), '-H', String(Math.round(rect.h * k)), file, path.join(dir, 'c')];
    execFileSync('pdftoppm', args);
    const [f] = fs.readdirSync(dir);
    const { pixels } = readPgm(fs.readFileSync(path.join(dir, f!)));
    let dark = 0;
    for (const p of pixels) if (p < 128) dark++;
    return dark / pixels.length;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
