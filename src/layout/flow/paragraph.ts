// Stage: layout (flow). A paragraph in a named style → one slice per line, with the style's
// spacing, and widow/orphan control (no first or last line left alone on a page).
import { PT_PER_MM, type Align, type ParagraphStyle } from '../../model/theme.js';
import type { Inline } from '../../model/types.js';
import { breakLines } from '../text/break-lines.js';
import { inlinesToPieces } from '../text/pieces.js';
import { placeLine } from '../text/place-line.js';
import type { TextMetrics } from '../types.js';
import type { Slice } from './slice.js';


export function lineHeightPt(sizePt: number, style: ParagraphStyle, metrics: TextMetrics): number {
  return sizePt * metrics.lineHeightEm * style.lineSpacing;
}

export function paragraphSlices(inlines: readonly Inline[], style: ParagraphStyle, widthPt: number, metrics: TextMetrics, align: Align = style.align): Slice[] {
  const face = { bold: style.bold, italic: style.italic };
  const indentPt = style.firstLineIndentMm * PT_PER_MM;
  const restPt = style.hangingIndentMm > 0 ? indentPt + style.hangingIndentMm * PT_PER_MM : 0;
  const lines = breakLines(inlinesToPieces(inlines, face, style.sizePt), { widthPt, firstLineIndentPt: indentPt, restIndentPt: restPt, sizePt: style.sizePt }, metrics.measure);
  const n = lines.length;
  return lines.map((line, i) => {
    const heightPt = lineHeightPt(line.sizePt, style, metrics);
    // extra room of "multiple" line spacing is shared above and below the text, as LibreOffice does
    const baseline = line.sizePt * metrics.ascentEm + (heightPt - line.sizePt * metrics.lineHeightEm) / 2;
    return {
      heightPt,
      spaceBeforePt: i === 0 ? style.spaceBeforePt : 0,
      spaceAfterPt: i === n - 1 ? style.spaceAfterPt : 0,
      // orphan (first two lines together), widow (last two together), keep with next
      keepWithNext: (n > 1 && (i === 0 || i === n - 2)) || (i === n - 1 && style.keepWithNext),
      items: placeLine(line, align, line.first ? indentPt : restPt, baseline),
    };
  });
}
