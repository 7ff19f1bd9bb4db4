// Stage: layout (flow). A paragraph in a named style → one slice per line, with the style's
// spacing, and widow/orphan control (no first or last line left alone on a page); a paragraph
// kept together, or kept with the next one, never splits.
import type { Align, ParagraphStyle } from '../../model/theme.js';
import { mmAsStoredPt, twipsToPt } from '../../model/units.js';
import type { Inline } from '../../model/types.js';
import { breakLines } from '../text/break-lines.js';
import { baselinePt, italicReservePt, lineHeightPt, singleLineTw } from '../text/line-metrics.js';
import { inlinesToPieces } from '../text/pieces.js';
import { placeLine } from '../text/place-line.js';
import type { TextMetrics } from '../types.js';
import type { Slice } from './slice.js';

export function paragraphSlices(inlines: readonly Inline[], style: ParagraphStyle, widthPt: number, metrics: TextMetrics, align: Align = style.align): Slice[] {
  const face = { bold: style.bold, italic: style.italic };
  // indents as the DOCX stores them: first line, or a hanging indent (left, less the hanging part)
  const hanging = style.hangingIndentMm > 0;
  const restPt = hanging ? mmAsStoredPt(style.firstLineIndentMm + style.hangingIndentMm) : 0;
  const indentPt = hanging ? restPt - mmAsStoredPt(style.hangingIndentMm) : mmAsStoredPt(style.firstLineIndentMm);
  const reserve = (sizePt: number) => italicReservePt(sizePt, metrics);
  const pieces = inlinesToPieces(inlines, face, style.sizePt);
  const lines = breakLines(pieces, { widthPt, firstLineIndentPt: indentPt, restIndentPt: restPt, sizePt: style.sizePt, italicReservePt: reserve }, metrics.measure);
  const n = lines.length;
  return lines.map((line, i) => {
    const heightPt = lineHeightPt(line.sizePt, style, metrics);
    const baseline = baselinePt(line.sizePt, metrics);
    return {
      heightPt,
      overhangPt: Math.max(0, heightPt - twipsToPt(singleLineTw(line.sizePt, metrics))),
      spaceBeforePt: i === 0 ? style.spaceBeforePt : 0,
      spaceAfterPt: i === n - 1 ? style.spaceAfterPt : 0,
      // a paragraph kept with the next one is kept whole, as LibreOffice and Word keep it (its
      // keep-with-next makes it unsplittable); any other keeps its first two lines together
      // (orphans) and its last two (widows)
      keepWithNext: i < n - 1 ? style.keepWithNext || style.keepLines || i === 0 || i === n - 2 : style.keepWithNext,
      items: placeLine(line, align, line.first ? indentPt : restPt, baseline),
    };
  });
}
