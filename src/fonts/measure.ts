// Fonts. The measuring function every layout decision uses: measure(text, face, sizePt) → widthPt.
// By default the metrics are Tinos's, which match Times New Roman's (the font ND30 prescribes).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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
  const require = createRequire(import.meta.url);
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

export function createMeasure(files: FontFiles = tinosFiles()): Measure {
  return (text, face, sizePt) => {
    const m = metricsOf(files[faceName(face)]);
    let units = 0;
    for (const ch of text) units += m.advance(ch.codePointAt(0)!);
    return (units / m.unitsPerEm) * sizePt;
  };
}
