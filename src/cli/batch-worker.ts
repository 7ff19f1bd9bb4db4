// Stage: cli (batch worker thread). Prepares the plan once (fonts, templates and schemas are then
// warm in this thread), and builds the units the main thread sends, one message each.
import { parentPort, workerData } from 'node:worker_threads';
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

const setup = workerData as WorkerSetup;
const prepared = preparePlan(await loadPlan(setup.plan), { each: setup.each });

parentPort!.on('message', async (job: UnitJob) => {
  let result: UnitResult;
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
    result = { row: job.row, ok: true, files, warnings };
  } catch (e) {
    result = { row: job.row, ok: false, error: (e as Error).message };
  }
  parentPort!.postMessage(result);
});
parentPort!.postMessage('ready');
