// Stage: cli (batch worker thread). Receives the prepared plan once from the main thread (no
// second reading, validating and computing of a plan of a thousand rows in each thread), then
// builds the units the main thread sends, one message each. Started from the same bundle as the
// command itself (dist/bin/main.mjs, with its code cache) when there is one, else from this file.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { ComputedPlan } from '../compute/types.js';
import { Exact } from '../util/exact.js';
import { setLang } from './lang.js';
import { unitBuilder, type UnitJob, type UnitResult, type WorkerSetup } from './unit-builder.js';

/** What the main thread sends a worker: the prepared plan first, then the units. */
export type ToWorker = { plan: ComputedPlan } | UnitJob;

/** The role a batch worker thread is started with (in its workerData), whatever file it runs. */
export const BATCH_WORKER = 'ke-hoach batch worker';

/** True in a thread started by runBatch to build units. */
export const isBatchWorker = (): boolean => !isMainThread && (workerData as { role?: string } | null)?.role === BATCH_WORKER;

/**
 * The prepared plan as it arrives from the main thread: plain data (structured clone) but for
 * its exact numbers (cells, targets), which lose their class on the way and are given it back.
 */
export function revivePlan(value: unknown): void {
  if (typeof value !== 'object' || value === null) return;
  if (value instanceof Map) return value.forEach(revivePlan);
  if (Array.isArray(value)) return value.forEach(revivePlan);
  const o = value as Record<string, unknown>;
  if (typeof o.num === 'bigint' && typeof o.den === 'bigint' && Object.getPrototypeOf(o) === Object.prototype) return void Object.setPrototypeOf(o, Exact.prototype);
  for (const k in o) revivePlan(o[k]);
}

export function startBatchWorker(): void {
  const setup = (workerData as { setup: WorkerSetup }).setup;
  if (setup.lang) setLang(setup.lang); // --lang of the command line: a file open in Word is said in it
  const port = parentPort!;
  let build: ((job: UnitJob) => Promise<UnitResult>) | undefined;
  port.on('message', async (m: ToWorker) => {
    if ('plan' in m) revivePlan(m.plan), (build = unitBuilder(setup, m.plan));
    else port.postMessage(await build!(m));
  });
}

// run as a file of its own (dist/cli/batch-worker.js); inside the command's bundle, main.ts starts it
if (isBatchWorker() && !(workerData as { inBundle?: boolean }).inBundle) startBatchWorker();
