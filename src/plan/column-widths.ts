// Stage: plan. What `width:` of a table column means: a width relative to the table's other
// columns, the STT column the tool adds counting INDEX_WIDTH and a column without `width:` its
// type's default; the table always fills the text width. Compute lays tables out with these, the
// reader (import-plan) finds the widths of a Word table in the same unit.
import type { ColumnType } from './types.js';

/** A column's width when the plan gives none. */
export const DEFAULT_WIDTH: Readonly<Record<ColumnType, number>> = { text: 3, integer: 1.4, decimal: 1.4, percent: 1.4 };

/** The width of the STT column the tool adds. */
export const INDEX_WIDTH = 0.8;
