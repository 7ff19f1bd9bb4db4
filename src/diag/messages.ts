// Stage: diagnostics. Diagnostics and sentences are created at the point of detection with their
// values; they are worded only when printed (word.ts), in the language the CLI chose.
import type { DiagnosticCode, Data, Diagnostic, Msg, Severity, TextKey } from './types.js';

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

/** A sentence of the catalogue with its values. */
export const msg = (key: TextKey, data?: Data): Msg => (data ? { key, data } : { key });

/** Creates a diagnostic at the point of detection; its words come from the catalogues. */
export function diagnostic(
  code: DiagnosticCode,
  data: Data,
  where: Where = {},
  options: { severity?: Severity; hints?: Msg[] } = {},
): Diagnostic {
  return {
    severity: options.severity ?? (WARNING_BY_DEFAULT.has(code) ? 'warning' : 'error'),
    code,
    data,
    ...where,
    hints: options.hints ?? [],
  };
}
