// Fonts. Reads the horizontal advance of each character from a TrueType file (tables head,
// hhea, hmtx, cmap formats 4 and 12): all that measuring text needs, with no dependency.

export interface FontMetrics {
  unitsPerEm: number;
  /** Glyph id of a character in this font (0, .notdef, when it has none). */
  glyph(codePoint: number): number;
  /** Advance width of a glyph, in font units. */
  glyphAdvance(glyphId: number): number;
  /** What a PDF font descriptor needs: bounding box, italic angle, cap height, weight. */
  bbox: [number, number, number, number];
  italicAngle: number;
  capHeight: number;
  weightClass: number;
  /** The font's PostScript name (name table, id 6), or null. */
  postScriptName: string | null;
  /** hhea ascender, descender (negative) and line gap, in font units. */
  ascender: number;
  descender: number;
  lineGap: number;
  /** Advance width of the character in font units (the .notdef advance if the font lacks it). */
  advance(codePoint: number): number;
  has(codePoint: number): boolean;
  /** How far the ink of any glyph reaches, in font units: left of the glyph's origin, right of its
   * advance, above and below the baseline (from the glyf table; the font's box without one). */
  inkReach(): { left: number; right: number; above: number; below: number };
}

export function readTtfMetrics(bytes: Uint8Array): FontMetrics {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, number>();
  const numTables = view.getUint16(4);
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    const tag = String.fromCharCode(...bytes.subarray(rec, rec + 4));
    tables.set(tag, view.getUint32(rec + 8));
  }
  const table = (tag: string): number => {
    const off = tables.get(tag);
    if (off === undefined) throw new Error(`font has no ${tag} table`);
    return off;
  };
  const unitsPerEm = view.getUint16(table('head') + 18);
  const hhea = table('hhea');
  const numberOfHMetrics = view.getUint16(hhea + 34);
  const hmtx = table('hmtx');
  const advanceOfGlyph = (gid: number): number => view.getUint16(hmtx + 4 * Math.min(gid, numberOfHMetrics - 1));
  const glyphOf = cmapLookup(view, table('cmap'));
  const cache = new Map<number, number>();
  const head = table('head');
  const os2 = tables.get('OS/2');
  const post = tables.get('post');
  const ascender = view.getInt16(hhea + 4);
  let reach: ReturnType<FontMetrics['inkReach']> | undefined;
  return {
    unitsPerEm,
    glyph: glyphOf,
    glyphAdvance: advanceOfGlyph,
    bbox: [view.getInt16(head + 36), view.getInt16(head + 38), view.getInt16(head + 40), view.getInt16(head + 42)],
    italicAngle: post === undefined ? 0 : view.getInt32(post + 4) / 65536,
    capHeight: os2 !== undefined && view.getUint16(os2) >= 2 ? view.getInt16(os2 + 88) : ascender,
    weightClass: os2 === undefined ? 400 : view.getUint16(os2 + 4),
    postScriptName: readPostScriptName(view, tables.get('name')),
    ascender,
    descender: view.getInt16(hhea + 6),
    lineGap: view.getInt16(hhea + 8),
    has: (cp) => glyphOf(cp) !== 0,
    inkReach: () => (reach ??= readInkReach(view, tables, advanceOfGlyph)),
    advance(cp) {
      let a = cache.get(cp);
      if (a === undefined) cache.set(cp, (a = advanceOfGlyph(glyphOf(cp))));
      return a;
    },
  };
}

function cmapLookup(view: DataView, cmap: number): (cp: number) => number {
  const count = view.getUint16(cmap + 2);
  let format4 = -1;
  let format12 = -1;
  for (let i = 0; i < count; i++) {
    const platform = view.getUint16(cmap + 4 + i * 8);
    const encoding = view.getUint16(cmap + 6 + i * 8);
    const sub = cmap + view.getUint32(cmap + 8 + i * 8);
    const format = view.getUint16(sub);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12) format12 = sub;
    if (format === 4 && format4 < 0) format4 = sub;
  }
  if (format12 >= 0) return (cp) => lookup12(view, format12, cp);
  if (format4 >= 0) return (cp) => lookup4(view, format4, cp);
  throw new Error('font has no Unicode cmap (format 4 or 12)');
}

