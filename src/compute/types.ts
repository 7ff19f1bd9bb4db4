// Stage: compute. ComputedPlan: the validated plan plus its appendix tables materialised
// (one cell per column, numbers still numbers; formatting happens in template helpers).
import type { Appendix, Plan } from '../plan/types.js';

export type CellKind = 'index' | 'text' | 'integer' | 'decimal' | 'percent';

export interface ComputedCell {
  kind: CellKind;
  /** null for an empty cell. */
  value: string | number | null;
  decimals: number | null;
}

export interface ComputedColumn {
  key: string;
  header: string;
  kind: CellKind;
  width: number;
}

export interface ComputedTable {
  appendixId: string;
  title: string;
  orientation: 'portrait' | 'landscape';
  columns: ComputedColumn[];
  rows: ComputedCell[][];
}

export interface ComputedPlan {
  plan: Plan;
  tables: ComputedTable[];
}

export type { Appendix };
