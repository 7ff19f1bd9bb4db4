// Stage: compute. ComputedPlan: the validated plan plus its appendix tables materialised —
// every cell an exact number or text (derived columns computed, totals added), header rows with
// spans. Numbers stay exact here (never rounded); formatting happens in template helpers.
import type { ColumnType, Plan } from '../plan/types.js';
import type { Exact } from '../util/exact.js';
import type { HeaderCell } from './table/types.js';

export type CellKind = 'index' | ColumnType;

export interface ComputedCell {
  kind: CellKind;
  /** null for an empty cell; the STT column holds its number as text. */
  value: string | Exact | null;
  decimals: number;
}

export interface ComputedColumn {
  key: string;
  kind: CellKind;
  width: number;
  /** Header text as the plan wrote it (references not yet resolved). */
  header: string;
  /** Next year's plan starts this column from this year's values of that column. */
  rollover: string | null;
  /** The column's values are typed in the rows (no formula, or a formula checked against them). */
  input: boolean;
}

export interface ComputedTable {
  /** Where the table is in the plan, as a dotted path: "appendices[0]", "sections[2].body[1].table". */
  path: string;
  /** The appendix that is this table, or null for a table in a body. */
  appendixId: string | null;
  /** The appendix's title, or the table's own (null when it has none). */
  title: string | null;
  orientation: 'portrait' | 'landscape';
  columns: ComputedColumn[];
  header: HeaderCell[][];
  rows: ComputedCell[][];
  /** The totals row (label in the first text column), when the appendix asks for one. */
  total: ComputedCell[] | null;
}

export interface ComputedPlan {
  plan: Plan;
  /** The targets' exact values, as typed (plan.targets holds YAML's doubles). */
  targets: ReadonlyMap<string, Exact>;
  /** Every table of the plan, in document order: appendix tables and tables in bodies. */
  tables: ComputedTable[];
}

export type { HeaderCell };
