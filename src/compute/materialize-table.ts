// Stage: compute. Appendix → ComputedTable: the STT column added, cells typed per column,
// orientation chosen when the plan leaves it to us.
import type { Appendix, Column } from '../plan/types.js';
import type { CellKind, ComputedCell, ComputedColumn, ComputedTable } from './types.js';

/** Tables with more columns than this go on landscape pages when orientation is auto. */
export const PORTRAIT_MAX_COLUMNS = 6;

const DEFAULT_DECIMALS: Record<CellKind, number | null> = { index: 0, text: null, integer: 0, decimal: 2, percent: 2 };
const DEFAULT_WIDTH: Record<CellKind, number> = { index: 0.8, text: 3, integer: 1.4, decimal: 1.4, percent: 1.4 };

function toColumn(c: Column): ComputedColumn {
  return { key: c.key, header: c.header, kind: c.type, width: c.width ?? DEFAULT_WIDTH[c.type] };
}

export function materializeTable(appendix: Appendix): ComputedTable {
  const dataColumns = appendix.columns.map(toColumn);
  const columns: ComputedColumn[] = appendix.numbered
    ? [{ key: 'stt', header: 'STT', kind: 'index', width: DEFAULT_WIDTH.index }, ...dataColumns]
    : dataColumns;
  const rows = appendix.rows.map((row, r) => {
    const cells: ComputedCell[] = row.map((value, c) => {
      const col = appendix.columns[c]!;
      return { kind: col.type, value, decimals: col.decimals ?? DEFAULT_DECIMALS[col.type] };
    });
    return appendix.numbered ? [{ kind: 'index' as const, value: r + 1, decimals: 0 }, ...cells] : cells;
  });
  const orientation =
    appendix.orientation === 'auto' ? (columns.length > PORTRAIT_MAX_COLUMNS ? 'landscape' : 'portrait') : appendix.orientation;
  return { appendixId: appendix.id, title: appendix.title, orientation, columns, rows };
}
