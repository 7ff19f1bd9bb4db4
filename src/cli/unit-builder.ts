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
  /** Warnings fail a unit (and nothing of it is written). */
  strict?: boolean;
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
      const rendered = [];
      for (const format of setup.formats) rendered.push({ format, ...(await renderFormat(document, format, { fonts: setup.fonts })) });
      const warnings = [...new Set(rendered.flatMap((r) => r.diagnostics.map((d) => d.message)))];
      if (setup.strict && warnings.length > 0) return { row: job.row, ok: false, error: `warning with --strict: ${warnings[0]}` };
      const files: string[] = [];
      for (const { format, bytes } of rendered) {
        const path = join(setup.outDir, `${job.name}.${format}`);
        await writeAtomically(path, bytes);
        files.push(path);
      }
      return { row: job.row, ok: true, files, warnings };
    } catch (e) {
      return { row: job.row, ok: false, error: (e as Error).message };
    }
  };
}
