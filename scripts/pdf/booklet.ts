// The booklet: the A4 book imposed two-up as A5 on A4 landscape sheets, in
// saddle-stitch order (src/lib/imposition.ts). Print it double-sided (flip on
// the short edge), fold the stack once and staple it in the fold.
//
// Each book page becomes a form XObject that reuses the page's own compressed
// content stream and resources (pdf-lib's embedPages would decode and re-encode
// every page and keep the originals too, doubling the file).
import {
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFRef,
  concatTransformationMatrix,
  drawObject,
  popGraphicsState,
  pushGraphicsState,
} from 'pdf-lib';
import { saddleStitchOrder } from '../../src/lib/imposition.ts';
import { loadPdf, setMetadata, type Metadata } from './finish.ts';

const SHEET = { width: 841.89, height: 595.28 }; // A4 landscape
const HALF = SHEET.width / 2;

export async function imposeBooklet(bookBytes: Uint8Array, meta: Metadata): Promise<PDFDocument> {
  const book = await loadPdf(bookBytes);
  // Links and tags belong to the book's own pages; on paper they only weigh.
  for (const page of book.getPages()) {
    page.node.delete(PDFName.of('Annots'));
    page.node.delete(PDFName.of('StructParents'));
  }
  const out = await PDFDocument.create({ updateMetadata: false });
  const copies = await out.copyPages(book, book.getPageIndices()); // one copy, so fonts are shared
  const forms = copies.map((page, i) => {
    const contents = page.node.Contents();
    if (!(contents instanceof PDFRawStream)) throw new Error(`boekje: pagina ${i + 1} heeft geen enkelvoudige inhoudsstroom.`);
    const { width, height } = page.getSize();
    // Turn the page's content stream into a form XObject in place, and drop the page itself.
    contents.dict.set(PDFName.of('Type'), PDFName.of('XObject'));
    contents.dict.set(PDFName.of('Subtype'), PDFName.of('Form'));
    contents.dict.set(PDFName.of('BBox'), out.context.obj([0, 0, width, height]));
    contents.dict.set(PDFName.of('Resources'), page.node.Resources()!);
    const ref = page.node.get(PDFName.of('Contents'));
    if (!(ref instanceof PDFRef)) throw new Error(`boekje: de inhoud van pagina ${i + 1} is geen los object.`);
    out.context.delete(page.ref);
    return { ref, width, height };
  });

  for (const [left, right] of saddleStitchOrder(forms.length)) {
    const sheet = out.addPage([SHEET.width, SHEET.height]);
    [left, right].forEach((index, slot) => {
      if (index === null) return;
      const form = forms[index]!;
      const name = sheet.node.newXObject('Pagina', form.ref);
      // Scale the A4 page to its A5 half (1/√2), centred in the half.
      const scale = Math.min(HALF / form.width, SHEET.height / form.height);
      const x = slot * HALF + (HALF - form.width * scale) / 2;
      const y = (SHEET.height - form.height * scale) / 2;
      sheet.pushOperators(pushGraphicsState(), concatTransformationMatrix(scale, 0, 0, scale, x, y), drawObject(name), popGraphicsState());
    });
  }
  setMetadata(out, meta);
  return out;
}
