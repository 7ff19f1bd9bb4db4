// Stage: pdf. Font files → fonts embedded in a PDF. Each face is subset with hb-subset (npm
// subset-font) to a fixed Vietnamese repertoire (plus any rarer character the document has) and
// embedded whole by embed-truetype.ts:
// pdf-lib's own subsetting loses Vietnamese glyphs (they render blank while text extraction
// still looks right), and its shaping is not needed: layout measured glyph by glyph.
import { readFileSync } from 'node:fs';
import { zlibSync } from 'fflate';
import type { PDFDocument } from 'pdf-lib';
import subsetFont from 'subset-font';
import { faceName, VIETNAMESE_LETTERS, type FaceName, type FontFiles } from '../fonts/measure.js';
import type { PagedDocument } from '../layout/types.js';
import { embedTrueType, type EmbeddedFont } from './embed-truetype.js';

/** The characters each face draws in the document. */
export function charactersByFace(doc: PagedDocument): Map<FaceName, string> {
  const sets = new Map<FaceName, Set<string>>();
  for (const page of doc.pages)
    for (const item of page.items) {
      if (item.type !== 'text') continue;
      const name = faceName(item.face);
      const set = sets.get(name) ?? new Set<string>();
      for (const ch of item.text) set.add(ch);
      sets.set(name, set);
    }
  return new Map([...sets].map(([k, v]) => [k, [...v].sort().join('')]));
}

/**
 * The characters every subset carries: the Vietnamese alphabet, ASCII and common punctuation.
 * One subset per face then serves every document (a batch subsets four times, not four times
 * per plan, and harfbuzz's memory stays small); a document's rarer characters are added to it.
 */
export const REPERTOIRE = [...new Set([...VIETNAMESE_LETTERS, ...VIETNAMESE_LETTERS.toLocaleUpperCase('vi'), ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)), ...'–—‘’“”…•°§\u00a0\u2007'])]
  .sort()
  .join('');

export interface PreparedFont {
  /** The subset font file, and the same compressed for the PDF's font stream. */
  bytes: Uint8Array;
  compressed: Uint8Array;
  /** The characters it carries. */
  repertoire: string;
}

/**
 * Subsets are made once per font file and repertoire and kept for the run of the program. Font
 * files are read synchronously: an asynchronous read waited in libuv's thread pool behind
 * WebAssembly compilation (150 ms here). Buffers, because subset-font detects the format with
 * Buffer methods.
 */
const prepared = new Map<string, Promise<PreparedFont>>();

function prepareFont(file: string, chars: string): Promise<PreparedFont> {
  const extra = [...new Set(chars)].filter((c) => !REPERTOIRE.includes(c)).sort().join('');
  const repertoire = REPERTOIRE + extra;
  const key = `${file}\u0000${extra}`;
  let p = prepared.get(key);
  if (!p)
    prepared.set(
      key,
      (p = subsetFont(readFileSync(file), repertoire, { targetFormat: 'sfnt' }).then((subset) => {
        const bytes = new Uint8Array(subset);
        return { bytes, compressed: zlibSync(bytes, { level: 6 }), repertoire };
      })),
    );
  return p;
}

const FALLBACK_NAMES: Record<FaceName, string> = { regular: 'Tinos', bold: 'Tinos-Bold', italic: 'Tinos-Italic', boldItalic: 'Tinos-BoldItalic' };

export async function embedFonts(pdf: PDFDocument, doc: PagedDocument, files: FontFiles): Promise<Map<FaceName, EmbeddedFont>> {
  const out = new Map<FaceName, EmbeddedFont>();
  for (const [name, chars] of charactersByFace(doc)) {
    const font = await prepareFont(files[name], chars);
    out.set(name, embedTrueType(pdf, font, chars, FALLBACK_NAMES[name], name === 'italic' || name === 'boldItalic'));
  }
  return out;
}
