// Stage: studio. The project's diagnostics (the same as `check` prints) for the page: paths
// shown as the user would type them, and marked when they point into the plan being edited.
import { isAbsolute, relative, resolve } from 'node:path';
import { DiagnosticError, hintsOf, messageOf, word, type Diagnostic, type Lang } from '../index.js';
import type { StudioDiagnostic } from './types.js';

export interface Places {
  /** The plan being edited (absolute). */
  plan: string;
  /** The folder paths are shown relative to (where the command was started). */
  cwd: string;
  /** The language the page speaks (--lang of the command line); Vietnamese by default. */
  lang?: Lang;
}

/** The diagnostics worded for the page, in Vietnamese unless the studio was started with --lang en. */
export function forPage(ds: readonly Diagnostic[], places: Places, lang: Lang = places.lang ?? 'vi'): StudioDiagnostic[] {
  return ds.map((d) => {
    const abs = d.file === undefined ? undefined : resolve(places.cwd, d.file);
    const rel = abs && relative(places.cwd, abs);
    const file = abs === undefined ? undefined : rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
    return {
      severity: d.severity,
      code: d.code,
      message: messageOf(d, lang),
      hints: [...hintsOf(d, lang), ...(d.notes ?? []).map((n) => word(n, lang))],
      file,
      line: d.line,
      column: d.column,
      inPlan: abs === places.plan && d.line !== undefined,
    };
  });
}

/** Runs a step of the pipeline: its value, or the diagnostics it stopped with. */
export async function attempt<T>(step: () => Promise<T>): Promise<{ value: T } | { diagnostics: Diagnostic[] }> {
  try {
    return { value: await step() };
  } catch (e) {
    if (e instanceof DiagnosticError) return { diagnostics: e.diagnostics };
    throw e;
  }
}
