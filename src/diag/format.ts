// Stage: diagnostics. Diagnostic → the one-line text the CLI prints:
// `file:LINE:COL: severity: message` followed by hint lines.
import type { Diagnostic } from './types.js';

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.file ? `${d.file}:${d.line ?? 1}:${d.column ?? 1}: ` : '';
  const sev = d.severity === 'warning' ? 'warning: ' : '';
  const head = `${where}${sev}${d.message}`;
  return [head, ...d.hints.map((h) => `    ${h}`)].join('\n');
}

/** Stable order: by file, then line, then column, then message. */
export function sortDiagnostics(ds: readonly Diagnostic[]): Diagnostic[] {
  return [...ds].sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.message.localeCompare(b.message),
  );
}
