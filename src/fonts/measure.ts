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
  /** Baseline below the top of a single line (the line gap goes below), as a multiple of the font size. */
  ascentEm: number;
  /** Descent below the baseline, as a multiple of the font size. */
  descentEm: number;
}

export function createTextMetrics(files: FontFiles = tinosFiles()): TextMetrics {
  const m = metricsOf(files.regular);
  return {
    measure: createMeasure(files),
    lineHeightEm: (m.ascender - m.descender + m.lineGap) / m.unitsPerEm,
    ascentEm: m.ascender / m.unitsPerEm,
    descentEm: -m.descender / m.unitsPerEm,
  };
}

export function createMeasure(files: FontFiles = tinosFiles()): Measure {
  return (text, face, sizePt) => {
    const m = metricsOf(files[faceName(face)]);
    let units = 0;
    for (const ch of text) units += m.advance(ch.codePointAt(0)!);
    return (units / m.unitsPerEm) * sizePt;
  };
}

/** The Vietnamese alphabet, small letters (upper case: toLocaleUpperCase('vi')). */
export const VIETNAMESE_LETTERS = 'aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệfghiìỉĩíịjklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvwxyỳỷỹýỵz';

/** Characters of `text` that the face's font file cannot draw. */
export function missingCharacters(files: FontFiles, face: FaceName, text: string): string[] {
  const m = metricsOf(files[face]);
  return [...new Set(text)].filter((ch) => /\S/u.test(ch) && !m.has(ch.codePointAt(0)!));
}
