// Stage: compute (tables). An appendix's columns and groups → leaf columns (repeated groups
// expanded, keys suffixed with the repeat value), header rows with spans, parsed formulas whose
// names are bound to columns of the same row or targets of the plan.
import { diagnostic, msg, type Diagnostic } from '../../diag/index.js';
import type { PlanSource } from '../../plan/load.js';
import { DEFAULT_WIDTH } from '../../plan/column-widths.js';
import { locate } from '../../plan/locate.js';
import type { TableInput as Appendix, Column, ColumnType } from '../../plan/types.js';
import { didYouMean } from '../../util/did-you-mean.js';
import { writeYears } from '../check-references.js';
import { parseFormula } from '../expr/parse.js';
import { FormulaError, namesIn, type Expr } from '../expr/types.js';
import type { HeaderCell, LeafColumn, TableSpec } from './types.js';

const DEFAULT_DECIMALS: Record<ColumnType, number> = { text: 0, integer: 0, decimal: 2, percent: 2 };

/** Counts add up; rates and other decimals are recomputed from the totals by their formula. */
function autoTotal(c: Column): LeafColumn['total'] {
  if (c.type === 'integer') return 'sum';
  if (c.type === 'text' || c.formula === null) return 'none';
  return 'formula';
}

/** Renames the names of a repeated group's columns inside a formula: tham-gia → tham-gia-2019. */
function rename(e: Expr, map: ReadonlyMap<string, string>): Expr {
  switch (e.kind) {
    case 'number':
      return e;
    case 'name':
      return { ...e, name: map.get(e.name) ?? e.name };
    case 'negate':
      return { ...e, operand: rename(e.operand, map) };
    case 'binary':
      return { ...e, left: rename(e.left, map), right: rename(e.right, map) };
    case 'call':
      return { ...e, args: e.args.map((a) => rename(a, map)) };
  }
}

export function expandColumns(
  appendix: Appendix,
  path: PropertyKey[],
  source: PlanSource,
  targets: readonly string[],
  year: number,
): { spec: TableSpec; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const columns: LeafColumn[] = [];
  const top: HeaderCell[] = [];
  const bottom: HeaderCell[] = [];
  const hasGroups = appendix.columns.some((c) => 'group' in c);
  // a column whose formula does not parse is still a formula column: its rows do not type it
  const broken = new Set<string>();

  const leaf = (c: Column, colPath: PropertyKey[], suffix: string, siblings: ReadonlyMap<string, string>): LeafColumn => {
    const where = locate(source, colPath);
    let formula: LeafColumn['formula'] = null;
    if (c.formula !== null) {
      const fWhere = locate(source, [...colPath, 'formula']);
      try {
        formula = { text: c.formula, expr: rename(parseFormula(c.formula), siblings), where: fWhere };
      } catch (e) {
        if (!(e instanceof FormulaError)) throw e;
        diagnostics.push(diagnostic('formula_error', { where: msg('where.column', { column: `${c.key}${suffix}` }), formula: c.formula, reason: msg('table.at_character', { reason: e.reason, at: e.offset + 1 }) }, fWhere));
        broken.add(`${c.key}${suffix}`);
      }
    }
    const sub = (s: string) => s.replace(/\{each\}/g, suffix.slice(1));
    return {
      key: `${c.key}${suffix}`,
      header: sub(c.header),
      type: c.type,
      decimals: c.decimals ?? DEFAULT_DECIMALS[c.type],
      width: c.width ?? DEFAULT_WIDTH[c.type],
      formula,
      given: c.given,
      total: c.total === 'auto' ? autoTotal(c) : c.total,
      goal: c.goal === null ? null : sub(c.goal),
      // a data file's header says "2024" where the plan's header says {year}
      from: writeYears(sub(c.from ?? c.header), year),
      rollover: c.rollover === null ? null : `${c.rollover}${suffix}`,
      allow: c.allow,
      where,
    };
  };

  appendix.columns.forEach((entry, i) => {
    const entryPath = [...path, 'columns', i];
    if (!('group' in entry)) {
      columns.push(leaf(entry, entryPath, '', new Map()));
      top.push({ text: columns[columns.length - 1]!.header, colSpan: 1, rowSpan: hasGroups ? 2 : 1 });
      return;
    }
    const repeats = entry.each.length > 0 ? entry.each.map(String) : [null];
    for (const each of repeats) {
      const suffix = each === null ? '' : `-${each}`;
      const siblings = new Map(entry.columns.map((c) => [c.key, `${c.key}${suffix}`]));
      entry.columns.forEach((c, k) => {
        const col = leaf(c, [...entryPath, 'columns', k], suffix, siblings);
        columns.push(col);
        bottom.push({ text: col.header, colSpan: 1, rowSpan: 1 });
      });
      top.push({ text: entry.group.replace(/\{each\}/g, each ?? ''), colSpan: entry.columns.length, rowSpan: 1 });
    }
  });

  diagnostics.push(...checkNames(columns, targets, source, path));
  const spec = { columns, header: hasGroups ? [top, bottom] : [top], inputs: columns.filter((c) => (c.formula === null && !broken.has(c.key)) || c.given) };
  return { spec, diagnostics };
}

