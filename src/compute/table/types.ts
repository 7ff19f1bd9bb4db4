// Stage: compute (tables). The table specification derived from an appendix's columns.
import type { Where } from '../../diag/index.js';
import type { ColumnAllow, ColumnType } from '../../plan/types.js';
import type { Expr } from '../expr/types.js';

export interface LeafColumn {
  key: string;
  /** Header text as the plan wrote it ({each} already replaced). */
  header: string;
  type: ColumnType;
  decimals: number;
  width: number;
  formula: { text: string; expr: Expr; where: Where } | null;
  given: boolean;
  total: 'sum' | 'formula' | 'none';
  goal: string | null;
  /** Header name to look for in a data file. */
  from: string;
  /** Next year's plan starts this column from this year's values of that column. */
  rollover: string | null;
  /** Beyond the usual: empty cells, counts below 0, rates above 100. */
  allow: readonly ColumnAllow[];
  /** Where the column is declared (for messages). */
  where: Where;
}

export interface HeaderCell {
  text: string;
  colSpan: number;
  rowSpan: number;
}

export interface TableSpec {
  columns: LeafColumn[];
  /** One or two header rows (two when the table has column groups). */
  header: HeaderCell[][];
  /** Columns whose values the rows give: no formula, or a formula with `given`. */
  inputs: LeafColumn[];
}
