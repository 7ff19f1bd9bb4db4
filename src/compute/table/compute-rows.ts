// Stage: compute (tables). Raw rows → typed cells: input values checked against their column's
// type, formulas evaluated exactly in dependency order, every result held to its column's range,
// typed figures compared with computed ones, totals summed or recomputed from the sums (a ratio of
// totals, never an average of ratios). Nothing is rounded here: rounding happens once, at print.
import { diagnostic, msg, type Diagnostic, type Msg, type Where } from '../../diag/index.js';
import type { Exact } from '../../util/exact.js';
import { describeNumber, formatNumber } from '../../util/vn-number.js';
import { DivisionByZero, evaluate } from '../expr/evaluate.js';
import { FormulaError, namesIn } from '../expr/types.js';
import { checkCell, rangeProblem, type Value } from './check-cell.js';
import { evaluationOrder } from './expand-columns.js';
import type { RawRow } from './load-rows.js';
import type { LeafColumn, TableSpec } from './types.js';

export type { Value };

const shown = (col: LeafColumn, v: Exact): string => formatNumber(v, col.decimals);

export interface RowContext {
  targets: ReadonlyMap<string, Exact>;
  diagnostics: Diagnostic[];
  /** Columns with a value refused at some row: their total would only repeat the error. */
  refused?: Set<string>;
}

/** `f` over `names`, or null with the problem reported (division by zero, round(x, 1.5) …). */
function evaluateAt(col: LeafColumn, names: ReadonlyMap<string, Exact>, label: Msg, where: () => Where, ctx: RowContext): Exact | null {
  const f = col.formula!;
  try {
    return evaluate(f.expr, names);
  } catch (e) {
    if (e instanceof DivisionByZero) ctx.diagnostics.push(diagnostic('division_by_zero', { where: label, column: col.key, formula: f.text }, where()));
    else if (e instanceof FormulaError) ctx.diagnostics.push(diagnostic('formula_error', { where: msg('where.column_of', { where: label, column: col.key }), formula: f.text, reason: e.reason }, where()));
    else throw e;
    return null;
  }
}

/** A computed value that its column cannot hold is reported and left out (the cell stays empty). */
function held(col: LeafColumn, result: Exact | null, label: Msg, where: () => Where, ctx: RowContext): Exact | null {
  if (result === null) return null;
  const f = col.formula!;
  if (col.type === 'integer' && !result.isInteger()) {
    const reason = msg('table.not_whole_result', { number: describeNumber(result) });
    ctx.diagnostics.push(diagnostic('formula_error', { where: msg('where.column_of', { where: label, column: col.key }), formula: f.text, reason }, where(), { hints: [msg('table.round_hint')] }));
    return null;
  }
  const problem = rangeProblem(col, result, msg('how.computes'));
  if (!problem) return result;
  (ctx.refused ??= new Set()).add(col.key);
  ctx.diagnostics.push(diagnostic('cell_value', { where: label, column: col.key, reason: msg('table.with_formula', { problem: problem.reason, formula: f.text }) }, where(), { hints: problem.hints }));
  return null;
}

/** Evaluates the formula columns of one row (values: key → value, inputs already in). */
function evaluateRow(spec: TableSpec, values: Map<string, Value>, where: () => Where, label: Msg, ctx: RowContext, typedWhere: (key: string) => Where | undefined): void {
  // what a formula can name: the targets, and the row's numbers so far (a cell's number hides a
  // target of the same name); kept up to date as each formula's result is set
  const names = new Map(ctx.targets);
  for (const [k, v] of values) if (v !== null && typeof v !== 'string') names.set(k, v);
  for (const col of evaluationOrder(spec.columns)) {
    const f = col.formula!;
    // A formula over an empty cell (allowed, or already reported) leaves its own cell empty.
    const result = namesIn(f.expr).every((n) => names.has(n)) ? held(col, evaluateAt(col, names, label, where, ctx), label, where, ctx) : null;
    const given = values.get(col.key);
    if (col.given && given && typeof given !== 'string' && result !== null && !given.round(col.decimals).eq(result.round(col.decimals)))
      ctx.diagnostics.push(diagnostic('given_mismatch', { where: label, column: col.key, given: shown(col, given), computed: shown(col, result), formula: f.text }, typedWhere(col.key) ?? where()));
    values.set(col.key, result);
    if (result !== null) names.set(col.key, result);
    else if (ctx.targets.has(col.key)) names.set(col.key, ctx.targets.get(col.key)!);
    else names.delete(col.key);
  }
}