/** Unique keys; formulas name existing columns or targets; no column depends on itself. */
function checkNames(columns: LeafColumn[], targets: readonly string[], source: PlanSource, path: PropertyKey[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const keys = new Map<string, LeafColumn>();
  for (const c of columns) {
    if (keys.has(c.key)) out.push(diagnostic('duplicate_id', { id: c.key, first: msg('dup.column'), second: msg('dup.other_column') }, c.where));
    if (targets.includes(c.key)) out.push(diagnostic('duplicate_id', { id: c.key, first: msg('dup.column'), second: msg('dup.target') }, c.where));
    keys.set(c.key, c);
  }
  for (const c of columns) {
    if (c.rollover !== null && !keys.has(c.rollover))
      out.push(diagnostic('unknown_reference', { ref: c.rollover, kind: msg('kind.column') }, c.where, { hints: [msg('table.rollover_columns', { keys: [...keys.keys()].join(', ') })] }));
    if (c.goal !== null && !targets.includes(c.goal))
      out.push(diagnostic('unknown_reference', { ref: c.goal, kind: msg('kind.target') }, locate(source, [...path]), { hints: targets.length ? [msg('table.targets_list', { ids: targets.join(', ') })] : [] }));
    if (!c.formula) continue;
    for (const name of namesIn(c.formula.expr)) {
      if (keys.has(name) || targets.includes(name)) continue;
      const suggestion = didYouMean(name, [...keys.keys(), ...targets]);
      const minus = /-/.test(name) && name.split('-').some((_, i, all) => keys.has(all.slice(0, i + 1).join('-')));
      const hints = [...(suggestion ? [msg('table.did_you_mean', { name: suggestion })] : []), ...(minus ? [msg('table.minus_spaces')] : [])];
      out.push(diagnostic('formula_error', { where: msg('where.column', { column: c.key }), formula: c.formula.text, reason: msg('table.unknown_name', { name }) }, c.formula.where, { hints }));
    }
  }
  const cycle = findCycle(columns);
  if (cycle) out.push(diagnostic('formula_error', { where: msg('where.column', { column: cycle[0] }), formula: keys.get(cycle[0]!)!.formula!.text, reason: msg('table.cycle', { cycle: cycle.join(' → ') }) }, keys.get(cycle[0]!)!.formula!.where));
  return out;
}

/** Formula columns in an order where every column comes after those it uses; or a cycle. */
export function evaluationOrder(columns: readonly LeafColumn[]): LeafColumn[] {
  const byKey = new Map(columns.map((c) => [c.key, c]));
  const done = new Set<string>();
  const out: LeafColumn[] = [];
  const visit = (c: LeafColumn, stack: string[]) => {
    if (done.has(c.key) || stack.includes(c.key)) return;
    for (const n of c.formula ? namesIn(c.formula.expr) : []) {
      const dep = byKey.get(n);
      if (dep?.formula) visit(dep, [...stack, c.key]);
    }
    done.add(c.key);
    if (c.formula) out.push(c);
  };
  columns.forEach((c) => visit(c, []));
  return out;
}

function findCycle(columns: readonly LeafColumn[]): string[] | null {
  const byKey = new Map(columns.map((c) => [c.key, c]));
  const state = new Map<string, 'open' | 'done'>();
  const walk = (key: string, stack: string[]): string[] | null => {
    if (state.get(key) === 'open') return [...stack.slice(stack.indexOf(key)), key];
    if (state.get(key) === 'done') return null;
    const c = byKey.get(key);
    if (!c?.formula) return null;
    state.set(key, 'open');
    for (const n of namesIn(c.formula.expr)) {
      const found = walk(n, [...stack, key]);
      if (found) return found;
    }
    state.set(key, 'done');
    return null;
  };
  for (const c of columns) {
    const found = walk(c.key, []);
    if (found) return found;
  }
  return null;
}
