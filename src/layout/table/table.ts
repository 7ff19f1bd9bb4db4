// Stage: layout (table). A data table → one slice per row (rows split only when taller than a
// page, see flow/split-row.ts). A cell spanning
// rows is drawn with the first of them; header rows are marked so that pagination repeats them
// at the top of every page the table continues on, and the last header row keeps with the first
// body row.
import type { Table } from '../../model/types.js';
import type { FlowContext } from '../flow/context.js';
import { shiftTwice, type Slice } from '../flow/slice.js';
import { splitter } from '../flow/split-row.js';
import type { PlacedItem } from '../types.js';
import { measureTable, type MeasuredCell, type MeasuredTable } from './measure.js';

function cellItems(cell: MeasuredCell, m: MeasuredTable, borderPt: number): PlacedItem[] {
  const x0 = m.lefts[cell.column]!;
  const x1 = x0 + m.widths.slice(cell.column, cell.column + cell.colSpan).reduce((a, b) => a + b, 0);
  const h = m.rowHeights.slice(cell.row, cell.row + cell.rowSpan).reduce((a, b) => a + b, 0);
  const top = m.borderPt + (h - m.borderPt - cell.contentHeightPt) / 2; // vertically centred below the top border
  const line = (x1Pt: number, y1Pt: number, x2Pt: number, y2Pt: number): PlacedItem => ({ type: 'line', x1Pt, y1Pt, x2Pt, y2Pt, thicknessPt: borderPt });
  return [
    ...cell.lines.flatMap((l) => shiftTwice(l.items, l.topPt, x0 + m.padXPt, top)),
    line(x0, 0, x1, 0),
    line(x0, h, x1, h),
    line(x0, 0, x0, h),
    line(x1, 0, x1, h),
  ];
}

/** Rows that a cell spanning rows starts in, ends in or passes through: those are never cut. */
function spannedRows(m: MeasuredTable, count: number): boolean[] {
  const spanned = Array.from({ length: count }, () => false);
  for (const c of m.cells) if (c.rowSpan > 1) for (let r = c.row; r < c.row + c.rowSpan; r++) spanned[r] = true;
  return spanned;
}

export function tableSlices(table: Table, ctx: FlowContext): Slice[] {
  const m = measureTable(table, ctx);
  const id = ctx.nextTableId();
  const headerRows = table.children.filter((r) => r.kind === 'header').length;
  const byRow = table.children.map((): MeasuredCell[] => []);
  for (const c of m.cells) byRow[c.row]!.push(c);
  const spanned = spannedRows(m, table.children.length);
  const style = { padXPt: m.padXPt, padYPt: m.padYPt, borderPt: ctx.theme.table.borderPt };
  return table.children.map((row, r) => {
    const tableInfo = { id, header: r < headerRows && row.kind === 'header' };
    const cells = byRow[r]!.map((c) => ({ leftPt: m.lefts[c.column]!, rightPt: m.lefts[c.column]! + m.widths.slice(c.column, c.column + c.colSpan).reduce((a, b) => a + b, 0), lines: c.lines }));
    return {
      heightPt: m.rowHeights[r]!,
      spaceBeforePt: 0,
      spaceAfterPt: 0,
      keepWithNext: row.kind === 'header',
      items: byRow[r]!.flatMap((c) => cellItems(c, m, ctx.theme.table.borderPt)),
      table: tableInfo,
      // a row taller than a page is cut at line boundaries (header rows repeat, so they never are)
      ...(spanned[r] || tableInfo.header ? {} : { split: splitter(cells, style, { table: tableInfo }) }),
    };
  });
}
