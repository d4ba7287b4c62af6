// What Chromium cannot do itself, done on the finished PDF with pdf-lib: read
// where each named destination landed, set the document's metadata, write the
// bookmarks (outline) and make the viewer open with them shown.
import { createRequire } from 'node:module';
import zlib from 'node:zlib';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRef,
  type PDFObject,
} from 'pdf-lib';

// pdf-lib compresses the object streams it writes with pako, in JavaScript. Node's own
// zlib writes the same Deflate format natively: saving the book takes 0.1–0.15 s less.
// pdf-lib calls pako.deflate on the module object it required, so this is where to swap it.
const pako = createRequire(createRequire(import.meta.url).resolve('pdf-lib'))('pako') as { deflate: (data: Uint8Array) => Uint8Array };
pako.deflate = (data) => zlib.deflateSync(data);

/** pdf-lib yields to the event loop every few objects by default; a build has nothing else to do meanwhile. */
export const loadPdf = (bytes: Uint8Array) => PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: Infinity });
export const savePdf = (doc: PDFDocument) => doc.save({ objectsPerTick: Infinity });

export interface Destination {
  /** 1-based page number. */
  page: number;
  /** The destination as Chromium wrote it ([page /XYZ x y zoom]), for bookmarks. */
  array: PDFArray;
}

/**
 * Chromium writes a named destination (in the catalog's /Dests) for every element
 * that a link in the document points to, named after the element's id.
 */
export function readDestinations(doc: PDFDocument): Map<string, Destination> {
  const pageNumber = new Map<string, number>(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
  const out = new Map<string, Destination>();
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  if (!dests) return out;
  for (const [key, value] of dests.entries()) {
    const array = dests.context.lookup(value);
    if (!(array instanceof PDFArray)) continue;
    const pageRef = array.get(0);
    const page = pageRef instanceof PDFRef ? pageNumber.get(pageRef.toString()) : undefined;
    if (page) out.set(decodeName(key.asString()), { page, array });
  }
  return out;
}

/** "/gereedschap-dialoog" -> "gereedschap-dialoog" (PDF names escape odd characters as #xx). */
function decodeName(name: string): string {
  return name.replace(/^\//, '').replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export interface Metadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  language: string;
  date: Date;
}

export function setMetadata(doc: PDFDocument, meta: Metadata): void {
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords([meta.keywords.join(', ')]); // pdf-lib joins with spaces, which runs phrases together
  doc.setLanguage(meta.language);
  doc.setCreator(`${meta.author} (scripts/pdf.ts)`);
  doc.setProducer('Chromium (Skia/PDF) en pdf-lib');
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
}

export interface OutlineItem { title: string; destination: PDFArray; children: OutlineItem[] }

/**
 * Writes the bookmarks and makes the viewer open with them shown. Items with
 * children start opened. Replaces any outline the PDF had.
 */
export function setOutline(doc: PDFDocument, items: OutlineItem[]): void {
  const { context } = doc;
  const rootRef = context.nextRef();
  const countAll = (list: OutlineItem[]): number => list.reduce((n, i) => n + 1 + countAll(i.children), 0);

  const writeLevel = (list: OutlineItem[], parent: PDFRef): { first: PDFRef; last: PDFRef } => {
    const refs = list.map(() => context.nextRef());
    list.forEach((item, i) => {
      const entries: Record<string, PDFObject> = {
        Title: PDFHexString.fromText(item.title),
        Parent: parent,
        Dest: item.destination,
      };
      if (i > 0) entries.Prev = refs[i - 1]!;
      if (i < list.length - 1) entries.Next = refs[i + 1]!;
      if (item.children.length) {
        const { first, last } = writeLevel(item.children, refs[i]!);
        entries.First = first;
        entries.Last = last;
        entries.Count = PDFNumber.of(countAll(item.children));
      }
      context.assign(refs[i]!, context.obj(entries));
    });
    return { first: refs[0]!, last: refs[refs.length - 1]! };
  };

  if (!items.length) return;
  const { first, last } = writeLevel(items, rootRef);
  context.assign(rootRef, context.obj({ Type: 'Outlines', First: first, Last: last, Count: PDFNumber.of(countAll(items)) }));
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
