// Stage: cli (batch). Builds units of an --each plan: the plan, prepared once (by the main
// thread), is rendered for each unit and written. Used by the worker threads, and by the main
// thread for a unit a worker thread could not build within its memory limit.
import { join } from 'node:path';
import type { ComputedPlan } from '../compute/types.js';
import { diagnostic, DiagnosticError, fsReason, type Diagnostic, type Lang } from '../diag/index.js';
import type { FontFiles } from '../fonts/measure.js';
import { documentFor, renderFormat, type FormatName } from '../pipeline.js';
import { OutputError, writeTogether } from './write-output.js';

export interface WorkerSetup {
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

/** The paths a unit's files are written to, one per format. */
export const unitFiles = (setup: WorkerSetup, job: UnitJob): string[] => setup.formats.map((format) => join(setup.outDir, `${job.name}.${format}`));

export function unitBuilder(setup: WorkerSetup, computed: ComputedPlan): (job: UnitJob) => Promise<UnitResult> {
  return async (job) => {
    try {
      const files = unitFiles(setup, job);
      const bytes: Uint8Array[] = [];
      const warnings: Diagnostic[] = [];
      {
        // the document is dropped as soon as both formats are rendered: only the bytes wait for the disk
        const { document } = documentFor(computed, { each: setup.each }, { appendixId: setup.each, row: job.row });
        for (const format of setup.formats) {
          const rendered = await renderFormat(document, format, { fonts: setup.fonts });
          bytes.push(rendered.bytes);
          warnings.push(...rendered.diagnostics);
        }
      }
      if (setup.strict && warnings.length > 0) return { row: job.row, ok: false, error: warnings[0]!, warnings };
      await writeTogether(files.map((path, i) => ({ path, bytes: bytes[i]! })));
      return { row: job.row, ok: true, files, warnings };
    } catch (e) {
      if (e instanceof OutputError) return { row: job.row, ok: false, error: diagnostic('output_unwritable', { file: e.path, reason: fsReason(e.cause) }), io: true };
      if (e instanceof DiagnosticError && e.diagnostics[0]) return { row: job.row, ok: false, error: e.diagnostics[0] }; // worded by the main thread
      return { row: job.row, ok: false, error: (e as Error).message };
    }
  };
}
