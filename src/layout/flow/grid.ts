// Stage: layout (flow). A borderless layout grid → one slice per row (split only when taller than a page): each
// cell's blocks stacked in its column, the row as tall as its tallest cell.
import type { Block, Grid } from '../../model/types.js';
import { columnWidthsTw, ptToTwips, twipsToPt } from '../../model/units.js';
import type { FlowContext } from './context.js';
import { shift, stack, type Slice } from './slice.js';
import { rowLines, splitter } from './split-row.js';

type Convert = (blocks: readonly Block[], ctx: FlowContext) => Slice[];

export function gridSlices(grid: Grid, ctx: FlowContext, convert: Convert): Slice[] {
  const widths = columnWidthsTw(grid.widths, ptToTwips(ctx.widthPt)).map(twipsToPt);
  const lefts = widths.map((_, i) => widths.slice(0, i).reduce((a, b) => a + b, 0));
  return grid.children.map((row) => {
    const converted = row.children.map((cell, i) => convert(cell.children, { ...ctx, widthPt: widths[i]! }));
    const cells = converted.map(stack);
    const lines = converted.map((slices, i) => ({ leftPt: lefts[i]!, rightPt: lefts[i]! + widths[i]!, lines: rowLines(slices) }));
    return {
      heightPt: Math.max(0, ...cells.map((c) => c.heightPt)),
      spaceBeforePt: 0,
      spaceAfterPt: 0,
      keepWithNext: grid.keepWithNext === true,
      items: cells.flatMap((c, i) => shift(c.items, lefts[i]!, 0)),
      // a row taller than a page (a very long list of recipients) is cut between its lines
      split: splitter(lines, { padXPt: 0, padYPt: 0, borderPt: null }, {}),
    };
  });
}
