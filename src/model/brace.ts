// Stage: model. The geometry of a brace group that both writers share: its columns and the
// drawn brace's size. The brace is a drawing, not text, so Word and LibreOffice cannot stretch it
// to the lines; both writers size it from the same estimate of the lines' height.
import { inlineText } from './text.js';
import type { ParagraphStyle } from './theme.js';
import type { Brace, Inline } from './types.js';

/** Widths of a brace group's columns: lines, brace, label (relative). */
export const BRACE_WIDTHS = [66, 6, 28] as const;

/** A brace is this many ems of its style's size tall per line it groups. */
export const BRACE_LINE_EM = 1.15;

type Measure = (text: string, face: { bold: boolean; italic: boolean }, sizePt: number) => number;

/** Lines the grouped text takes in a column `widthPt` wide (each paragraph's width over the column's). */
export function braceLineCount(brace: Brace, style: ParagraphStyle, widthPt: number, measure: Measure): number {
  const text = (b: Brace['children'][number]): Inline[] => (b.type === 'paragraph' ? b.children : b.type === 'item' ? [{ type: 'text', value: `${b.marker} ` }, ...b.children] : []);
  return brace.children.reduce((n, b) => n + Math.max(1, Math.ceil(measure(inlineText(text(b)), { bold: style.bold, italic: style.italic }, style.sizePt) / widthPt)), 0);
}

/** The brace's drawn size: as tall as its lines, a few points wide. */
export function braceSizePt(lines: number, style: ParagraphStyle, columnPt: number): { widthPt: number; heightPt: number } {
  return { widthPt: Math.min(columnPt * 0.6, 8), heightPt: lines * style.sizePt * BRACE_LINE_EM };
}
