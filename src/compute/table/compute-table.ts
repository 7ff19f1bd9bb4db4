// Stage: compute (tables). Appendix → ComputedTable: columns expanded, rows loaded and computed,
// totals and goals checked, the STT column added, orientation chosen.
import { diagnostic, msg, type Diagnostic, type Msg, type Where } from '../../diag/index.js';
import type { PlanSource } from '../../plan/load.js';
import { INDEX_WIDTH } from '../../plan/column-widths.js';
import { locate, toDotPath } from '../../plan/locate.js';
import type { TableInput as Appendix } from '../../plan/types.js';
import type { Exact } from '../../util/exact.js';
import { describeNumber, formatNumber } from '../../util/vn-number.js';
import { typedNumber } from '../exact-targets.js';
import type { ComputedCell, ComputedColumn, ComputedTable } from '../types.js';
import { computeRows, computeTotals, type RowContext, type Value } from './compute-rows.js';
import { expandColumns } from './expand-columns.js';
import { loadRows, type RawRow } from './load-rows.js';
import { checkTotalRow, rowLabel, splitTotalRow } from './total-row.js';
import type { LeafColumn, TableSpec } from './types.js';

/** Tables with more columns than this go on landscape pages when orientation is auto. */
export const PORTRAIT_MAX_COLUMNS = 6;

const cell = (col: LeafColumn, v: Value): ComputedCell => ({ kind: col.type, value: v, decimals: col.decimals });

/** Why a column's goal cannot be checked, or null when it can. */
function unchecked(col: LeafColumn, total: Value | undefined): Msg | null {
  if (col.total === 'none') return msg(col.formula === null ? 'goal.no_total_typed' : 'goal.no_total');
  if (total === null || total === undefined) return msg('goal.nothing_to_compare');
  if (typeof total === 'string') return msg('goal.text_column');
  return null;
}

/** Goals are decided on the exact total: 95,4999 falls short of 95,5 although it prints 95,50. */
function goalWarnings(spec: TableSpec, totals: Map<string, Value>, targets: ReadonlyMap<string, Exact>, title: Msg, where: Where): Diagnostic[] {
  return spec.columns.flatMap((col) => {
    const goal = col.goal === null ? undefined : targets.get(col.goal);
    if (goal === undefined) return [];
    const total = totals.get(col.key);
    const reason = unchecked(col, total);
    if (reason) return [diagnostic('goal_unchecked', { where: title, column: col.key, goal: col.goal!, reason }, where, { severity: 'warning' })];
    const exact = total as Exact;
    if (!exact.lt(goal)) return [];
    const unit = col.type === 'percent' ? '%' : '';
    const printed = formatNumber(exact, col.decimals);
    // when the printed total reaches the goal, say why it still falls short
    const shown = exact.round(col.decimals).lt(goal) ? `${printed}${unit}` : msg('table.exactly', { printed: `${printed}${unit}`, exact: `${describeNumber(exact, 10)}${unit}` });
    return [diagnostic('goal_not_met', { where: title, column: col.key, total: shown, goal: col.goal!, target: `${formatNumber(goal)}${unit}` }, where, { severity: 'warning' })];
  });
}

/** Totals typed in the plan must equal the computed ones, as printed. */
function givenTotals(spec: TableSpec, totals: Map<string, Value>, given: Record<string, number>, at: (key: string) => Where, typed: (key: string) => Exact): Diagnostic[] {
  return Object.keys(given).flatMap((key) => {
    const col = spec.columns.find((c) => c.key === key);
    if (!col) return [diagnostic('unknown_reference', { ref: key, kind: msg('kind.column') }, at(key), { hints: [msg('table.columns_list', { keys: spec.columns.map((c) => c.key).join(', ') })] })];
    const total = totals.get(key);
    const value = typed(key);
    if (total === null || total === undefined || typeof total === 'string' || value.round(col.decimals).eq(total.round(col.decimals))) return [];
    const how = col.total === 'formula' ? col.formula!.text : msg('table.sum_of_rows');
    return [diagnostic('given_mismatch', { where: msg('where.totals_row'), column: key, given: formatNumber(value, col.decimals), computed: formatNumber(total, col.decimals), formula: how }, at(key))];
  });
}

/** Where a table sits: an appendix that is a table, or a {table: …} entry of some body. */
export interface TablePlace {
  path: PropertyKey[];
  appendixId: string | null;
  title: string | null;
  orientation: 'auto' | 'portrait' | 'landscape';
}

