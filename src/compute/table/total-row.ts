// Stage: compute (tables). The total row offices leave at the bottom of a sheet ("Tổng cộng",
// "Cộng", "Toàn huyện"): recognised by its label, kept out of the rows (it would count as one
// more commune and double the totals), and its figures checked against the computed totals.
import { diagnostic, msg, type Diagnostic } from '../../diag/index.js';
import type { Exact } from '../../util/exact.js';
import { formatNumber } from '../../util/vn-number.js';
import { checkCell, type Value } from './check-cell.js';
import type { RawRow } from './load-rows.js';
import type { TableSpec } from './types.js';

/** "Tổng cộng", "Cộng:" (the whole cell), or "Toàn huyện", "Toàn xã Thọ Bình" (a whole area). */
const TOTAL_LABEL = /^(?:(?:tổng cộng|tổng số|tổng|cộng)\s*[:.]?$|toàn (?:huyện|tỉnh|xã|phường|thị trấn|thị xã|thành phố|quận|tp\.?|đơn vị)(?=$|[\s:.,]))/iu;

/** The row's label: its first text cell (of the columns read), or its first text. */
export function rowLabel(row: RawRow, spec: TableSpec): string | null {
  const name = spec.inputs.findIndex((c) => c.type === 'text');
  const first = name >= 0 ? row.values[name] : row.values.find((v) => typeof v === 'string');
  return typeof first === 'string' ? first : null;
}

/** Is this row a total row: its label starts with a total's label? */
export function isTotalRow(row: RawRow, spec: TableSpec): boolean {
  const label = rowLabel(row, spec);
  return label !== null && TOTAL_LABEL.test(label.normalize('NFC').trim());
}

/** The rows without a total row at their end, and that row. */
export function splitTotalRow(rows: RawRow[], spec: TableSpec): { rows: RawRow[]; total: RawRow | null } {
  const last = rows[rows.length - 1];
  return last && !last.broken && isTotalRow(last, spec) ? { rows: rows.slice(0, -1), total: last } : { rows, total: null };
}

/** The file's total row against the computed totals: each figure that differs, at its cell. */
export function checkTotalRow(total: RawRow, spec: TableSpec, totals: ReadonlyMap<string, Value>): Diagnostic[] {
  return spec.inputs.flatMap((col, i) => {
    if (col.type === 'text' || col.total === 'none') return [];
    const given = checkCell({ ...col, allow: [...col.allow, 'blank'] }, total.values[i] ?? null);
    const computed = totals.get(col.key);
    if (!('value' in given) || given.value === null || typeof given.value === 'string' || computed === null || computed === undefined || typeof computed === 'string') return [];
    const g: Exact = given.value;
    if (g.round(col.decimals).eq(computed.round(col.decimals))) return [];
    return [
      diagnostic(
        'given_mismatch',
        { where: msg('where.total_row_of_file', { row: total.label }), column: col.key, given: formatNumber(g, col.decimals), computed: formatNumber(computed, col.decimals), formula: col.total === 'formula' ? col.formula!.text : msg('table.sum_of_rows') },
        total.cellWhere(i),
      ),
    ];
  });
}
