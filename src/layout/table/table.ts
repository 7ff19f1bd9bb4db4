// Stage: layout (table). A data table → one slice per row (rows never split). A cell spanning
// rows is drawn with the first of them; header rows are marked so that pagination repeats them
// at the top of every page the table continues on, and the last header row keeps with the first
// body row.
import type { Table } from '../../model/types.js';
import type { FlowContext } from '../flow/context.js';
import { shift, type Slice } from '../flow/slice.js';
import type { PlacedItem } from '../types.js';
import { measureTable, type MeasuredCell, type MeasuredTable } from './measure.js';

function cellItems(cell: MeasuredCell, m: MeasuredTable, borderPt: number): PlacedItem[] {
  const x0 = m.lefts[cell.column]!;
  const x1 = x0 + m.widths.slice(cell.column, cell.column + cell.colSpan).reduce((a, b) => a + b, 0);
  const h = m.rowHeights.slice(cell.row, cell.row + cell.rowSpan).reduce((a, b) => a + b, 0);
  const top = (h - cell.contentHeightPt) / 2; // vertically centred
  const line = (x1Pt: number, y1Pt: number, x2Pt: number, y2Pt: number): PlacedItem => ({ type: 'line', x1Pt, y1Pt, x2Pt, y2Pt, thicknessPt: borderPt });
  return [
    ...shift(cell.items, x0 + m.padXPt, top),
    line(x0, 0, x1, 0),
    line(x0, h, x1, h),
    line(x0, 0, x0, h),
    line(x1, 0, x1, h),
  ];
}

export function tableSlices(table: Table, ctx: FlowContext): Slice[] {
  const m = measureTable(table, ctx);
  const id = ctx.nextTableId();
  const headerRows = table.children.filter((r) => r.kind === 'header').length;
  const byRow = table.children.map((): MeasuredCell[] => []);
  for (const c of m.cells) byRow[c.row]!.push(c);
  return table.children.map((row, r) => ({
    heightPt: m.rowHeights[r]!,
    spaceBeforePt: 0,
    spaceAfterPt: 0,
    keepWithNext: row.kind === 'header',
    items: byRow[r]!.flatMap((c) => cellItems(c, m, ctx.theme.table.borderPt)),
    table: { id, header: r < headerRows && row.kind === 'header' },
  }));
}
