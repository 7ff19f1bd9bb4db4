// Stage: pdf. A (subset) TrueType font → a PDF Type0/CIDFontType2 font with Identity-H encoding,
// built with pdf-lib's low-level objects. Text is encoded glyph by glyph from the font's own
// cmap: no shaping engine, so nothing can substitute or drop a glyph, and a ToUnicode map keeps
// the text extractable. Encoded strings are cached: plans repeat their words.
import { deflateSync } from 'node:zlib';
import { PDFRawStream, PDFString, type PDFDocument } from 'pdf-lib';
import { readTtfMetrics, type FontMetrics } from '../fonts/ttf-metrics.js';
import { stripGlyphs } from './strip-glyphs.js';
import type { EmbeddedFont, PreparedFont } from './types.js';

const metricsCache = new WeakMap<Uint8Array, FontMetrics>();
const metricsOf = (bytes: Uint8Array): FontMetrics => {
  let m = metricsCache.get(bytes);
  if (!m) metricsCache.set(bytes, (m = readTtfMetrics(bytes)));
  return m;
};

const hex4 = (n: number): string => n.toString(16).padStart(4, '0').toUpperCase();

/** A six-letter subset tag derived from the content (PDF requires one; determinism wants it stable). */
function subsetTag(chars: string, name: string): string {
  let h = 2166136261;
  for (const ch of `${name}:${chars}`) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619) >>> 0;
  let tag = '';
  for (let i = 0; i < 6; i++) tag += String.fromCharCode(65 + (h % 26)), (h = Math.floor(h / 26) + i * 7919);
  return tag;
}

/** Encoded texts per font, kept across documents (a batch's plans share most of their words). */
const encoded = new WeakMap<FontMetrics, Map<string, string>>();

/** Text → the glyph ids of its characters in the font, as a hex string for a content stream. */
function encoder(m: FontMetrics): (text: string) => string {
  let cache = encoded.get(m);
  if (!cache) encoded.set(m, (cache = new Map()));
  const known = cache;
  return (text) => {
    let h = known.get(text);
    if (h === undefined) {
      h = '<';
      for (const ch of text) h += hex4(m.glyph(ch.codePointAt(0)!));
      if (known.size >= 100_000) known.clear();
      known.set(text, (h += '>'));
    }
    return h;
  };
}

function toUnicodeCMap(pairs: [number, string][]): string {
  const body = [];
  for (let i = 0; i < pairs.length; i += 100) {
    const chunk = pairs.slice(i, i + 100);
    body.push(`${chunk.length} beginbfchar`, ...chunk.map(([gid, ch]) => `<${hex4(gid)}> <${[...ch].map((c) => hex4(c.charCodeAt(0))).join('')}>`), 'endbfchar');
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...body,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/** The font file with only some glyphs' outlines, deflated: per font, the last few kept (patches repeat). */
const stripped = new WeakMap<Uint8Array, Map<string, { bytes: Uint8Array; compressed: Uint8Array }>>();
function strippedFont(font: PreparedFont, glyphs: number[]): { bytes: Uint8Array; compressed: Uint8Array } {
  let known = stripped.get(font.bytes);
  if (!known) stripped.set(font.bytes, (known = new Map()));
  const key = glyphs.join(',');
  let s = known.get(key);
  if (!s) {
    const bytes = stripGlyphs(font.bytes, glyphs);
    known.set(key, (s = { bytes, compressed: deflateSync(bytes, { level: 1 }) }));
    if (known.size > 16) known.delete(known.keys().next().value!);
  }
  return s;
}

export function embedTrueType(pdf: PDFDocument, font: PreparedFont, chars: string, fallbackName: string, italic: boolean, usedGlyphsOnly = false): EmbeddedFont {
  const m = metricsOf(font.bytes);
  const scale = 1000 / m.unitsPerEm;
  const unique = [...new Set(chars)].sort();
  const glyphs = unique.map((ch) => [m.glyph(ch.codePointAt(0)!), ch] as [number, string]).filter(([g]) => g !== 0).sort((a, b) => a[0] - b[0]);
  const ctx = pdf.context;
  const psName = m.postScriptName ?? fallbackName;
  const name = `${subsetTag(font.repertoire, psName)}+${psName}`;

  // compressed once per subset, at build time for the default fonts (pdf-lib's pako is several times slower)
  const file = usedGlyphsOnly ? strippedFont(font, glyphs.map(([g]) => g)) : font;
  const fontFile = ctx.register(PDFRawStream.of(ctx.obj({ Filter: 'FlateDecode', Length1: file.bytes.length }), file.compressed));
  const descriptor = ctx.register(
    ctx.obj({
      Type: 'FontDescriptor',
      FontName: name,
      Flags: 32 | (italic ? 64 : 0), // nonsymbolic, italic
      FontBBox: m.bbox.map((v) => Math.round(v * scale)),
      ItalicAngle: m.italicAngle,
      Ascent: Math.round(m.ascender * scale),
      Descent: Math.round(m.descender * scale),
      CapHeight: Math.round(m.capHeight * scale),
      StemV: m.weightClass >= 600 ? 120 : 80,
      FontFile2: fontFile,
    }),
  );
  const widths = glyphs.flatMap(([gid]) => [gid, [Math.round(m.glyphAdvance(gid) * scale)]]);
  const cidFont = ctx.register(
    ctx.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: name,
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      W: widths,
      DW: Math.round(m.glyphAdvance(0) * scale),
      CIDToGIDMap: 'Identity',
    }),
  );
  const toUnicode = ctx.register(PDFRawStream.of(ctx.obj({ Filter: 'FlateDecode' }), deflateSync(Buffer.from(toUnicodeCMap(glyphs), 'latin1'), { level: 1 })));
  const ref = ctx.register(ctx.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: name, Encoding: 'Identity-H', DescendantFonts: [cidFont], ToUnicode: toUnicode }));

  return { ref, encode: encoder(m) };
}