function lookup12(view: DataView, sub: number, cp: number): number {
  let lo = 0;
  let hi = view.getUint32(sub + 12) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const g = sub + 16 + mid * 12;
    if (cp < view.getUint32(g)) hi = mid - 1;
    else if (cp > view.getUint32(g + 4)) lo = mid + 1;
    else return view.getUint32(g + 8) + (cp - view.getUint32(g));
  }
  return 0;
}

function lookup4(view: DataView, sub: number, cp: number): number {
  if (cp > 0xffff) return 0;
  const segCount = view.getUint16(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  for (let i = 0; i < segCount; i++) {
    if (cp > view.getUint16(ends + i * 2)) continue;
    const start = view.getUint16(starts + i * 2);
    if (cp < start) return 0;
    const delta = view.getInt16(deltas + i * 2);
    const ro = view.getUint16(rangeOffsets + i * 2);
    if (ro === 0) return (cp + delta) & 0xffff;
    const gid = view.getUint16(rangeOffsets + i * 2 + ro + (cp - start) * 2);
    return gid === 0 ? 0 : (gid + delta) & 0xffff;
  }
  return 0;
}

function readPostScriptName(view: DataView, name: number | undefined): string | null {
  if (name === undefined) return null;
  const count = view.getUint16(name + 2);
  const strings = name + view.getUint16(name + 4);
  for (let i = 0; i < count; i++) {
    const rec = name + 6 + i * 12;
    const [platform, , , nameId, length, offset] = [0, 2, 4, 6, 8, 10].map((o) => view.getUint16(rec + o));
    if (nameId !== 6) continue;
    const at = strings + offset!;
    let out = '';
    if (platform === 3 || platform === 0) for (let k = 0; k < length!; k += 2) out += String.fromCharCode(view.getUint16(at + k));
    else for (let k = 0; k < length!; k++) out += String.fromCharCode(view.getUint8(at + k));
    if (/^[\x21-\x7e]+$/.test(out)) return out;
  }
  return null;
}

/** Every glyph's box (glyf) against its advance (hmtx): how far ink reaches past the boxes text is
 * measured with. A font without glyf (CFF outlines) answers with its head box, from the origin. */
function readInkReach(view: DataView, tables: Map<string, number>, advance: (gid: number) => number): { left: number; right: number; above: number; below: number } {
  const head = tables.get('head')!;
  const box = { left: -view.getInt16(head + 36), right: view.getInt16(head + 40), above: view.getInt16(head + 42), below: -view.getInt16(head + 38) };
  const glyf = tables.get('glyf');
  const loca = tables.get('loca');
  const maxp = tables.get('maxp');
  if (glyf === undefined || loca === undefined || maxp === undefined) return box;
  const long = view.getInt16(head + 50) === 1;
  const at = (g: number) => (long ? view.getUint32(loca + 4 * g) : 2 * view.getUint16(loca + 2 * g));
  const reach = { left: 0, right: 0, above: 0, below: 0 };
  const glyphs = view.getUint16(maxp + 4);
  for (let g = 0; g < glyphs; g++) {
    const off = at(g);
    if (at(g + 1) <= off) continue; // no outline (a space)
    const o = glyf + off;
    reach.left = Math.max(reach.left, -view.getInt16(o + 2));
    reach.below = Math.max(reach.below, -view.getInt16(o + 4));
    reach.right = Math.max(reach.right, view.getInt16(o + 6) - advance(g));
    reach.above = Math.max(reach.above, view.getInt16(o + 8));
  }
  return reach;
}
