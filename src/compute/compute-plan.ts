// Stage: compute. Plan → ComputedPlan: tables materialised, references and nesting checked.
import type { Result } from '../diag/index.js';
import type { PlanSource } from '../plan/load.js';
import type { Plan } from '../plan/types.js';
import { checkDepth, checkReferences } from './check-references.js';
import { materializeTable } from './materialize-table.js';
import type { ComputedPlan } from './types.js';

export function computePlan(plan: Plan, source: PlanSource): Result<ComputedPlan> {
  const diagnostics = [...checkReferences(plan, source), ...checkDepth(plan.sections, source)];
  return { value: { plan, tables: plan.appendices.map(materializeTable) }, diagnostics };
}
