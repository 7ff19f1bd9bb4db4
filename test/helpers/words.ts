// "The same words in DOCX and PDF": every word of the DOCX must be found in the text read back
// from the PDF (pdf.js, read-pdf.ts), as many times. The PDF may have more (page numbers, table headers
// repeated on each page), never fewer. Order is not compared: a row cut across pages puts the
// short cells' words before the long cell's continuation. Words are split at spaces and after
// hyphens (where lines may break).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docxParagraphs } from './docx.js';
import { pdfText } from './read-pdf.js';

export const words = (text: string): string[] => text.normalize('NFC').split(/\s+|(?<=-)/u).filter((w) => w !== '');

/**
 * Words of the DOCX that the PDF lacks (each as often as it lacks it), or null when it has them
 * all. A word broken inside (a narrow column breaks "77.269,00" into "77.269,0" and "0") counts
 * as found when the PDF's text without spaces holds it; words with a character in `undrawable`
 * (what the fonts lack: the build warned of it, and the PDF shows an empty box) are not compared.
 * Right-to-left words count when found reversed: layout draws them in logical order (no bidi),
 * and a reader may reorder them.
 */
export async function missingWords(docx: Uint8Array, pdf: Uint8Array, undrawable = ''): Promise<string[] | null> {
  const text = await pdfText(pdf);
  const have = new Map<string, number>();
  for (const w of words(text)) have.set(w, (have.get(w) ?? 0) + 1);
  const joined = text.normalize('NFC').replace(/\s+/g, '');
  const missing: string[] = [];
  for (const w of words(docxParagraphs(docx).join(' '))) {
    const n = have.get(w) ?? 0;
    if (n > 0) have.set(w, n - 1);
    else if (![...w].some((c) => undrawable.includes(c)) && !joined.includes(w) && !joined.includes([...w].reverse().join('')) && !rtlFound(w, joined)) missing.push(w);
  }
  return missing.length ? missing : null;
}

const RTL = /[\p{Script=Hebrew}\p{Script=Arabic}]/u;
/** A right-to-left word with punctuation at one end ("עברית;"): a reader may put the punctuation
 * on the other side, so its letters are looked for, in either order. */
function rtlFound(w: string, joined: string): boolean {
  if (!RTL.test(w)) return false;
  const letters = w.replace(/[^\p{L}\p{M}\p{N}]/gu, '');
  return letters.length > 0 && (joined.includes(letters) || joined.includes([...letters].reverse().join('')));
}

/** qpdf --check's complaints about a PDF, or null when it is clean (needs qpdf: requireTools). */
export function qpdfProblems(pdf: Uint8Array): string | null {
  const file = join(mkdtempSync(join(tmpdir(), 'kh-qpdf-')), 'p.pdf');
  writeFileSync(file, pdf);
  const r = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  return r.status === 0 && !/WARNING/.test(r.stdout + r.stderr) ? null : `${r.stdout}${r.stderr}`.trim();
}
