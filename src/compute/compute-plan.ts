// Stage: compute. Plan → ComputedPlan: appendix tables computed (reading data files beside the
// plan), ids checked for uniqueness, references and section nesting checked.
import { diagnostic, msg, type Diagnostic, type Msg, type Result } from '../diag/index.js';
import type { PlanSource } from '../plan/load.js';
import { locate } from '../plan/locate.js';
import { appendixSchema } from '../plan/schema/appendices.js';
import { isPlanDate, parsePlanDate } from '../plan/schema/common.js';
import { targetsSchema } from '../plan/schema/targets.js';
import type { Plan } from '../plan/types.js';
import { checkAppendixMentions, checkDepth, checkReferences } from './check-references.js';
import { checkYears } from './check-years.js';
import { exactTargets } from './exact-targets.js';
import { planTables } from './plan-tables.js';
import { computeTable } from './table/compute-table.js';
import type { ComputedPlan } from './types.js';
import type { Exact } from '../util/exact.js';

function checkIds(plan: Plan, source: PlanSource): Diagnostic[] {
  const seen = new Map<string, Msg>(Object.keys(plan.targets).map((id) => [id, msg('dup.target')]));
  return plan.appendices.flatMap((a, i) => {
    const first = seen.get(a.id);
    seen.set(a.id, msg('dup.appendix'));
    return first ? [diagnostic('duplicate_id', { id: a.id, first, second: msg('dup.appendix') }, locate(source, ['appendices', i, 'id']))] : [];
  });
}

export interface ComputeOptions {
  /** The appendix whose rows are units built one by one (build-plan --each). */
  each?: string;
}

export async function computePlan(plan: Plan, source: PlanSource, options: ComputeOptions = {}): Promise<Result<ComputedPlan>> {
  const { values: targets, diagnostics: targetProblems } = exactTargets(plan.targets, source);
  const diagnostics = [...checkIds(plan, source), ...targetProblems, ...checkReferences(plan, source, options.each), ...checkYears(source), ...checkDepth(plan.sections, source), ...plan.appendices.flatMap((a, i) => checkDepth(a.sections, source, ['appendices', i, 'sections'])), ...checkAppendixMentions(plan, source)];
  const computed = await Promise.all(planTables(plan).map((t) => computeTable(t.input, t.place, source, targets, plan.date.year)));
  for (const c of computed) diagnostics.push(...c.diagnostics);
  return { value: { plan, targets, tables: computed.map((c) => c.table) }, diagnostics };
}

/**
 * When the plan as a whole is invalid, its tables are still checked, each on its own, so that a
 * user sees every error at once: the appendices that are valid by themselves are computed with
 * whatever targets and year could be read.
 */
export async function checkTablesAlone(source: PlanSource): Promise<Diagnostic[]> {
  const data = (source.data ?? {}) as Record<string, unknown>;
  if (!Array.isArray(data.appendices)) return [];
  const parsedTargets = targetsSchema.safeParse(data.targets);
  const targets = parsedTargets.success ? exactTargets(parsedTargets.data, source).values : new Map<string, Exact>();
  const date = typeof data.date === 'string' || typeof data.date === 'number' ? parsePlanDate(data.date) : null;
  const year = date && isPlanDate(date) ? date.year : 2000;
  const out: Diagnostic[] = [];
  for (const [i, raw] of data.appendices.entries()) {
    const appendix = appendixSchema.safeParse(raw);
    if (!appendix.success || !appendix.data.columns) continue;
    const a = appendix.data;
    const { diagnostics } = await computeTable({ ...a, columns: a.columns! }, { path: ['appendices', i], appendixId: a.id, title: a.title, orientation: a.orientation }, source, targets, year);
    out.push(...diagnostics.filter((d) => parsedTargets.success || d.code !== 'unknown_reference'));
  }
  return out;
}