export function computeRows(spec: TableSpec, raw: RawRow[], ctx: RowContext): Map<string, Value>[] {
  return raw.map((row) => {
    const values = new Map<string, Value>();
    if (row.broken) {
      // a row that could not be read leaves every total unknown: a total without it would be wrong
      for (const col of spec.inputs) (ctx.refused ??= new Set()).add(col.key);
      return new Map(spec.columns.map((c) => [c.key, null]));
    }
    const name = spec.inputs.findIndex((c) => c.type === 'text');
    const text = name >= 0 ? row.values[name] : null;
    const label = typeof text === 'string' && text.trim() !== '' ? msg('where.named_row', { row: row.label, name: text.trim() }) : row.label;
    spec.inputs.forEach((col, i) => {
      const checked = checkCell(col, row.values[i] ?? null);
      if ('problem' in checked) {
        ctx.diagnostics.push(diagnostic('cell_value', { where: row.label, column: col.key, reason: checked.problem.reason }, row.cellWhere(i), { hints: checked.problem.hints }));
        (ctx.refused ??= new Set()).add(col.key);
      } else if (checked.warning)
        ctx.diagnostics.push(diagnostic('ambiguous_number', { where: msg('where.column_of', { where: label, column: col.key }), reason: checked.warning.reason }, row.cellWhere(i), { severity: 'warning', hints: checked.warning.hints }));
      values.set(col.key, 'value' in checked ? checked.value : null);
    });
    // positions are looked up only for a message (on a big appendix, looking them all up cost more than the figures)
    const typedWhere = (key: string) => {
      const i = spec.inputs.findIndex((c) => c.key === key);
      return i >= 0 ? row.cellWhere(i) : undefined;
    };
    evaluateRow(spec, values, () => row.where, label, ctx, typedWhere);
    return values;
  });
}

/** The totals of every column: exact sums for counts, formulas re-evaluated on the sums for ratios. */
export function computeTotals(spec: TableSpec, rows: Map<string, Value>[], where: Where, ctx: RowContext): Map<string, Value> {
  const totals = new Map<string, Value>();
  const label = msg('where.totals_row');
  const refused = (col: LeafColumn) => ctx.refused?.has(col.key) ?? false;
  for (const col of spec.columns) {
    if (col.total !== 'sum') continue;
    const nums = rows.map((r) => r.get(col.key)).filter((v): v is Exact => v !== null && v !== undefined && typeof v !== 'string');
    const sum = nums.length ? nums.reduce((a, b) => a.add(b)) : null;
    const problem = sum && !refused(col) && rangeProblem(col, sum, msg('how.adds'));
    if (problem) ctx.diagnostics.push(diagnostic('cell_value', { where: label, column: col.key, reason: problem.reason }, where, { hints: problem.hints }));
    totals.set(col.key, problem || refused(col) ? null : sum);
  }
  for (const col of evaluationOrder(spec.columns)) {
    if (col.total !== 'formula') continue;
    const names = new Map(ctx.targets);
    for (const [k, v] of totals) if (v !== null && typeof v !== 'string') names.set(k, v);
    const known = !refused(col) && namesIn(col.formula!.expr).every((n) => names.has(n));
    totals.set(col.key, known ? held(col, evaluateAt(col, names, label, () => where, ctx), label, () => where, ctx) : null);
  }
  return totals;
}
