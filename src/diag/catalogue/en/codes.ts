// Stage: diagnostics (catalogue, English). The message and default hint of every diagnostic code.
import type { DiagnosticCode } from '../../codes.js';
import { mib, q, type CodeWording, type Words } from '../wording.js';

const KINDS: Record<string, string> = { string: 'text', number: 'a number', int: 'a whole number', object: 'a mapping (key: value)', array: 'a list', boolean: 'true or false' };
const expected = (w: Words): string => String(w.expected ?? '').split('|').map((k) => KINDS[k] ?? k).join(' or ');

/** The default hint of a field of the plan: its description from the schema, when it has one. */
const fieldHelp = (w: Words, otherwise: string): string => (w.help ? `${w.key ?? 'this field'}: ${w.help}` : otherwise);

function typeHint(w: Words): string {
  const kinds = String(w.expected ?? '').split('|');
  if (kinds.includes('array')) return 'a list is written one entry per line, each starting with "- " (or [a, b] on one line)';
  if (kinds.includes('object')) return 'write the keys of this part on the lines below it, indented by two more spaces';
  if (kinds.includes('number') || kinds.includes('int')) return 'write the number alone, without units or thousands dots: 150000000';
  return fieldHelp(w, 'write the text after the colon, in double quotes if it contains ": " or starts with a sign');
}

