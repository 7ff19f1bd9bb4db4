// Stage: layout (table). A data table → one slice per row (rows split only when taller than a
// page, see flow/split-row.ts). A cell spanning
// rows is drawn with the first of them; header rows are marked so that pagination repeats them
// at the top of every page the table continues on, and the last header row keeps with the first
// body row.
import type { Table } from '../../model/types.js';
import type { FlowContext } from '../flow/context.js';
import type { Slice } from '../flow/slice.js';
import { splitter } from '../flow/split-row.js';
import type { PlacedItem } from '../types.js';
import { measureTable, type MeasuredCell, type MeasuredTable } from './measure.js';

/** A cell's text and borders, moved by (dx, dy) from the row's top-left corner. */
function cellItems(cell: MeasuredCell, m: MeasuredTable, borderPt: number, dx: number, dy: number, out: PlacedItem[]): void {
  const x0 = m.lefts[cell.column]!;
  const x1 = x0 + m.widths.slice(cell.column, cell.column + cell.colSpan).reduce((a, b) => a + b, 0);
  const h = m.rowHeights.slice(cell.row, cell.row + cell.rowSpan).reduce((a, b) => a + b, 0);
  const top = m.borderPt + (h - m.borderPt - cell.contentHeightPt) / 2; // vertically centred below the top border
  const textX = x0 + m.padXPt;
  // (sums in this order: the same figures as moving the line into the cell, then the row onto the page)
  for (const l of cell.lines)
    for (const i of l.items) {
      if (i.type === 'text') out.push({ type: 'text', xPt: i.xPt + textX + dx, yPt: i.yPt + l.topPt + top + dy, text: i.text, face: i.face, sizePt: i.sizePt });
      else out.push({ type: i.type, x1Pt: i.x1Pt + textX + dx, y1Pt: i.y1Pt + l.topPt + top + dy, x2Pt: i.x2Pt + textX + dx, y2Pt: i.y2Pt + l.topPt + top + dy, thicknessPt: i.thicknessPt });
    }
  out.push({ type: 'box', x1Pt: x0 + dx, y1Pt: 0 + dy, x2Pt: x1 + dx, y2Pt: h + dy, thicknessPt: borderPt });
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
    const cells = () => byRow[r]!.map((c) => ({ leftPt: m.lefts[c.column]!, rightPt: m.lefts[c.column]! + m.widths.slice(c.column, c.column + c.colSpan).reduce((a, b) => a + b, 0), lines: c.lines }));
    return {
      heightPt: m.rowHeights[r]!,
      spaceBeforePt: 0,
      spaceAfterPt: 0,
      keepWithNext: row.kind === 'header',
      // made when the row is placed (pagination copies them to the page): on a long appendix,
      // items kept for every row until then were copied by the garbage collector again and again
      get items() {
        return this.placed!(0, 0);
      },
      placed: (dx: number, dy: number) => {
        const out: PlacedItem[] = [];
        for (const c of byRow[r]!) cellItems(c, m, ctx.theme.table.borderPt, dx, dy, out);
        return out;
      },
      table: tableInfo,
      // a row taller than a page is cut at line boundaries (header rows repeat, so they never are)
      ...(spanned[r] || tableInfo.header ? {} : { split: (maxHeightPt: number) => splitter(cells(), style, { table: tableInfo })(maxHeightPt) }),
    };
  });
}
