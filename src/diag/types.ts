// Stage: diagnostics (leaf). Problems found by any stage, as data; worded in messages.ts,
// printed by cli/ only.

export type Severity = 'error' | 'warning';

export type DiagnosticCode =
  | 'file_unreadable'
  | 'file_not_utf8'
  | 'file_too_large'
  | 'file_not_regular'
  | 'output_unwritable'
  | 'output_clash'
  | 'font_unusable'
  | 'yaml_syntax'
  | 'yaml_duplicate_key'
  | 'yaml_alias'
  | 'too_deep'
  | 'not_a_mapping'
  | 'empty_file'
  | 'unknown_key'
  | 'missing_field'
  | 'wrong_type'
  | 'invalid_value'
  | 'invalid_date'
  | 'unknown_reference'
  | 'row_length'
  | 'cell_value'
  | 'formula_error'
  | 'division_by_zero'
  | 'given_mismatch'
  | 'goal_not_met'
  | 'goal_unchecked'
  | 'ambiguous_number'
  | 'data_file'
  | 'duplicate_id'
  | 'font_missing_glyph'
  | 'table_too_narrow'
  | 'implausible_year'
  | 'undeclared_appendix'
  | 'template_error'
  | 'markup_error';

export interface Diagnostic {
  severity: Severity;
  code: DiagnosticCode;
  /** Already worded message (see messages.ts). */
  message: string;
  file?: string;
  line?: number;
  column?: number;
  /** Dotted path inside the plan, e.g. sections[2].title. */
  path?: string;
  hints: string[];
}

/** Thrown by a stage for a condition that stops the build; carries the diagnostics found so far. */
export class DiagnosticError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => d.message).join('\n'));
    this.name = 'DiagnosticError';
  }
}

/** What a stage returns: its value and whatever it noticed. */
export interface Result<T> {
  value: T;
  diagnostics: Diagnostic[];
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean =>
  diagnostics.some((d) => d.severity === 'error');
