// Stage: pdf. A TrueType font with the outlines of some glyphs only, the others left empty: same
// glyph ids, same advances and tables otherwise, so that text encoded for the whole font draws
// the same. For a PDF that draws a few words (the studio's patches of a page): a reader then
// reads a few outlines instead of the face's whole repertoire.

interface Table {
  tag: string;
  bytes: Uint8Array;
}

const ARG_WORDS = 0x1;
const HAS_SCALE = 0x8;
const MORE_COMPONENTS = 0x20;
const XY_SCALE = 0x40;
const TWO_BY_TWO = 0x80;

/** The glyphs a composite glyph is built from (its components' ids). */
function components(glyph: DataView): number[] {
  if (glyph.byteLength < 10 || glyph.getInt16(0) >= 0) return [];
  const out: number[] = [];
  let at = 10;
  for (;;) {
    const flags = glyph.getUint16(at);
    out.push(glyph.getUint16(at + 2));
    at += 4 + (flags & ARG_WORDS ? 4 : 2) + (flags & HAS_SCALE ? 2 : flags & XY_SCALE ? 4 : flags & TWO_BY_TWO ? 8 : 0);
    if (!(flags & MORE_COMPONENTS) || at + 4 > glyph.byteLength) return out;
  }
}

const checksum = (b: Uint8Array): number => {
  const padded = new Uint8Array((b.length + 3) & ~3);
  padded.set(b);
  const v = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + v.getUint32(i)) >>> 0;
  return sum;
};

/** `font` with the outlines of `keep` (and of .notdef and the glyphs they are built from) only. */
export function stripGlyphs(font: Uint8Array, keep: Iterable<number>): Uint8Array {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables: Table[] = [];
  for (let i = 0; i < view.getUint16(4); i++) {
    const rec = 12 + 16 * i;
    const tag = String.fromCharCode(...font.subarray(rec, rec + 4));
    const offset = view.getUint32(rec + 8);
    tables.push({ tag, bytes: font.subarray(offset, offset + view.getUint32(rec + 12)) });
  }
  const get = (tag: string) => tables.find((t) => t.tag === tag);
  const head = get('head');
  const loca = get('loca');
  const glyf = get('glyf');
  const maxp = get('maxp');
  if (!head || !loca || !glyf || !maxp) return font; // not TrueType outlines: kept whole
  const long = new DataView(head.bytes.buffer, head.bytes.byteOffset).getInt16(50) === 1;
  const locaView = new DataView(loca.bytes.buffer, loca.bytes.byteOffset, loca.bytes.byteLength);
  const at = (g: number) => (long ? locaView.getUint32(4 * g) : 2 * locaView.getUint16(2 * g));
  const count = new DataView(maxp.bytes.buffer, maxp.bytes.byteOffset).getUint16(4);
  const glyphOf = (g: number) => glyf.bytes.subarray(at(g), at(g + 1));

  const kept = new Set<number>([0]);
  const queue = [0, ...keep].filter((g) => g >= 0 && g < count);
  while (queue.length > 0) {
    const g = queue.pop()!;
    kept.add(g);
    const data = glyphOf(g);
    for (const c of components(new DataView(data.buffer, data.byteOffset, data.byteLength))) if (c < count && !kept.has(c)) queue.push(c);
  }

  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  let size = 0;
  for (let g = 0; g < count; g++) {
    offsets.push(size);
    if (!kept.has(g)) continue;
    const data = glyphOf(g);
    const padded = (data.length + 3) & ~3;
    const copy = new Uint8Array(padded);
    copy.set(data);
    parts.push(copy);
    size += padded;
  }
  offsets.push(size);
  const newGlyf = new Uint8Array(size);
  let o = 0;
  for (const p of parts) newGlyf.set(p, (o += p.length) - p.length);
  const newLoca = new Uint8Array(offsets.length * (long ? 4 : 2));
  const lv = new DataView(newLoca.buffer);
  offsets.forEach((off, i) => (long ? lv.setUint32(4 * i, off) : lv.setUint16(2 * i, off / 2)));

  const out = tables.map((t) => (t.tag === 'glyf' ? { tag: t.tag, bytes: newGlyf } : t.tag === 'loca' ? { tag: t.tag, bytes: newLoca } : t.tag === 'head' ? { tag: t.tag, bytes: Uint8Array.from(t.bytes) } : t));
  const headerSize = 12 + 16 * out.length;
  const total = out.reduce((n, t) => n + ((t.bytes.length + 3) & ~3), headerSize);
  const bytes = new Uint8Array(total);
  const v = new DataView(bytes.buffer);
  bytes.set(font.subarray(0, 12));
  let offset = headerSize;
  let headAt = -1;
  out.forEach((t, i) => {
    const rec = 12 + 16 * i;
    for (let k = 0; k < 4; k++) bytes[rec + k] = t.tag.charCodeAt(k);
    if (t.tag === 'head') {
      headAt = offset;
      new DataView(t.bytes.buffer).setUint32(8, 0); // checkSumAdjustment, set below
    }
    v.setUint32(rec + 4, checksum(t.bytes));
    v.setUint32(rec + 8, offset);
    v.setUint32(rec + 12, t.bytes.length);
    bytes.set(t.bytes, offset);
    offset += (t.bytes.length + 3) & ~3;
  });
  if (headAt >= 0) v.setUint32(headAt + 8, (0xb1b0afba - checksum(bytes)) >>> 0);
  return bytes;
}
