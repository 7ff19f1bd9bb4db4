// Stage: diagnostics (catalogue, English). References {…} in the text, years typed wrong,
// appendices mentioned; tables and data files.
import type { viCompute } from '../vi/compute.js';
import type { Wording } from '../wording.js';

export const enCompute: Record<keyof typeof viCompute, Wording> = {
  'ref.target_or_appendix': () => 'target or appendix',
  'ref.each_needs_build': (w) => `{each.${w.column}} is filled in per unit: build with --each <appendix id>`,
  'ref.each_no_appendix': (w) => `there is no appendix '${w.each}' to take units from (appendices: ${w.ids || 'none'})`,
  'ref.each_no_column': (w) => `{each.${w.column}}: appendix '${w.each}' has no column '${w.column}' (columns: ${w.keys})`,
  'ref.each_field': () => 'A place filled in per unit',
  'ref.period_hint': () => '{period} prints the period of execution: give it as period: { from: 2026-03-01, to: 2026-03-31 }',
  'ref.did_you_mean': (w) => `did you mean {${w.name}}?`,
  'ref.known': (w) => `known: ${w.names}`,
  'plan.sections_too_deep': (w) => `sections nest at most ${w.max} levels deep (I., 1., 1.1., a)); use items for deeper points`,
  'plan.sections_label': () => 'Sections',
  'year.five_digits': () => 'a year has four digits',
  'year.out_of_range': () => 'plans rarely name a year before 1900 or after 2100',
  'appendix.declare': () => 'declare it under appendices: (separate: true if it is issued separately) and write its {id} instead of the number',
  'appendix.declare_with_ids': (w) => `declare it under appendices: (separate: true if it is issued separately) and write its {id} instead of the number; declared: ${w.ids}`,
};
