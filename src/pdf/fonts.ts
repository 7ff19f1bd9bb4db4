// Stage: pdf. Font files → fonts embedded in a PDF. Each face is subset to the characters the
// document uses with hb-subset (npm subset-font) and embedded whole (`subset: false`):
// pdf-lib's own subsetting loses Vietnamese glyphs (they render blank while text extraction
// still looks right). Ligatures and kerning are off, as layout measured without them.
import { readFile } from 'node:fs/promises';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import subsetFont from 'subset-font';
import { faceName, type FaceName, type FontFiles } from '../fonts/measure.js';
import type { PagedDocument } from '../layout/types.js';

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

/** Font files are read once per run of the program. (Buffers: subset-font and fontkit detect the format with Buffer methods.) */
const fileCache = new Map<string, Promise<Buffer>>();
const readOnce = (file: string): Promise<Buffer> => {
  let p = fileCache.get(file);
  if (!p) fileCache.set(file, (p = readFile(file)));
  return p;
};

export async function embedFonts(pdf: PDFDocument, doc: PagedDocument, files: FontFiles): Promise<Map<FaceName, PDFFont>> {
  pdf.registerFontkit(fontkit);
  const out = new Map<FaceName, PDFFont>();
  for (const [name, chars] of charactersByFace(doc)) {
    const subset = await subsetFont(await readOnce(files[name]), chars, { targetFormat: 'sfnt' });
    // fontkit recognises a font by reading its first bytes as a Buffer
    out.set(name, await pdf.embedFont(Buffer.from(subset), { subset: false, features: { liga: false, kern: false, calt: false, clig: false } }));
  }
  return out;
}