export const enCodes: { [K in DiagnosticCode]: CodeWording } = {
  file_unreadable: { message: (w) => `cannot read ${q(w.file)}: ${w.reason}`, hint: () => "check the file's name and folder: letters, accents and case must match" },
  file_not_utf8: { message: () => 'the file is not UTF-8 text (save it as UTF-8)', hint: () => 'in Notepad: File › Save As…, Encoding: UTF-8' },
  file_too_large: {
    message: (w) => `the file is ${w.size ?? `more than ${w.limit}`} bytes; ${w.what} may be at most ${w.limit} bytes (${mib(w.limit)})`,
    hint: () => 'check that this is the right file',
  },
  file_not_regular: { message: (w) => `${q(w.file)} is ${w.kind}, not an ordinary file`, hint: () => 'name the file itself, e.g. plans/2026.yaml' },
  output_unwritable: {
    message: (w) => `cannot write ${q(w.file)}: ${w.reason}${w.kept ? `; ${w.kept}` : ''}`,
    hint: () => 'free some disk space, close the file if Word or a PDF viewer has it open, or choose another --out folder',
  },
  output_clash: {
    message: (w) => `${q(w.first)} and ${q(w.second)} would both be written as ${q(w.name)}; nothing written`,
    hint: () => 'build them with different --out folders, or rename one',
  },
  font_unusable: { message: (w) => `--fonts: cannot use ${q(w.file)}: ${w.reason}`, hint: () => 'copy times.ttf, timesbd.ttf, timesi.ttf and timesbi.ttf from C:\\Windows\\Fonts' },
  yaml_syntax: { message: (w) => `YAML syntax error: ${w.detail ?? w.reason}`, hint: () => 'the mistake may also be on the line above (a missing quote or bracket)' },
  yaml_duplicate_key: { message: (w) => `key ${q(w.key)} appears twice in the same mapping`, hint: () => 'keep one of them; several values are written as a list' },
  yaml_alias: {
    message: (w) => `YAML aliases (*${w.name}) are not allowed in plans; write the value out`,
    hint: () => 'text that starts with *, &, !, %, @ or ` must be in double quotes: "**1.** Căn cứ …"',
  },
  needs_quotes: { message: (w) => `${w.reason}`, hint: (w) => `put the whole text in double quotes: ${w.fixed}` },
  too_deep: {
    message: () => 'the YAML nests far too deeply to be a plan (sections nest at most 4 levels deep: I., 1., 1.1., a))',
    hint: () => 'check the indentation: each level is two more spaces',
  },
  not_a_mapping: { message: (w) => `a plan must be a mapping of keys (issuer:, title:, …), not ${w.found}`, hint: () => 'start from plans/2026.yaml' },
  empty_file: { message: () => 'the file is empty; a plan needs at least issuer, date, title and sections', hint: () => 'copy plans/2026.yaml and edit it' },
  unknown_key: { message: (w) => `unknown key ${q(w.key)}${w.path ? ` in ${w.path}` : ''}`, hint: () => 'check the spelling of the key' },
  missing_field: { message: (w) => `missing required field ${q(w.key)}${w.label ? ` (${w.label})` : ''}`, hint: (w) => `add a line ${w.key}: … here` },
  wrong_type: { message: (w) => `${w.path}: expected ${expected(w)}, found ${w.found}`, hint: typeHint },
  invalid_value: { message: (w) => `${w.path}: ${w.reason}`, hint: (w) => fieldHelp(w, 'see "Writing a plan" in the README') },
  invalid_date: { message: (w) => `${w.path}: ${w.reason}`, hint: () => 'write a date as year-month-day: 2026-03-05, 2026-03 or 2026' },
  unknown_reference: {
    message: (w) => `${q(w.ref)} does not name any ${w.kind} of this plan`,
    hint: () => 'ids are written in lower case joined by "-", exactly as declared',
  },
  typed_label: {
    message: (w) => `${w.path}: ${q(w.typed)} is added by the tool; typed here it prints twice ("${w.printed}")`,
    hint: (w) => `write: ${w.key}: ${w.write}`,
  },
  split_by_commas: {
    message: (w) => `the commas inside [ … ] split this into ${w.count} entries: ${w.pieces}`,
    hint: (w) => `if it is one entry, put it in double quotes: [ "${w.first}" ]; or write one "- " line per entry`,
  },
  row_length: {
    message: (w) => `${w.where}: this row has ${w.found} value${w.found === 1 ? '' : 's'}, the table takes ${w.expected} (${w.keys})`,
    hint: () => 'one value per column without a formula, in order; an empty cell is written ""',
  },
  cell_value: { message: (w) => `${w.where}: column '${w.column}': ${w.reason}`, hint: () => 'numbers as 16095 or 16.095, rates as 95,5' },
  formula_error: {
    message: (w) => `${w.where}: formula ${q(w.formula)}: ${w.reason}`,
    hint: () => 'a formula uses + - * /, parentheses, round, ceil, floor, min, max, abs, column keys and target ids',
  },
  division_by_zero: {
    message: (w) => `${w.where}: column '${w.column}' divides by zero (${w.formula})`,
    hint: () => 'check the figure it divides by (an empty cell or 0)',
  },
  given_mismatch: {
    message: (w) => `${w.where}: column '${w.column}' is typed as ${w.given} but computes to ${w.computed} (${w.formula})`,
    hint: () => 'correct the typed figure, or the figures it is computed from',
  },
  total_row_typed: {
    message: (w) => (w.sure ? `${w.row}: ${q(w.text)} is a total row typed by hand${w.agrees ? ' (its figures are the sums of the rows above)' : ''}; counted as a row it would double the totals` : `${w.row}: ${q(w.text)} looks like a total row typed by hand; if it is one, the table's totals now count it as a row`),
    hint: (w) => (w.hasTotal ? 'delete this row: the tool computes the total row (total:)' : `delete this row and write total: { label: ${w.text} } after rows:; the tool computes the total row`),
  },
  goal_not_met: {
    message: (w) => `${w.where}: the total of column '${w.column}' is ${w.total}, below the goal {${w.goal}} = ${w.target}`,
    hint: () => "check the figures, or the plan's target",
  },
  goal_unchecked: {
    message: (w) => `${w.where}: the goal {${w.goal}} of column '${w.column}' is not checked: ${w.reason}`,
    hint: () => 'give the column an exact total (no rounding in between), or check the goal by hand',
  },
  ambiguous_number: { message: (w) => `${w.where}: ${w.reason}`, hint: () => 'write the number the way Vietnamese plans do: 16.095 or 16095, and 95,5 for a decimal' },
  table_too_narrow: {
    message: (w) => `the table after "${w.table}" is too narrow for its numbers: even at ${w.size} pt the page cannot hold every column at the width of its widest number, so some numbers break across lines`,
    hint: () => 'turn the appendix to landscape (orientation: landscape), or split the table into two',
  },
  data_file: { message: (w) => `${w.where}: ${w.reason}`, hint: () => 'a data file is CSV (UTF-8) or XLSX; its first row names the columns' },
  duplicate_id: { message: (w) => `the id ${q(w.id)} names both ${w.first} and ${w.second}; ids must be unique`, hint: () => 'rename one of them' },
  font_missing_glyph: {
    message: (w) => `the ${w.face} font (${w.file}) has no glyph for ${w.chars}: the PDF shows an empty box there`,
    hint: () => 'use Times New Roman (--fonts with the files of C:\\Windows\\Fonts), or leave --fonts out',
  },
  implausible_year: { message: (w) => `${q(w.context)}: the year ${w.year} looks like a typo`, hint: () => 'a year has four digits' },
  undeclared_appendix: {
    message: (w) => `the text mentions ${q(w.mention)}, but the plan declares ${w.count === 0 ? 'no appendix' : w.count === 1 ? 'one appendix' : `${w.count} appendices`}`,
    hint: () => 'declare it under appendices: (separate: true if it is issued separately) and write its {id} instead of the number',
  },
  template_error: { message: (w) => `template error: ${w.detail}`, hint: () => 'the template (templates/) is at fault, not the plan: report it with the plan file' },
  markup_error: { message: (w) => `markup error: ${w.detail}`, hint: () => 'the template (templates/) is at fault, not the plan: report it with the plan file' },
};
