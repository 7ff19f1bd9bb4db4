// Stage: layout (text). The vertical metrics of a line, rounded as LibreOffice rounds them when it
// lays out a Word document (measured on its output: lines of 10 to 16 pt at 1, 1.15 and 1.25
// spacing; see test/unit/layout/line-metrics.test.ts): whole twips everywhere.
import type { ParagraphStyle } from '../../model/theme.js';
import { twipsToPt } from '../../model/units.js';
import type { TextMetrics } from '../types.js';

/** A single line of the font at this size (ascender + descender + line gap), in whole twips. */
export const singleLineTw = (sizePt: number, metrics: TextMetrics): number => Math.round(sizePt * 20 * metrics.lineHeightEm);

/**
 * Line height of a paragraph style: "multiple" spacing is stored in 240ths of a line (276 for
 * 1.15), read as a whole percentage, and the single line scaled by it is rounded down.
 */
export function lineHeightPt(sizePt: number, style: Pick<ParagraphStyle, 'lineSpacing'>, metrics: TextMetrics): number {
  const percent = Math.floor((Math.round(style.lineSpacing * 240) * 100) / 240);
  return twipsToPt(Math.floor((singleLineTw(sizePt, metrics) * percent) / 100));
}

/** Baseline below the top of the line: the line gap goes above the ascender, extra spacing below. */
export const baselinePt = (sizePt: number, metrics: TextMetrics): number => sizePt * (metrics.lineGapEm + metrics.ascentEm);

/**
 * Room LibreOffice keeps free at the end of a line after italic text (a slanted last letter
 * leans out of its advance): a twelfth of the font's line height, in whole twips. Its lines of
 * italic text therefore break one word earlier when they would end within about 1.3 pt (14 pt
 * text) of the margin.
 */
export const italicReservePt = (sizePt: number, metrics: TextMetrics): number => twipsToPt(Math.floor(singleLineTw(sizePt, metrics) / 12));
