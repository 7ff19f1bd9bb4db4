// Stage: pdf. PagedDocument → PDF bytes with pdf-lib. Draws what layout placed, nothing more:
// no layout decisions here. Each page's text goes into one text object (font, matrix, glyphs);
// lines are stroked paths. Deterministic: no clock (dates come from the document), no ids.
import { zlibSync } from 'fflate';
import {
  beginText,
  endText,
  lineTo,
  moveTo,
  PDFDocument,
  PDFName,
  PDFRawStream,
  popGraphicsState,
  pushGraphicsState,
  setFillingGrayscaleColor,
  setFontAndSize,
  setLineWidth,
  setStrokingGrayscaleColor,
  setTextMatrix,
  showText,
  stroke,
  type PDFOperator,
  type PDFPage,
} from 'pdf-lib';
import { faceName, tinosFiles, type FaceName, type FontFiles } from '../fonts/measure.js';
import type { Page, PagedDocument } from '../layout/types.js';
import type { EmbeddedFont } from './embed-truetype.js';
import { embedFonts } from './fonts.js';

export interface PdfOptions {
  fonts?: FontFiles;
}

function pageOperators(page: PDFPage, p: Page, fonts: Map<FaceName, EmbeddedFont>): PDFOperator[] {
  const keys = new Map<FaceName, PDFName>();
  const key = (face: FaceName): PDFName => {
    let k = keys.get(face);
    if (!k) keys.set(face, (k = page.node.newFontDictionary(face, fonts.get(face)!.ref)));
    return k;
  };
  const ops: PDFOperator[] = [pushGraphicsState(), setFillingGrayscaleColor(0), setStrokingGrayscaleColor(0), beginText()];
  let current = '';
  for (const item of p.items) {
    if (item.type !== 'text') continue;
    const face = faceName(item.face);
    if (current !== `${face}/${item.sizePt}`) ops.push(setFontAndSize(key(face), item.sizePt)), (current = `${face}/${item.sizePt}`);
    ops.push(setTextMatrix(1, 0, 0, 1, item.xPt, p.heightPt - item.yPt), showText(fonts.get(face)!.encode(item.text)));
  }
  ops.push(endText());
  for (const item of p.items) {
    if (item.type !== 'line') continue;
    ops.push(setLineWidth(item.thicknessPt), moveTo(item.x1Pt, p.heightPt - item.y1Pt), lineTo(item.x2Pt, p.heightPt - item.y2Pt), stroke());
  }
  ops.push(popGraphicsState());
  return ops;
}

export async function writePdf(doc: PagedDocument, options: PdfOptions = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const date = new Date(`${doc.meta.date}T00:00:00Z`);
  pdf.setTitle(doc.meta.title, { showInWindowTitleBar: true });
  pdf.setAuthor(doc.meta.author);
  pdf.setSubject(doc.meta.subject);
  pdf.setLanguage(doc.meta.language);
  pdf.setCreator('ke-hoach');
  pdf.setProducer('ke-hoach (pdf-lib)');
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);
  const fonts = await embedFonts(pdf, doc, options.fonts ?? tinosFiles());
  for (const p of doc.pages) {
    const page = pdf.addPage([p.widthPt, p.heightPt]);
    // the content stream is compressed here with fflate: pdf-lib's pako took 150 ms on a cold start
    const content = new TextEncoder().encode(pageOperators(page, p, fonts).map((op) => op.toString()).join('\n'));
    page.node.addContentStream(pdf.context.register(PDFRawStream.of(pdf.context.obj({ Filter: 'FlateDecode' }), zlibSync(content, { level: 6 }))));
  }
  return pdf.save({ useObjectStreams: false, objectsPerTick: Infinity });
}
