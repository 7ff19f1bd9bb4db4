// Stage: pdf. Font files → fonts embedded in a PDF. Each face is subset to the characters the
// document uses with hb-subset (npm subset-font) and embedded whole by embed-truetype.ts:
// pdf-lib's own subsetting loses Vietnamese glyphs (they render blank while text extraction
// still looks right), and its shaping is not needed: layout measured glyph by glyph.
import { readFileSync } from 'node:fs';
import type { PDFDocument } from 'pdf-lib';
import subsetFont from 'subset-font';
import { faceName, type FaceName, type FontFiles } from '../fonts/measure.js';
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
 * Font files are read once per run of the program, synchronously: an asynchronous read waits in
 * libuv's thread pool behind WebAssembly compilation and took 150 ms here. (Buffers: subset-font
 * detects the format with Buffer methods.)
 */
const fileCache = new Map<string, Buffer>();
const readOnce = (file: string): Buffer => {
  let b = fileCache.get(file);
  if (!b) fileCache.set(file, (b = readFileSync(file)));
  return b;
};

const FALLBACK_NAMES: Record<FaceName, string> = { regular: 'Tinos', bold: 'Tinos-Bold', italic: 'Tinos-Italic', boldItalic: 'Tinos-BoldItalic' };

export async function embedFonts(pdf: PDFDocument, doc: PagedDocument, files: FontFiles): Promise<Map<FaceName, EmbeddedFont>> {
  const out = new Map<FaceName, EmbeddedFont>();
  for (const [name, chars] of charactersByFace(doc)) {
    const subset = await subsetFont(readOnce(files[name]), chars, { targetFormat: 'sfnt' });
    out.set(name, embedTrueType(pdf, subset, chars, FALLBACK_NAMES[name], name === 'italic' || name === 'boldItalic'));
  }
  return out;
}
