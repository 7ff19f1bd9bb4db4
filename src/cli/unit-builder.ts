// Stage: cli (batch). Builds units of an --each plan: the plan is prepared once, then each unit
// is rendered and written. Used by the worker threads, and directly when one thread suffices.
import { join } from 'node:path';
import type { FontFiles } from '../fonts/measure.js';
import { loadPlan } from '../plan/load.js';
import { documentFor, preparePlan, renderFormat, type FormatName } from '../pipeline.js';
import { writeAtomically } from './write-output.js';

export interface WorkerSetup {
  plan: string;
  each: string;
  outDir: string;
  formats: FormatName[];
  fonts?: FontFiles;
}
export interface UnitJob {
  row: number;
  /** File name without extension. */
  name: string;
}
export type UnitResult = { row: number; ok: true; files: string[]; warnings: string[] } | { row: number; ok: false; error: string };

export function unitBuilder(setup: WorkerSetup): (job: UnitJob) => Promise<UnitResult> {
  const prepared = loadPlan(setup.plan).then((source) => preparePlan(source, { each: setup.each }));
  return async (job) => {
    try {
      const { computed } = await prepared;
      const { document } = documentFor(computed, { each: setup.each }, { appendixId: setup.each, row: job.row });
      const files: string[] = [];
      const warnings: string[] = [];
      for (const format of setup.formats) {
        const { bytes, diagnostics } = await renderFormat(document, format, { fonts: setup.fonts });
        const path = join(setup.outDir, `${job.name}.${format}`);
        await writeAtomically(path, bytes);
        files.push(path);
        warnings.push(...diagnostics.map((d) => d.message));
      }
      return { row: job.row, ok: true, files, warnings };
    } catch (e) {
      return { row: job.row, ok: false, error: (e as Error).message };
    }
  };
}
