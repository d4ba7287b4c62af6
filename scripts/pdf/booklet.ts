// The booklet: the book typeset for A5 (src/styles/print-booklet.css on the print
// route), imposed two-up on A4 landscape sheets in saddle-stitch order
// (src/lib/shared/imposition.ts). Print it double-sided (flip on the short edge), fold
// the stack once and staple it in the fold: the pages come out at their own size,
// not an A4 page scaled down.
//
// The imposition is done in the A5 document itself, so it keeps its tags: each
// A5 page's compressed content stream becomes a form XObject in place (no decoding
// or re-encoding), is drawn on its sheet, and the structure tree is pointed at it
// (marked content in a form XObject: an MCR with /Stm, the form's /StructParents).
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  concatTransformationMatrix,
  drawObject,
  popGraphicsState,
  pushGraphicsState,
  type PDFObject,
} from 'pdf-lib';
import { saddleStitchOrder } from '../../src/lib/shared/imposition.ts';

const SHEET = { width: 841.89, height: 595.28 }; // A4 landscape
const HALF = SHEET.width / 2;

export async function imposeBooklet(book: PDFDocument): Promise<PDFDocument> {
  const { context } = book;
  const pages = book.getPages();
  const forms = pages.map((page, i) => {
    const contents = page.node.Contents();
    if (!(contents instanceof PDFRawStream)) throw new Error(`boekje: pagina ${i + 1} heeft geen enkelvoudige inhoudsstroom.`);
    const ref = page.node.get(PDFName.of('Contents'));
    if (!(ref instanceof PDFRef)) throw new Error(`boekje: de inhoud van pagina ${i + 1} is geen los object.`);
    const { width, height } = page.getSize();
    // Turn the page's content stream into a form XObject in place.
    contents.dict.set(PDFName.of('Type'), PDFName.of('XObject'));
    contents.dict.set(PDFName.of('Subtype'), PDFName.of('Form'));
    contents.dict.set(PDFName.of('BBox'), context.obj([0, 0, width, height]));
    contents.dict.set(PDFName.of('Resources'), page.node.Resources()!);
    const structParents = page.node.get(PDFName.of('StructParents'));
    if (structParents instanceof PDFNumber) contents.dict.set(PDFName.of('StructParents'), structParents);
    return { ref, width, height, page: page.ref };
  });

  // The sheets, then the A5 pages go.
  const sheetOf = new Map<string, { sheet: PDFRef; form: PDFRef }>();
  for (const [left, right] of saddleStitchOrder(forms.length)) {
    const sheet = book.addPage([SHEET.width, SHEET.height]);
    [left, right].forEach((index, slot) => {
      if (index === null) return;
      const form = forms[index]!;
      sheetOf.set(form.page.toString(), { sheet: sheet.ref, form: form.ref });
      const name = sheet.node.newXObject('Pagina', form.ref);
      // An A5 page fills its half of the sheet; anything else is scaled to fit, centred.
      const scale = Math.min(1, HALF / form.width, SHEET.height / form.height);
      const x = slot * HALF + (HALF - form.width * scale) / 2;
      const y = (SHEET.height - form.height * scale) / 2;
      sheet.pushOperators(pushGraphicsState(), concatTransformationMatrix(scale, 0, 0, scale, x, y), drawObject(name), popGraphicsState());
    });
  }
  for (const page of pages) {
    const annots = page.node.Annots();
    for (const a of annots?.asArray() ?? []) if (a instanceof PDFRef) context.delete(a);
    if (page.node.get(PDFName.of('Annots')) instanceof PDFRef) context.delete(page.node.get(PDFName.of('Annots')) as PDFRef);
  }
  for (let i = forms.length - 1; i >= 0; i--) book.removePage(i);
  for (const form of forms) context.delete(form.page);

  retag(book, sheetOf);
  // Bookmarks, named destinations and links lead to A5 pages that are no more; on paper they only weigh.
  for (const key of ['Outlines', 'Dests', 'PageMode']) book.catalog.delete(PDFName.of(key));
  return book;
}

/**
 * Points the structure tree at the sheets: an element on an A5 page now lies on
 * the sheet that page was drawn on, and its marked content in that page's form
 * XObject. Links (object references) are dropped with their annotations.
 */
function retag(doc: PDFDocument, sheetOf: Map<string, { sheet: PDFRef; form: PDFRef }>): void {
  const { context } = doc;
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) return;
  const seen = new Set<PDFDict>();
  const isMcid = (o: PDFObject | undefined) => o instanceof PDFNumber;
  const kid = (o: PDFObject, pg: PDFRef | undefined): PDFObject | undefined => {
    if (isMcid(o)) {
      const to = pg && sheetOf.get(pg.toString());
      return to ? context.obj({ Type: 'MCR', Pg: to.sheet, Stm: to.form, MCID: o }) : o;
    }
    const dict = o instanceof PDFRef ? context.lookup(o) : o;
    if (!(dict instanceof PDFDict)) return o;
    const type = dict.get(PDFName.of('Type'));
    if (type === PDFName.of('OBJR')) return undefined;
    if (type === PDFName.of('MCR')) {
      const own = dict.get(PDFName.of('Pg'));
      const to = sheetOf.get((own instanceof PDFRef ? own : pg)?.toString() ?? '');
      if (to && !dict.has(PDFName.of('Stm'))) {
        dict.set(PDFName.of('Pg'), to.sheet);
        dict.set(PDFName.of('Stm'), to.form);
      }
      return o;
    }
    element(dict);
    return o;
  };
  const element = (dict: PDFDict) => {
    if (seen.has(dict)) return;
    seen.add(dict);
    const pgObj = dict.get(PDFName.of('Pg'));
    const pg = pgObj instanceof PDFRef ? pgObj : undefined;
    const k = dict.get(PDFName.of('K'));
    const ks = k instanceof PDFRef ? context.lookup(k) : k;
    if (ks instanceof PDFArray) {
      const out = ks.asArray().map((o) => kid(o, pg)).filter((o): o is PDFObject => o !== undefined);
      dict.set(PDFName.of('K'), context.obj(out));
    } else if (ks !== undefined) {
      const one = kid(k!, pg);
      if (one === undefined) dict.delete(PDFName.of('K'));
      else dict.set(PDFName.of('K'), one);
    }
    if (pg && sheetOf.has(pg.toString())) dict.set(PDFName.of('Pg'), sheetOf.get(pg.toString())!.sheet);
  };
  const top = root.get(PDFName.of('K'));
  const tops = top instanceof PDFRef ? context.lookup(top) : top;
  for (const o of tops instanceof PDFArray ? tops.asArray() : tops ? [tops] : []) {
    const d = o instanceof PDFRef ? context.lookup(o) : o;
    if (d instanceof PDFDict) element(d);
  }
}
