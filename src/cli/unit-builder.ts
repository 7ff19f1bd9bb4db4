// Stage: cli (batch). Builds units of an --each plan: the plan is prepared once, then each unit
// is rendered and written. Used by the worker threads, and directly when one thread suffices.
import { join } from 'node:path';
import { diagnostic, DiagnosticError, fsReason, type Diagnostic, type Lang } from '../diag/index.js';
import type { FontFiles } from '../fonts/measure.js';
import { loadPlan } from '../plan/load.js';
import { documentFor, preparePlan, renderFormat, type FormatName } from '../pipeline.js';
import { OutputError, writeTogether } from './write-output.js';

export interface WorkerSetup {
  plan: string;
  each: string;
  outDir: string;
  formats: FormatName[];
  fonts?: FontFiles;
  /** Warnings fail a unit (and nothing of it is written). */
  strict?: boolean;
  /** The language of the run (--lang or KE_HOACH_LANG), for what a worker thread words itself. */
  lang?: Lang;
}
export interface UnitJob {
  row: number;
  /** File name without extension. */
  name: string;
}
/** A unit failed by --strict has `warnings` and no files; one failed by an error has `error`. */
export type UnitResult = { row: number; ok: true; files: string[]; warnings: Diagnostic[] } | { row: number; ok: false; error: Diagnostic | string; warnings?: Diagnostic[]; io?: true };

export function unitBuilder(setup: WorkerSetup): (job: UnitJob) => Promise<UnitResult> {
  const prepared = loadPlan(setup.plan).then((source) => preparePlan(source, { each: setup.each }));
  return async (job) => {
    try {
      const { computed } = await prepared;
      const { document } = documentFor(computed, { each: setup.each }, { appendixId: setup.each, row: job.row });
      const rendered = [];
      for (const format of setup.formats) rendered.push({ format, ...(await renderFormat(document, format, { fonts: setup.fonts })) });
      const warnings = rendered.flatMap((r) => r.diagnostics);
      if (setup.strict && warnings.length > 0) return { row: job.row, ok: false, error: warnings[0]!, warnings };
      const files: string[] = [];
      for (const { format, bytes } of rendered) {
        files.push(join(setup.outDir, `${job.name}.${format}`));
      }
      await writeTogether(rendered.map((r, i) => ({ path: files[i]!, bytes: r.bytes })));
      return { row: job.row, ok: true, files, warnings };
    } catch (e) {
      if (e instanceof OutputError) return { row: job.row, ok: false, error: diagnostic('output_unwritable', { file: e.path, reason: fsReason(e.cause) }), io: true };
      if (e instanceof DiagnosticError && e.diagnostics[0]) return { row: job.row, ok: false, error: e.diagnostics[0] }; // worded by the main thread
      return { row: job.row, ok: false, error: (e as Error).message };
    }
  };
}
