// Fonts. The measuring function every layout decision uses: measure(text, face, sizePt) → widthPt.
// By default the metrics are Tinos's, which match Times New Roman's (the font ND30 prescribes).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { packageRoot } from '../util/package-root.js';
import { readTtfMetrics, type FontMetrics } from './ttf-metrics.js';

export interface FontFace {
  bold: boolean;
  italic: boolean;
}

export type Measure = (text: string, face: FontFace, sizePt: number) => number;

export type FaceName = 'regular' | 'bold' | 'italic' | 'boldItalic';
export type FontFiles = Record<FaceName, string>;

export const faceName = (f: FontFace): FaceName => (f.bold ? (f.italic ? 'boldItalic' : 'bold') : f.italic ? 'italic' : 'regular');

/** The Tinos TTF files shipped in @expo-google-fonts/tinos. */
export function tinosFiles(): FontFiles {
  const require = createRequire(`${packageRoot()}/package.json`);
  const dir = require.resolve('@expo-google-fonts/tinos/package.json').replace(/package\.json$/, '');
  return {
    regular: `${dir}400Regular/Tinos_400Regular.ttf`,
    bold: `${dir}700Bold/Tinos_700Bold.ttf`,
    italic: `${dir}400Regular_Italic/Tinos_400Regular_Italic.ttf`,
    boldItalic: `${dir}700Bold_Italic/Tinos_700Bold_Italic.ttf`,
  };
}

const cache = new Map<string, FontMetrics>();
const metricsOf = (file: string): FontMetrics => {
  let m = cache.get(file);
  if (!m) cache.set(file, (m = readTtfMetrics(readFileSync(file))));
  return m;
};

/**
 * What layout needs to know of a font family: widths, and the vertical metrics that make a
 * "single" line (ascender + descender + line gap, as Word and LibreOffice compute it).
 */
export interface TextMetrics {
  measure: Measure;
  /** Single line height as a multiple of the font size (Times New Roman, Tinos: 1.1499). */
  lineHeightEm: number;
  /** Ascender above the baseline, as a multiple of the font size. */
  ascentEm: number;
  /** Descent below the baseline, as a multiple of the font size. */
  descentEm: number;
  /** The font's line gap (external leading), as a multiple of the font size. */
  lineGapEm: number;
}

export function createTextMetrics(files: FontFiles = tinosFiles()): TextMetrics {
  const m = metricsOf(files.regular);
  return {
    measure: createMeasure(files),
    lineHeightEm: (m.ascender - m.descender + m.lineGap) / m.unitsPerEm,
    ascentEm: m.ascender / m.unitsPerEm,
    descentEm: -m.descender / m.unitsPerEm,
    lineGapEm: m.lineGap / m.unitsPerEm,
  };
}

/**
 * LibreOffice lays text out on a virtual device of 8640 dpi (six device pixels to the twip, 120
 * to the point) and rounds each glyph's advance to whole pixels there; a line is full when the
 * sum of those pixels passes its width. Measuring the same way makes our lines break where
 * LibreOffice's do, to the pixel (a plain sum of exact advances drifts by up to a point over a
 * line of narrow letters, and breaks a few lines in a hundred differently).
 */
export const PIXELS_PER_PT = 120;

/** Advances of the BMP characters below this code are kept in arrays, the rest in maps. */
const TABLE_SIZE = 0x2100;

export function createMeasure(files: FontFiles = tinosFiles()): Measure {
  /** Per face and size: advance in device pixels by character code (-1: not looked up yet). */
  const tables = new Map<string, { small: Int32Array; other: Map<number, number> }>();
  const tableOf = (face: FontFace, sizePt: number) => {
    const key = `${faceName(face)}/${sizePt}`;
    let t = tables.get(key);
    if (!t) tables.set(key, (t = { small: new Int32Array(TABLE_SIZE).fill(-1), other: new Map() }));
    return t;
  };
  return (text, face, sizePt) => {
    const t = tableOf(face, sizePt);
    const m = metricsOf(files[faceName(face)]);
    const scale = (sizePt * PIXELS_PER_PT) / m.unitsPerEm;
    let px = 0;
    for (let i = 0; i < text.length; i++) {
      let cp = text.charCodeAt(i);
      if (cp < TABLE_SIZE) {
        let a = t.small[cp]!;
        if (a < 0) t.small[cp] = a = Math.round(m.advance(cp) * scale);
        px += a;
        continue;
      }
      if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < text.length) cp = text.codePointAt(i++)!;
      let a = t.other.get(cp);
      if (a === undefined) t.other.set(cp, (a = Math.round(m.advance(cp) * scale)));
      px += a;
    }
    return px / PIXELS_PER_PT;
  };
}

/** How far the ink of a face's glyphs can reach past a measured run of text, in ems: left of its
 * start, right of its end, above and below the baseline. */
export function inkReachEm(files: FontFiles, face: FontFace): { left: number; right: number; above: number; below: number } {
  const m = metricsOf(files[faceName(face)]);
  const r = m.inkReach();
  return { left: r.left / m.unitsPerEm, right: r.right / m.unitsPerEm, above: r.above / m.unitsPerEm, below: r.below / m.unitsPerEm };
}

/** The Vietnamese alphabet, small letters (upper case: toLocaleUpperCase('vi')). */
export const VIETNAMESE_LETTERS = 'aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệfghiìỉĩíịjklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvwxyỳỷỹýỵz';

/** Characters of `text` that the face's font file cannot draw. */
export function missingCharacters(files: FontFiles, face: FaceName, text: string): string[] {
  const m = metricsOf(files[face]);
  return [...new Set(text)].filter((ch) => /\S/u.test(ch) && !m.has(ch.codePointAt(0)!));
}
