// Stage: diagnostics. The wording of every diagnostic, keyed by code; stages pass structured data.
import type { Diagnostic, DiagnosticCode, Severity } from './types.js';

type Data = Record<string, string | number | undefined>;

const q = (s: string | number | undefined): string => `'${s ?? ''}'`;
const mib = (n: string | number | undefined): string => `${Math.round((Number(n) / 1024 / 1024) * 10) / 10} MiB`;

export const messages: { [K in DiagnosticCode]: (d: Data) => string } = {
  file_unreadable: (d) => `cannot read ${q(d.file)}: ${d.reason}`,
  file_not_utf8: () => 'the file is not UTF-8 text (save it as UTF-8)',
  file_too_large: (d) => `the file is ${d.size} bytes; ${d.what ?? 'a plan'} may be at most ${d.limit} bytes (${mib(d.limit)})`,
  output_unwritable: (d) => `cannot write ${q(d.file)}: ${d.reason}${d.kept ? `; ${d.kept}` : ''}`,
  output_clash: (d) => `${q(d.first)} and ${q(d.second)} would both be written as ${q(d.name)}: build them with different --out folders, or rename one; nothing written`,
  font_unusable: (d) => `--fonts: cannot use ${q(d.file)}: ${d.reason}`,
  file_not_regular: (d) => `${q(d.file)} is ${d.kind}, not an ordinary file`,
  yaml_syntax: (d) => `YAML syntax error: ${d.reason}`,
  yaml_duplicate_key: (d) => `key ${q(d.key)} appears twice in the same mapping`,
  too_deep: () => 'the YAML nests far too deeply to be a plan (sections nest at most 4 levels deep: I., 1., 1.1., a))',
  yaml_alias: (d) => `YAML aliases (*${d.name}) are not allowed in plans; write the value out`,
  not_a_mapping: (d) => `a plan must be a mapping of keys (issuer:, title:, …), not ${d.found}`,
  empty_file: () => 'the file is empty; a plan needs at least issuer, date, title and sections',
  unknown_key: (d) => `unknown key ${q(d.key)}${d.where ? ` in ${d.where}` : ''}`,
  missing_field: (d) => `missing required field ${q(d.key)}${d.label ? ` (${d.label})` : ''}`,
  wrong_type: (d) => `${d.path}: expected ${d.expected}, found ${d.found}`,
  invalid_value: (d) => `${d.path}: ${d.reason}`,
  invalid_date: (d) => `${d.path}: ${d.reason}`,
  unknown_reference: (d) => `${q(d.ref)} does not name any ${d.kind} of this plan`,
  row_length: (d) => `${d.where}: this row has ${d.found} value${d.found === 1 ? "" : "s"}, the table takes ${d.expected} (${d.keys})`,
  cell_value: (d) => `${d.where}: column '${d.column}': ${d.reason}`,
  formula_error: (d) => `${d.where}: formula ${q(d.formula)}: ${d.reason}`,
  division_by_zero: (d) => `${d.where}: column '${d.column}' divides by zero (${d.formula})`,
  given_mismatch: (d) => `${d.where}: column '${d.column}' is typed as ${d.given} but computes to ${d.computed} (${d.formula})`,
  goal_not_met: (d) => `${d.where}: the total of column '${d.column}' is ${d.total}, below the goal {${d.goal}} = ${d.target}`,
  goal_unchecked: (d) => `${d.where}: the goal {${d.goal}} of column '${d.column}' is not checked: ${d.reason}`,
  ambiguous_number: (d) => `${d.where}: ${d.reason}`,
  data_file: (d) => `${d.where}: ${d.reason}`,
  table_too_narrow: (d) => `the table after "${d.table}" is too narrow for its numbers: even at ${d.size} pt the page cannot hold every column at the width of its widest number, so some numbers break across lines`,
  font_missing_glyph: (d) => `the ${d.face} font (${d.file}) has no glyph for ${d.chars}: the PDF shows an empty box there`,
  implausible_year: (d) => `${q(d.context)}: the year ${d.year} looks like a typo`,
  undeclared_appendix: (d) => `the text mentions ${q(d.mention)}, but the plan declares ${d.count === 0 ? 'no appendix' : d.count === 1 ? 'one appendix' : `${d.count} appendices`}`,
  duplicate_id: (d) => `the id ${q(d.id)} names both ${d.first} and ${d.second}; ids must be unique`,
  template_error: (d) => `template error: ${d.reason}`,
  markup_error: (d) => `markup error: ${d.reason}`,
};

export interface Where {
  file?: string;
  line?: number;
  column?: number;
  path?: string;
}

/**
 * Codes reported as warnings unless the caller says otherwise: a typed figure that differs from
 * the computed one (given: true) is printed as computed, so the plan still builds; `check` lists
 * every such row and --strict fails on them.
 */
const WARNING_BY_DEFAULT: ReadonlySet<DiagnosticCode> = new Set(['given_mismatch']);

/** Creates a diagnostic at the point of detection; the text comes from `messages`. */
export function diagnostic(
  code: DiagnosticCode,
  data: Data,
  where: Where = {},
  options: { severity?: Severity; hints?: string[] } = {},
): Diagnostic {
  return {
    severity: options.severity ?? (WARNING_BY_DEFAULT.has(code) ? 'warning' : 'error'),
    code,
    message: messages[code](data),
    ...where,
    hints: options.hints ?? [],
  };
}
