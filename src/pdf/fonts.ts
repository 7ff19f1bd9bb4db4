// Stage: pdf. Font files → fonts embedded in a PDF (with pdf-lib, by embed-truetype.ts). Each face
// is subset to a fixed Vietnamese repertoire (plus any rarer character the document has) and
// embedded whole: pdf-lib's own subsetting loses Vietnamese glyphs (they render blank while text
// extraction still looks right), and its shaping is not needed: layout measured glyph by glyph.
// The default faces come subset and deflated from dist/font-subsets/ (made when the package is
// built, scripts/build-fonts.mjs); other fonts (--fonts), and documents with rarer characters,
// are subset here with hb-subset (npm subset-font), whose WebAssembly is loaded only then.
import { readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { deflateSync } from 'node:zlib';
import type { PDFDocument } from 'pdf-lib';
import { faceName, tinosFiles, type FaceName, type FontFiles } from '../fonts/measure.js';
import { REPERTOIRE, repertoireKey } from '../fonts/repertoire.js';
import type { PagedDocument } from '../layout/types.js';
import { packageRoot } from '../util/package-root.js';
import { embedTrueType } from './embed-truetype.js';
import type { EmbeddedFont, PreparedFont } from './types.js';

export { REPERTOIRE };

const characters = new WeakMap<PagedDocument, Map<FaceName, string>>();

/** The characters each face draws in the document, sorted (found once per document: the font check and the writer both ask). */
export function charactersByFace(doc: PagedDocument): Map<FaceName, string> {
  let found = characters.get(doc);
  if (!found) characters.set(doc, (found = collectCharacters(doc)));
  return found;
}

function collectCharacters(doc: PagedDocument): Map<FaceName, string> {
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

interface Manifest {
  repertoire: string;
  faces: Record<FaceName, { source: string; sourceBytes: number }>;
}

let manifest: Manifest | null | undefined;
/** dist/font-subsets/manifest.json, when the package was built with it and it fits this repertoire. */
function prebuiltManifest(): Manifest | null {
  if (manifest !== undefined) return manifest;
  try {
    const m = JSON.parse(readFileSync(join(packageRoot(), 'dist', 'font-subsets', 'manifest.json'), 'utf8')) as Manifest;
    return (manifest = m.repertoire === repertoireKey(REPERTOIRE) ? m : null);
  } catch {
    return (manifest = null);
  }
}

/** The prebuilt subset of a default face, if `file` is that face's source font (same name and size). */
function prebuilt(file: string): PreparedFont | null {
  const m = prebuiltManifest();
  if (!m) return null;
  const defaults = tinosFiles();
  const face = (Object.keys(defaults) as FaceName[]).find((f) => defaults[f] === file);
  const entry = face && m.faces[face];
  if (!face || !entry || entry.source !== basename(file) || entry.sourceBytes !== statSync(file).size) return null;
  const dir = join(packageRoot(), 'dist', 'font-subsets');
  return { bytes: readFileSync(join(dir, `${face}.ttf`)), compressed: readFileSync(join(dir, `${face}.ttf.deflate`)), repertoire: REPERTOIRE };
}

/**
 * Subsets are made once per font file and repertoire and kept for the run of the program. Font
 * files are read synchronously: an asynchronous read waited in libuv's thread pool behind
 * WebAssembly compilation. Buffers, because subset-font detects the format with Buffer methods.
 */
const prepared = new Map<string, Promise<PreparedFont>>();

function prepareFont(file: string, chars: string): Promise<PreparedFont> {
  const extra = [...new Set(chars)].filter((c) => !REPERTOIRE.includes(c)).sort().join('');
  const key = `${file}\u0000${extra}`;
  let p = prepared.get(key);
  if (!p) {
    const ready = extra === '' ? prebuilt(file) : null;
    prepared.set(key, (p = ready ? Promise.resolve(ready) : subsetAtRunTime(file, REPERTOIRE + extra)));
  }
  return p;
}

async function subsetAtRunTime(file: string, repertoire: string): Promise<PreparedFont> {
  const { default: subsetFont } = await import('subset-font');
  const bytes = new Uint8Array(await subsetFont(readFileSync(file), repertoire, { targetFormat: 'sfnt' }));
  return { bytes, compressed: deflateSync(bytes, { level: 6 }), repertoire };
}

const FALLBACK_NAMES: Record<FaceName, string> = { regular: 'Tinos', bold: 'Tinos-Bold', italic: 'Tinos-Italic', boldItalic: 'Tinos-BoldItalic' };

export async function embedFonts(pdf: PDFDocument, doc: PagedDocument, files: FontFiles, usedGlyphsOnly = false): Promise<Map<FaceName, EmbeddedFont>> {
  const out = new Map<FaceName, EmbeddedFont>();
  for (const [name, chars] of charactersByFace(doc)) {
    const font = await prepareFont(files[name], chars);
    out.set(name, embedTrueType(pdf, font, chars, FALLBACK_NAMES[name], name === 'italic' || name === 'boldItalic', usedGlyphsOnly));
  }
  return out;
}
