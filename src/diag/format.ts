// Stage: diagnostics. Diagnostic → the text the CLI prints, in the language chosen:
// `file:LINE:COL: severity: message` followed by hint lines.
import type { Diagnostic, Lang } from './types.js';
import { hintsOf, messageOf, word } from './word.js';
import { msg } from './messages.js';

export function formatDiagnostic(d: Diagnostic, lang: Lang): string {
  const where = d.file ? `${d.file}:${d.line ?? 1}:${d.column ?? 1}: ` : '';
  const sev = d.severity === 'warning' ? `${word(msg('cli.warning_prefix'), lang)}: ` : '';
  const head = `${where}${sev}${messageOf(d, lang)}`;
  const notes = (d.notes ?? []).map((n) => word(n, lang));
  return [head, ...[...hintsOf(d, lang), ...notes].map((h) => `    ${h}`)].join('\n');
}

/** A key that tells diagnostics apart whatever the language: the code and its values. */
export const identity = (d: Diagnostic): string => `${d.code}:${JSON.stringify(d.data)}`;

/** Stable order: by file, then line, then column, then code and values. */
export function sortDiagnostics(ds: readonly Diagnostic[]): Diagnostic[] {
  return [...ds].sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      identity(a).localeCompare(identity(b)),
  );
}
