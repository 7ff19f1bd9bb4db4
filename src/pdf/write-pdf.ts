// Stage: pdf. PagedDocument → PDF bytes with pdf-lib. Draws what layout placed, nothing more:
// no layout decisions here. Deterministic: no clock (dates come from the document), no ids.
import { PDFDocument, rgb } from 'pdf-lib';
import { faceName, tinosFiles, type FontFiles } from '../fonts/measure.js';
import type { PagedDocument } from '../layout/types.js';
import { embedFonts } from './fonts.js';

export interface PdfOptions {
  fonts?: FontFiles;
}

const BLACK = rgb(0, 0, 0);

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
    for (const item of p.items) {
      if (item.type === 'text') {
        page.drawText(item.text, { x: item.xPt, y: p.heightPt - item.yPt, size: item.sizePt, font: fonts.get(faceName(item.face))!, color: BLACK });
      } else {
        page.drawLine({ start: { x: item.x1Pt, y: p.heightPt - item.y1Pt }, end: { x: item.x2Pt, y: p.heightPt - item.y2Pt }, thickness: item.thicknessPt, color: BLACK });
      }
    }
  }
  return pdf.save({ useObjectStreams: true });
}
