// Reads a PDF back in JavaScript with pdf.js (pdfjs-dist, legacy build for Node; its worker code
// runs in this thread, nothing is downloaded): the text of each page grouped into visual lines
// (same baseline, left to right; characters as drawn, a ligature such as ﬁ is not spelt out),
// and the document information. Works on our PDF and on LibreOffice's, so that reading a PDF
// needs no system tool.
import { readFileSync } from 'node:fs';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';

export interface PdfLine {
  page: number;
  /** Baseline, in points from the top of the page. */
  y: number;
  /** Left edge of the first word and right edge of the last, in points. */
  xMin: number;
  xMax: number;
  text: string;
}

type PdfInput = string | Uint8Array;

async function open(input: PdfInput): Promise<PDFDocumentProxy> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes the buffer over (it detaches it), so it gets a copy
  const data = typeof input === 'string' ? new Uint8Array(readFileSync(input)) : new Uint8Array(input);
  return getDocument({ data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
}

interface Piece {
  x: number;
  y: number;
  width: number;
  size: number;
  str: string;
}

/** Words of one baseline in x order, with a space wherever the gap between two pieces shows one. */
function joinLine(pieces: Piece[]): string {
  let text = '';
  let end = -Infinity;
  for (const p of pieces.sort((a, b) => a.x - b.x)) {
    if (text && p.x - end > p.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(p.str)) text += ' ';
    text += p.str;
    end = Math.max(end, p.x + p.width);
  }
  return text.replace(/\s+/g, ' ').trim().normalize('NFC');
}

export async function pdfLines(input: PdfInput): Promise<PdfLine[]> {
  return (await readLines(input)).lines;
}

async function readLines(input: PdfInput): Promise<{ pages: number; lines: PdfLine[] }> {
  const doc = await open(input);
  const pages = doc.numPages;
  const out: PdfLine[] = [];
  try {
    for (let n = 1; n <= pages; n++) {
      const page = await doc.getPage(n);
      const height = page.view[3]! - page.view[1]!;
      const pieces: Piece[] = [];
      for (const item of (await page.getTextContent({ disableNormalization: true })).items) {
        if (!('str' in item) || item.str === '') continue;
        const [a, b, , , x, y] = item.transform as number[];
        pieces.push({ x: x!, y: height - y!, width: item.width, size: Math.hypot(a!, b!), str: item.str });
      }
      pieces.sort((p, q) => p.y - q.y);
      const lines: { y: number; pieces: Piece[] }[] = [];
      for (const p of pieces) {
        const line = lines.find((l) => Math.abs(l.y - p.y) < 3);
        if (line) line.pieces.push(p);
        else lines.push({ y: p.y, pieces: [p] });
      }
      for (const l of lines) {
        const text = joinLine(l.pieces);
        const xMin = Math.min(...l.pieces.map((p) => p.x));
        const xMax = Math.max(...l.pieces.map((p) => p.x + p.width));
        if (text) out.push({ page: n, y: Math.round(l.y * 100) / 100, xMin, xMax, text });
      }
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return { pages, lines: out };
}

/** The text of a PDF: its lines, and a form feed after each page (as pdftotext writes it). */
export async function pdfText(input: PdfInput): Promise<string> {
  const { pages, lines } = await readLines(input);
  return Array.from({ length: pages }, (_, i) => `${lines.filter((l) => l.page === i + 1).map((l) => `${l.text}\n`).join('')}\f`).join('');
}

export const pageCount = (lines: PdfLine[]): number => Math.max(0, ...lines.map((l) => l.page));

export interface PdfInfo {
  pages: number;
  title?: string;
  author?: string;
  subject?: string;
  /** The catalog's /Lang. */
  language?: string;
  /** As written: D:YYYYMMDDHHmmSS… */
  creationDate?: string;
}

export async function pdfInfo(input: PdfInput): Promise<PdfInfo> {
  const doc = await open(input);
  const pages = doc.numPages;
  try {
    const info = (await doc.getMetadata()).info as Record<string, string | undefined>;
    return { pages, title: info.Title, author: info.Author, subject: info.Subject, language: info.Language, creationDate: info.CreationDate };
  } finally {
    await doc.destroy();
  }
}

/** Page `n` drawn by pdf.js at `dpi` (on @napi-rs/canvas): its RGBA pixels. */
export async function pagePixels(input: PdfInput, n: number, dpi: number): Promise<Uint8ClampedArray> {
  const doc = await open(input);
  try {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: dpi / 72 });
    const factory = doc.canvasFactory as { create(w: number, h: number): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D } };
    const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    await page.render({ canvas, canvasContext: context, viewport, background: 'white' }).promise;
    return context.getImageData(0, 0, canvas.width, canvas.height).data;
  } finally {
    await doc.destroy();
  }
}

/** Pixels darker than mid-grey on page `n` rendered at `dpi` (pdf.js draws on @napi-rs/canvas). */
export async function darkPixels(input: PdfInput, n: number, dpi: number): Promise<number> {
  const px = await pagePixels(input, n, dpi);
  let dark = 0;
  for (let i = 0; i < px.length; i += 4) if (px[i]! + px[i + 1]! + px[i + 2]! < 3 * 128) dark++;
  return dark;
}