export async function computeTable(appendix: Appendix, place: TablePlace, source: PlanSource, targets: ReadonlyMap<string, Exact>, year: number): Promise<{ table: ComputedTable; diagnostics: Diagnostic[] }> {
  const { path } = place;
  const { spec, diagnostics } = expandColumns(appendix, path, source, [...targets.keys()], year);
  // Broken formulas stop the table; a bad row stops only itself.
  const hasErrors = diagnostics.some((d) => d.severity === 'error');
  const loaded = await loadRows(appendix, path, spec.inputs, source);
  diagnostics.push(...loaded.diagnostics);
  const ctx = { targets, diagnostics };
  const where = locate(source, appendix.total ? [...path, 'total'] : path);
  // a total row left at the bottom of a data file is checked, not counted
  const { rows: dataRows, total: fileTotal } = appendix.source ? splitTotalRow(loaded.rows, spec) : hasErrors ? { rows: loaded.rows, total: null } : typedTotalRow(loaded.rows, spec, appendix, where, ctx);
  const rows = hasErrors ? [] : computeRows(spec, dataRows, ctx);
  const totals = hasErrors ? new Map<string, Value>() : computeTotals(spec, rows, where, ctx);
  if (!hasErrors && fileTotal) diagnostics.push(...checkTotalRow(fileTotal, spec, totals));
  if (!hasErrors) diagnostics.push(...goalWarnings(spec, totals, targets, place.appendixId ? msg('where.appendix', { id: place.appendixId }) : msg('where.table_at', { title: place.title ?? undefined, path: toDotPath(path) }), where));
  if (appendix.total && !hasErrors) {
    const at = (key: string) => [...path, 'total', 'given', key];
    diagnostics.push(...givenTotals(spec, totals, appendix.total.given, (key) => locate(source, at(key)), (key) => typedNumber(source, at(key), appendix.total!.given[key]!)));
  }

  const numbered = appendix.numbered;
  const columns: ComputedColumn[] = [
    ...(numbered ? [{ key: 'stt', kind: 'index' as const, width: INDEX_WIDTH, header: 'STT', rollover: null, input: false }] : []),
    ...spec.columns.map((c) => ({ key: c.key, kind: c.type, width: c.width, header: c.header, rollover: c.rollover, input: spec.inputs.includes(c) })),
  ];
  const header = spec.header.map((r, i) => (numbered && i === 0 ? [{ text: 'STT', colSpan: 1, rowSpan: spec.header.length }, ...r] : r));
  const body = rows.map((values, r) => [...(numbered ? [{ kind: 'index' as const, value: String(r + 1), decimals: 0 }] : []), ...spec.columns.map((c) => cell(c, values.get(c.key) ?? null))]);
  let total: ComputedCell[] | null = null;
  if (appendix.total) {
    const labelAt = spec.columns.findIndex((c) => c.type === 'text');
    total = [
      ...(numbered ? [{ kind: 'index' as const, value: null, decimals: 0 }] : []),
      ...spec.columns.map((c, i) => (i === labelAt ? cell(c, appendix.total!.label) : cell(c, c.total === 'none' ? null : (totals.get(c.key) ?? null)))),
    ];
  }
  const orientation = place.orientation === 'auto' ? (columns.length > PORTRAIT_MAX_COLUMNS ? 'landscape' : 'portrait') : place.orientation;
  return { table: { path: toDotPath(path), appendixId: place.appendixId, title: place.title, orientation, columns, header, rows: body, total }, diagnostics };
}

/**
 * A total row typed at the end of `rows:` (pasted from last year's Excel sheet): an error when it
 * is surely a total (its figures are the sums of the rows above, or the table prints its own
 * total) — it is left out so that its figures can be checked; otherwise a warning, and it stays a
 * row ("Toàn huyện" may be a real row of a table that compares a commune with its district).
 */
function typedTotalRow(raw: RawRow[], spec: TableSpec, appendix: Appendix, where: Where, ctx: RowContext): { rows: RawRow[]; total: RawRow | null } {
  const split = splitTotalRow(raw, spec);
  if (!split.total || !spec.columns.some((c) => c.total === 'sum')) return { rows: raw, total: null };
  const scratch: RowContext = { targets: ctx.targets, diagnostics: [] };
  const sums = computeTotals(spec, computeRows(spec, split.rows, scratch), where, scratch);
  const agrees = !scratch.diagnostics.some((d) => d.severity === 'error') && checkTotalRow(split.total, spec, sums).length === 0;
  const data = { row: split.total.label, text: rowLabel(split.total, spec)!, agrees: agrees ? 'yes' : '', hasTotal: appendix.total ? 'yes' : '' };
  if (agrees || appendix.total) {
    ctx.diagnostics.push(diagnostic('total_row_typed', { ...data, sure: 'yes' }, split.total.where));
    return { rows: split.rows, total: null };
  }
  ctx.diagnostics.push(diagnostic('total_row_typed', data, split.total.where, { severity: 'warning', hints: [msg('table.total_row_maybe')] }));
  return { rows: raw, total: null };
}
