// Stage: model. Where each table cell sits: its first column, counting cells that span down from
// rows above. Shared by the markup checker and every writer.
import type { Table } from './types.js';

export interface CellPlacement {
  row: number;
  /** First column the cell covers (0-based). */
  column: number;
}

/** Start column of every cell, row by row; `null` when a row does not tile the columns exactly. */
export function placeCells(table: Table): CellPlacement[][] | { error: string } {
  const columns = table.widths.length;
  const carried = new Array<number>(columns).fill(0);
  const out: CellPlacement[][] = [];
  for (const [r, row] of table.children.entries()) {
    const placed: CellPlacement[] = [];
    let col = 0;
    const skip = () => {
      while (col < columns && carried[col]! > 0) col++;
    };
    for (const cell of row.children) {
      skip();
      if (col + cell.colSpan > columns) return { error: `table row ${r + 1} has more cells than the ${columns} columns` };
      placed.push({ row: r, column: col });
      for (let k = 0; k < cell.colSpan; k++) carried[col + k] = cell.rowSpan;
      col += cell.colSpan;
    }
    skip();
    if (col !== columns) return { error: `table row ${r + 1} covers ${col} of ${columns} columns` };
    for (let k = 0; k < columns; k++) carried[k] = Math.max(0, carried[k]! - 1);
    out.push(placed);
  }
  if (carried.some((c) => c > 0)) return { error: 'a cell spans below the last row of the table' };
  return out;
}
