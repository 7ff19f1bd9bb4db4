// Stage: layout (table). Column widths scaled to the box, each cell's text broken into lines in
// its column(s), and row heights: a row is as tall as its tallest single-row cell, and a cell
// spanning rows stretches the last of them when it needs more room.
import { TABLE_ROW_STYLES, tableTextSizePt } from '../../model/theme.js';
import { columnWidthsTw, mmToTwips, ptToTwips, storedBorderPt, twipsToPt } from '../../model/units.js';
import { placeCells } from '../../model/table-grid.js';
import type { Table } from '../../model/types.js';
import { paragraphSlices } from '../flow/paragraph.js';
import { stackTops } from '../flow/slice.js';
import { rowLines, type RowLine } from '../flow/split-row.js';
import type { FlowContext } from '../flow/context.js';


export interface MeasuredCell {
  row: number;
  column: number;
  colSpan: number;
  rowSpan: number;
  contentHeightPt: number;
  /** The content line by line, from the cell's inner top-left corner (also for cutting a row taller than a page). */
  lines: RowLine[];
}

export interface MeasuredTable {
  lefts: number[];
  widths: number[];
  rowHeights: number[];
  cells: MeasuredCell[];
  padXPt: number;
  padYPt: number;
  /** Width of the borders, which Word and LibreOffice add above each row's top margin. */
  borderPt: number;
}

export function measureTable(table: Table, ctx: FlowContext): MeasuredTable {
  const widths = columnWidthsTw(table.widths, ptToTwips(ctx.widthPt)).map(twipsToPt);
  const lefts = widths.map((_, i) => widths.slice(0, i).reduce((a, b) => a + b, 0));
  // cell margins as the DOCX stores them: the padding left and right, half of it above and below
  const padTw = mmToTwips(ctx.theme.table.cellPaddingMm);
  const padXPt = twipsToPt(padTw);
  const padYPt = twipsToPt(Math.round(padTw / 2));
  const placed = placeCells(table);
  if ('error' in placed) throw new Error(`invalid table reached layout: ${placed.error}`);
  const cells: MeasuredCell[] = table.children.flatMap((row, r) =>
    row.children.map((cell, c) => {
      const { column } = placed[r]![c]!;
      const inner = widths.slice(column, column + cell.colSpan).reduce((a, b) => a + b, 0) - 2 * padXPt;
      const base = ctx.theme.paragraphStyles[TABLE_ROW_STYLES[row.kind]]!;
      const style = table.textScale === undefined ? base : { ...base, sizePt: tableTextSizePt(base.sizePt, table.textScale) };
      const slices = paragraphSlices(cell.children, style, inner, ctx.metrics, cell.align);
      return { row: r, column, colSpan: cell.colSpan, rowSpan: cell.rowSpan, contentHeightPt: stackTops(slices).heightPt, lines: rowLines(slices) };
    }),
  );
  // a row: its top border, the margins, and its tallest cell (borders in whole eighths of a point)
  const borderPt = storedBorderPt(ctx.theme.table.borderPt);
  const rowHeights = table.children.map(() => 0);
  for (const c of cells) if (c.rowSpan === 1) rowHeights[c.row] = Math.max(rowHeights[c.row]!, borderPt + c.contentHeightPt + 2 * padYPt);
  for (const c of cells.filter((x) => x.rowSpan > 1)) {
    const spanned = rowHeights.slice(c.row, c.row + c.rowSpan).reduce((a, b) => a + b, 0);
    const need = borderPt + c.contentHeightPt + 2 * padYPt;
    if (need > spanned) rowHeights[c.row + c.rowSpan - 1]! += need - spanned;
  }
  return { lefts, widths, rowHeights, cells, padXPt, padYPt, borderPt };
}
