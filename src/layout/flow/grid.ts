// Stage: layout (flow). A borderless layout grid → one slice per row (a row never splits): each
// cell's blocks stacked in its column, the row as tall as its tallest cell.
import type { Block, Grid } from '../../model/types.js';
import type { FlowContext } from './context.js';
import { shift, stack, type Slice } from './slice.js';

type Convert = (blocks: readonly Block[], ctx: FlowContext) => Slice[];

export function gridSlices(grid: Grid, ctx: FlowContext, convert: Convert): Slice[] {
  const total = grid.widths.reduce((a, b) => a + b, 0);
  const widths = grid.widths.map((w) => (w / total) * ctx.widthPt);
  const lefts = widths.map((_, i) => widths.slice(0, i).reduce((a, b) => a + b, 0));
  return grid.children.map((row) => {
    const cells = row.children.map((cell, i) => stack(convert(cell.children, { ...ctx, widthPt: widths[i]! })));
    return {
      heightPt: Math.max(0, ...cells.map((c) => c.heightPt)),
      spaceBeforePt: 0,
      spaceAfterPt: 0,
      keepWithNext: false,
      items: cells.flatMap((c, i) => shift(c.items, lefts[i]!, 0)),
    };
  });
}
