// Stage: compute (tables). Raw rows → typed cells: input values checked against their column's
// type, formulas evaluated in dependency order, typed figures compared with computed ones,
// totals summed or recomputed from the sums (a ratio of totals, never an average of ratios).
import { diagnostic, type Diagnostic, type Where } from '../../diag/index.js';
import { formatNumber, roundHalfUp } from '../../util/vn-number.js';
import { evaluate, DivisionByZero } from '../expr/evaluate.js';
import { clean } from '../expr/functions.js';
import { namesIn } from '../expr/types.js';
import { evaluationOrder } from './expand-columns.js';
import type { RawRow } from './load-rows.js';
import { parseNumberText } from './parse-number.js';
import type { LeafColumn, TableSpec } from './types.js';

export type Value = string | number | null;

/** Checks one typed value against its column; returns the value or a problem in words. */
export function checkValue(col: LeafColumn, v: Value): { value: Value } | { problem: string } {
  if (v === null) return { value: null };
  if (col.type === 'text') return typeof v === 'string' && v.trim() === '' ? { value: null } : { value: String(v).trim() };
  const n = typeof v === 'number' ? v : parseNumberText(v, col.type === 'integer');
  if (n === null) return { value: null };
  if (!Number.isFinite(n)) return { problem: `expected a number, found ${JSON.stringify(v)}` };
  if (col.type === 'integer' && (!Number.isInteger(n) || n < 0)) return { problem: `expected a whole number ≥ 0, found ${formatNumber(n)}` };
  if (col.type === 'percent' && (n < 0 || n > 100)) return { problem: `a rate must lie between 0 and 100, found ${formatNumber(n)}` };
  return { value: n };
}

const shown = (col: LeafColumn, v: number): string => formatNumber(v, col.decimals);

export interface RowContext {
  targets: ReadonlyMap<string, number>;
  diagnostics: Diagnostic[];
}

/** Evaluates the formula columns of one row (values: key → value, inputs already in). */
function evaluateRow(spec: TableSpec, values: Map<string, Value>, where: Where, label: string, ctx: RowContext, typed: Map<string, Where>): void {
  for (const col of evaluationOrder(spec.columns)) {
    const f = col.formula!;
    // A formula over an empty cell leaves its own cell empty.
    const known = (n: string) => ctx.targets.has(n) || typeof values.get(n) === 'number';
    let result: number | null = null;
    if (namesIn(f.expr).every(known)) {
      const names = new Map(ctx.targets);
      for (const [k, v] of values) if (typeof v === 'number') names.set(k, v);
      try {
        result = clean(evaluate(f.expr, names));
      } catch (e) {
        if (!(e instanceof DivisionByZero)) throw e;
        ctx.diagnostics.push(diagnostic('division_by_zero', { where: label, column: col.key, formula: f.text }, where));
      }
    }
    if (result !== null && col.type === 'integer' && !Number.isInteger(result)) {
      ctx.diagnostics.push(diagnostic('formula_error', { where: `${label}, column '${col.key}'`, formula: f.text, reason: `gives ${formatNumber(result)}, not a whole number` }, where, { hints: ['round it with ceil(…), floor(…) or round(…)'] }));
      result = null;
    }
    const given = values.get(col.key);
    if (col.given && typeof given === 'number' && result !== null && roundHalfUp(given, col.decimals) !== roundHalfUp(result, col.decimals))
      ctx.diagnostics.push(diagnostic('given_mismatch', { where: label, column: col.key, given: shown(col, given), computed: shown(col, result), formula: f.text }, typed.get(col.key) ?? where));
    values.set(col.key, result);
  }
}

export function computeRows(spec: TableSpec, raw: RawRow[], ctx: RowContext): Map<string, Value>[] {
  return raw.map((row) => {
    const values = new Map<string, Value>();
    if (row.broken) return new Map(spec.columns.map((c) => [c.key, null]));
    const typed = new Map<string, Where>();
    spec.inputs.forEach((col, i) => {
      const checked = checkValue(col, row.values[i] ?? null);
      if ('problem' in checked) ctx.diagnostics.push(diagnostic('cell_value', { where: row.label, column: col.key, reason: checked.problem }, row.cellWhere(i)));
      values.set(col.key, 'value' in checked ? checked.value : null);
      typed.set(col.key, row.cellWhere(i));
    });
    const name = spec.inputs.findIndex((c) => c.type === 'text');
    const label = name >= 0 && typeof row.values[name] === 'string' ? `${row.label} (${String(row.values[name]).trim()})` : row.label;
    evaluateRow(spec, values, row.where, label, ctx, typed);
    return values;
  });
}

/** The totals of every column: sums for counts, formulas re-evaluated on the sums for ratios. */
export function computeTotals(spec: TableSpec, rows: Map<string, Value>[], where: Where, ctx: RowContext): Map<string, Value> {
  const totals = new Map<string, Value>();
  for (const col of spec.columns) {
    if (col.total !== 'sum') continue;
    const nums = rows.map((r) => r.get(col.key)).filter((v): v is number => typeof v === 'number');
    totals.set(col.key, nums.length ? clean(nums.reduce((a, b) => a + b, 0)) : null);
  }
  for (const col of evaluationOrder(spec.columns)) {
    if (col.total !== 'formula') continue;
    const names = new Map(ctx.targets);
    for (const [k, v] of totals) if (typeof v === 'number') names.set(k, v);
    if (!namesIn(col.formula!.expr).every((n) => names.has(n))) {
      totals.set(col.key, null);
      continue;
    }
    try {
      totals.set(col.key, clean(evaluate(col.formula!.expr, names)));
    } catch (e) {
      if (!(e instanceof DivisionByZero)) throw e;
      ctx.diagnostics.push(diagnostic('division_by_zero', { where: 'the totals row', column: col.key, formula: col.formula!.text }, where));
      totals.set(col.key, null);
    }
  }
  return totals;
}
