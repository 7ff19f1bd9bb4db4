// Stage: markup. The table constructs: width lists, `::cell [left|center|right] [span=N]
// [rows=N] | text`, and the check that spans tile every row exactly.
import type { CellAlign, Table, TableCell } from '../model/types.js';
import { placeCells } from '../model/table-grid.js';
import { parseInlines } from './inline.js';

type Fail = (message: string) => never;

export function parseWidths(args: string[], fail: Fail): number[] {
  const widths = args.map(Number);
  if (widths.length === 0 || widths.some((w) => !(w > 0))) fail('expected positive column widths');
  return widths;
}

export function parseTableCell(rest: string, fail: Fail): TableCell {
  const bar = rest.indexOf('|');
  if (bar < 0) fail('a table ::cell needs "| text" (the text may be empty)');
  const attrs = rest.slice(0, bar).trim().split(/\s+/).filter(Boolean);
  const cell: TableCell = { type: 'tableCell', colSpan: 1, rowSpan: 1, align: 'left', children: parseInlines(rest.slice(bar + 1).trim()) };
  for (const a of attrs) {
    if (a === 'left' || a === 'center' || a === 'right') cell.align = a as CellAlign;
    else if (/^span=\d+$/.test(a)) cell.colSpan = Number(a.slice(5));
    else if (/^rows=\d+$/.test(a)) cell.rowSpan = Number(a.slice(5));
    else fail(`unknown cell attribute ${JSON.stringify(a)}`);
  }
  if (cell.colSpan < 1 || cell.rowSpan < 1) fail('spans must be at least 1');
  return cell;
}

/** Every row must cover the table's columns exactly once, counting cells spanning down from above. */
export function checkTableShape(table: Table, fail: Fail): void {
  const placed = placeCells(table);
  if ('error' in placed) fail(placed.error);
}
