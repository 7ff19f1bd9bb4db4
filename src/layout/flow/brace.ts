// Stage: layout (flow). A brace group → one slice: the grouped lines stacked in the first column,
// a right brace drawn in the second (short line segments along the curve of Word's "rightBrace"
// shape), the label in the third, centred on the lines.
import { BRACE_WIDTHS, braceLineCount, braceSizePt } from '../../model/brace.js';
import type { Block, Brace } from '../../model/types.js';
import { columnWidthsTw, ptToTwips, twipsToPt } from '../../model/units.js';
import type { PlacedItem, PlacedLine } from '../types.js';
import type { FlowContext } from './context.js';
import { paragraphSlices } from './paragraph.js';
import { shift, stack, type Slice } from './slice.js';

type Convert = (blocks: readonly Block[], ctx: FlowContext) => Slice[];

const STEPS = 8;

/** A quarter curve from (x0,y0) to (x1,y1), bending like a brace's hook, as line segments. */
function curve(x0: number, y0: number, cx: number, cy: number, x1: number, y1: number, thicknessPt: number): PlacedLine[] {
  const at = (t: number) => ({ x: (1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t ** 2 * x1, y: (1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t ** 2 * y1 });
  return Array.from({ length: STEPS }, (_, i) => {
    const a = at(i / STEPS);
    const b = at((i + 1) / STEPS);
    return { type: 'line', x1Pt: a.x, y1Pt: a.y, x2Pt: b.x, y2Pt: b.y, thicknessPt };
  });
}

/** The outline of a right brace `w` wide and `h` tall, from the top left corner. */
export function bracePath(w: number, h: number, thicknessPt = 0.75): PlacedLine[] {
  const r = Math.min(w / 2, h / 12);
  const mid = w / 2;
  const line = (y1: number, y2: number): PlacedLine => ({ type: 'line', x1Pt: mid, y1Pt: y1, x2Pt: mid, y2Pt: y2, thicknessPt });
  return [
    ...curve(0, 0, mid, 0, mid, r, thicknessPt),
    line(r, h / 2 - r),
    ...curve(mid, h / 2 - r, mid, h / 2, w, h / 2, thicknessPt),
    ...curve(w, h / 2, mid, h / 2, mid, h / 2 + r, thicknessPt),
    line(h / 2 + r, h - r),
    ...curve(mid, h - r, mid, h, 0, h, thicknessPt),
  ];
}

export function braceSlices(brace: Brace, ctx: FlowContext, convert: Convert): Slice[] {
  const [linesW, braceW, labelW] = columnWidthsTw(BRACE_WIDTHS, ptToTwips(ctx.widthPt)).map(twipsToPt) as [number, number, number];
  const style = ctx.theme.paragraphStyles[brace.style];
  if (!style) throw new Error(`style ${brace.style} reached layout but is not in the theme`);
  const lines = stack(convert(brace.children, { ...ctx, widthPt: linesW }));
  const label = stack(paragraphSlices(brace.label, style, labelW, ctx.metrics));
  const size = braceSizePt(braceLineCount(brace, style, linesW, ctx.metrics.measure), style, braceW);
  const heightPt = Math.max(lines.heightPt, label.heightPt);
  const items: PlacedItem[] = [
    ...lines.items,
    ...shift(bracePath(size.widthPt, size.heightPt), linesW, 0),
    ...shift(label.items, linesW + braceW, (heightPt - label.heightPt) / 2),
  ];
  return [{ heightPt, spaceBeforePt: 0, spaceAfterPt: 0, keepWithNext: false, items }];
}
