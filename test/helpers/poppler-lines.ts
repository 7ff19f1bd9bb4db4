// Reads a PDF back with poppler's pdftotext -bbox: the words of each page grouped into visual
// lines (same baseline). A second reader, independent of pdf.js (read-pdf.ts), which the checks
// use where poppler is installed to confirm that both read our PDF alike.
import { execFileSync } from 'node:child_process';

import type { PdfLine } from './read-pdf.js';

export function popplerLines(file: string): PdfLine[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const out: PdfLine[] = [];
  html.split(/<page /).slice(1).forEach((pageHtml, p) => {
    const words = [...pageHtml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      x: Number(m[1]),
      x2: Number(m[3]),
      y: Number(m[4]), // bottom of the word box: the same for all words of a line
      text: m[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'),
    }));
    words.sort((a, b) => a.y - b.y || a.x - b.x);
    const lines: { y: number; words: typeof words }[] = [];
    for (const w of words) {
      const line = lines.find((l) => Math.abs(l.y - w.y) < 3);
      if (line) line.words.push(w);
      else lines.push({ y: w.y, words: [w] });
    }
    for (const l of lines.sort((a, b) => a.y - b.y)) {
      const ws = l.words.sort((a, b) => a.x - b.x);
      out.push({ page: p + 1, y: l.y, xMin: ws[0]!.x, xMax: ws[ws.length - 1]!.x2, text: ws.map((w) => w.text).join(' ').normalize('NFC') });
    }
  });
  return out;
}

