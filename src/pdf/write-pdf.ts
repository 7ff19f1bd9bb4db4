// Stage: pdf. PagedDocument → PDF bytes with pdf-lib. Draws what layout placed, nothing more:
// no layout decisions here. Deterministic: no clock (dates come from the document), no ids.
import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFRawStream, type PDFPage } from 'pdf-lib';
import { faceName, tinosFiles, type FaceName, type FontFiles } from '../fonts/measure.js';
import { boxSides } from '../layout/box-sides.js';
import type { Page, PagedDocument } from '../layout/types.js';
import type { EmbeddedFont } from './types.js';
import { embedFonts } from './fonts.js';

export interface PdfOptions {
  fonts?: FontFiles;
  /** Embed the outlines of the glyphs the document draws only (a PDF of a few words, read at once
   * and thrown away: the studio's patches), not the face's whole repertoire. */
  usedGlyphsOnly?: boolean;
}

/** Numbers in content streams: two decimals are 1/7200 inch, finer than any printer. */
const num = (n: number): string => String(Math.round(n * 100) / 100);

/**
 * The page's content stream, written as text: one text object for all text (font, matrix,
 * glyphs), then the lines. Built directly rather than through pdf-lib's operator objects, which
 * cost more than everything else on long appendices.
 */
function pageContent(page: PDFPage, p: Page, fonts: Map<FaceName, EmbeddedFont>): string {
  const keys = new Map<FaceName, string>();
  const key = (face: FaceName): string => {
    let k = keys.get(face);
    if (!k) keys.set(face, (k = page.node.newFontDictionary(face, fonts.get(face)!.ref).toString()));
    return k;
  };
  const out: string[] = ['q', '0 g', '0 G', 'BT'];
  let currentFace: FaceName | null = null;
  let currentSize = NaN;
  let font: EmbeddedFont | undefined;
  for (const item of p.items) {
    if (item.type !== 'text') continue;
    const face = faceName(item.face);
    if (face !== currentFace || item.sizePt !== currentSize) {
      out.push(`${key(face)} ${num(item.sizePt)} Tf`);
      currentFace = face;
      currentSize = item.sizePt;
      font = fonts.get(face)!;
    }
    out.push(`1 0 0 1 ${num(item.xPt)} ${num(p.heightPt - item.yPt)} Tm`, `${font!.encode(item.text)} Tj`);
  }
  out.push('ET');
  let width = -1;
  const segment = (x1: number, y1: number, x2: number, y2: number) => out.push(`${num(x1)} ${num(p.heightPt - y1)} m ${num(x2)} ${num(p.heightPt - y2)} l S`);
  for (const item of p.items) {
    if (item.type === 'text') continue;
    if (item.thicknessPt !== width) out.push(`${num((width = item.thicknessPt))} w`);
    for (const l of item.type === 'line' ? [item] : boxSides(item)) segment(l.x1Pt, l.y1Pt, l.x2Pt, l.y2Pt);
  }
  out.push('Q');
  return out.join('\n');
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
  const fonts = await embedFonts(pdf, doc, options.fonts ?? tinosFiles(), options.usedGlyphsOnly === true);
  for (const p of doc.pages) {
    const page = pdf.addPage([p.widthPt, p.heightPt]);
    // the content stream is compressed here with node:zlib at its fastest level (twice as fast as
    // its default, a few per cent larger): pdf-lib's pako took 150 ms on a cold start
    const content = Buffer.from(pageContent(page, p, fonts), 'latin1');
    page.node.addContentStream(pdf.context.register(PDFRawStream.of(pdf.context.obj({ Filter: 'FlateDecode' }), deflateSync(content, { level: 1 }))));
  }
  return pdf.save({ useObjectStreams: false, objectsPerTick: Infinity });
}
