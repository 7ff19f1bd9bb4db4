// Stage: compute (tables). What a data file reader returns: a header row and data rows, each
// with the line (CSV) or row number (XLSX) it came from, and every cell as the file has it.
import type { Msg } from '../../diag/index.js';
import type { Exact } from '../../util/exact.js';

/** A number cell of a workbook: its exact value, and whether Excel shows it as a percent (93,65 %). */
export interface NumberCell {
  number: Exact;
  percent: boolean;
}

/** A cell that cannot be read as it stands (a formula Excel never computed), with what to do. */
export interface CellProblem {
  problem: Msg;
  hints: Msg[];
}

/** Text (typed, or a CSV field), a number cell, nothing, or a problem found while reading. */
export type GridCell = string | null | NumberCell | CellProblem;

export interface DataGrid {
  header: string[];
  headerLine: number;
  rows: { line: number; cells: GridCell[] }[];
  /** Every row must have as many fields as the header (CSV; a workbook has no fields to miscount). */
  fieldsMatchHeader: boolean;
}
