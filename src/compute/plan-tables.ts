// Stage: compute. Where the plan's tables are: appendices that are tables, and {table: …} entries
// in any body (sections, items, "after" text, appendix text), in document order.
import type { Appendix, BodyEntry, Plan, Section, TableInput } from '../plan/types.js';
import type { TablePlace } from './table/compute-table.js';

export interface PlannedTable {
  input: TableInput;
  place: TablePlace;
}

function* bodyTables(entries: readonly BodyEntry[], path: PropertyKey[]): Generator<PlannedTable> {
  for (const [k, e] of entries.entries()) {
    if (typeof e === 'string' || 'when' in e) continue;
    if ('table' in e) yield { input: e.table, place: { path: [...path, k, 'table'], appendixId: null, title: e.table.title, orientation: 'portrait' } };
    else yield* bodyTables(e.body, [...path, k, 'body']);
  }
}

function* sectionTables(sections: readonly Section[], path: PropertyKey[]): Generator<PlannedTable> {
  for (const [k, s] of sections.entries()) {
    yield* bodyTables(s.body, [...path, k, 'body']);
    yield* sectionTables(s.sections, [...path, k, 'sections']);
    yield* bodyTables(s.after, [...path, k, 'after']);
  }
}

function* appendixTables(a: Appendix, i: number): Generator<PlannedTable> {
  const path = ['appendices', i];
  if (a.columns) yield { input: { ...a, columns: a.columns }, place: { path, appendixId: a.id, title: a.title, orientation: a.orientation } };
  yield* bodyTables(a.body, [...path, 'body']);
  yield* sectionTables(a.sections, [...path, 'sections']);
}

/** Every table of the plan, in document order. Appendices issued separately have none printed. */
export function planTables(plan: Plan): PlannedTable[] {
  return [...sectionTables(plan.sections, ['sections']), ...plan.appendices.flatMap((a, i) => (a.separate ? [] : [...appendixTables(a, i)]))];
}
