// Stage: template. A computed table for the templates: header rows with spans, body rows and the
// totals row, each cell with its alignment and printed digits; plan text escaped.
import type { CellKind, ComputedCell, ComputedTable } from '../compute/types.js';
import type { Exact } from '../util/exact.js';

export interface CellContext {
  /** Text (escaped for the markup) or an exact number, printed by {{num value decimals}}. */
  value: string | Exact | null;
  decimals: number;
  align: 'left' | 'center' | 'right';
}
export interface HeaderContext {
  text: string;
  colSpan: number;
  rowSpan: number;
}
export interface TableContext {
  /** The table's own title (body tables), escaped; '' when none. */
  title: string;
  widths: string;
  header: HeaderContext[][];
  rows: CellContext[][];
  total: CellContext[] | null;
}

const ALIGN: Record<CellKind, CellContext['align']> = { index: 'center', text: 'left', integer: 'right', decimal: 'right', percent: 'right' };

export function tableContext(t: ComputedTable, text: (s: string) => string): TableContext {
  const cells = (row: ComputedCell[]): CellContext[] =>
    row.map((cell) => ({ value: typeof cell.value === 'string' ? text(cell.value) : cell.value, decimals: cell.decimals, align: ALIGN[cell.kind] }));
  return {
    title: t.appendixId === null && t.title !== null ? text(t.title) : '',
    widths: t.columns.map((c) => c.width).join(' '),
    header: t.header.map((row) => row.map((h) => ({ ...h, text: text(h.text) }))),
    rows: t.rows.map(cells),
    total: t.total ? cells(t.total) : null,
  };
}

/** In a unit's own plan (build-plan --each), the units' table shows that unit's row only. */
export const ownRow = (t: ComputedTable, row: number): ComputedTable => ({
  ...t,
  rows: t.rows.slice(row, row + 1).map((cells) => cells.map((c) => (c.kind === 'index' ? { ...c, value: '1' } : c))),
  total: null,
});
