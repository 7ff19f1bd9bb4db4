// Stage: cli (batch). The worker threads of build-plan --each: started at once (they load the
// libraries while the main thread prepares the plan), given the prepared plan, then fed units a
// few at a time. Each thread's heap has limits, which also make V8 collect sooner: the batch's
// memory then stays small whatever the number of units (without them, each thread's heap grows
// to 100 MB and more); a unit that a thread cannot build within its limit is built again on the
// main thread, without one, and the thread is replaced.
import { Worker } from 'node:worker_threads';
import type { ComputedPlan } from '../compute/types.js';
import { BATCH_WORKER, type ToWorker } from './batch-worker.js';
import { unitBuilder, unitFiles, type UnitJob, type UnitResult, type WorkerSetup } from './unit-builder.js';
import { removeTemporaries } from './write-output.js';

/** Units handed to a worker ahead of time: one is built while another's files are written. */
const PREFETCH = 2;

/**
 * The old generation of a worker thread's heap, in MB (KE_HOACH_WORKER_HEAP_MB to choose; the
 * tests set a small one to see a unit built again without it). V8 lets a heap grow the less
 * eagerly the lower its limit (to 1.3 times its live data after a full collection up to a
 * limit of 256 MB, 1.6 times at 1 024, 4 times from 2 048): a batch of 1 000 units peaked at
 * 269 MB with 20 full collections a thread at 1 024 MB, at 267 MB with 36 at 96 MB, and at
 * 364 MB with 6 at 2 048 MB. Ordinary units stay far below the limit; it is reached only by a
 * unit of its own size (a table or text of hundreds of thousands of lines).
 */
export const workerHeapMb = (): number => Number(process.env.KE_HOACH_WORKER_HEAP_MB) || 1024;

/**
 * The young generation of a worker thread's heap, in MB (V8's default is 48: two semi-spaces of
 * 16 MB and room for large objects). At 24, a batch of 1 000 units peaked 30 MB lower (261 against
 * 289 MB, old generation at 96 MB) for twice as many minor collections, which cost no CPU time that could be told apart
 * from the machine's noise (in-process, 200 units: 7.85 against 7.82 s, 6.51 against 6.26 s).
 */
const YOUNG_MB = 24;

/**
 * The worker thread's code: the command's own bundle (dist/bin/main.mjs, started with its V8
 * code cache, so a thread neither parses nor compiles the libraries) when this runs from it,
 * else dist/cli/batch-worker.js.
 */
function workerScript(): { url: URL; inBundle: boolean } {
  const inBundle = import.meta.url.endsWith('/main.mjs');
  return { url: new URL(inBundle ? import.meta.url : './batch-worker.js', import.meta.url), inBundle };
}

export function startWorker(setup: WorkerSetup): Worker {
  const { url, inBundle } = workerScript();
  return new Worker(url, { workerData: { role: BATCH_WORKER, inBundle, setup }, resourceLimits: { maxOldGenerationSizeMb: workerHeapMb(), maxYoungGenerationSizeMb: YOUNG_MB } });
}

const outOfMemory = (e: unknown): boolean => (e as NodeJS.ErrnoException | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';

/**
 * Feeds `worker` units from `jobs` until none is left (then ends it and gives []), or until it
 * runs out of memory: then gives the units it had in hand, whose results never came.
 * Any other failure of the thread is a bug, and rejects.
 */
function serve(worker: Worker, computed: ComputedPlan, jobs: UnitJob[], record: (r: UnitResult) => void): Promise<UnitJob[]> {
  return new Promise((resolve, reject) => {
    const inHand = new Map<number, UnitJob>();
    let ended = false;
    const next = () => {
      const job = jobs.shift();
      if (job) inHand.set(job.row, job), worker.postMessage(job satisfies ToWorker);
      else if (inHand.size === 0 && !ended) (ended = true), void worker.terminate().then(() => resolve([]));
    };
    worker.on('message', (m: UnitResult) => {
      if (ended || !inHand.delete(m.row)) return;
      record(m);
      next();
    });
    worker.on('error', (e) => {
      if (ended) return;
      ended = true;
      if (outOfMemory(e)) resolve([...inHand.values()]);
      else reject(e);
    });
    worker.on('exit', (code) => {
      if (!ended) (ended = true), reject(new Error(`a batch worker thread stopped unexpectedly (exit code ${code})`));
    });
    worker.postMessage({ plan: computed } satisfies ToWorker);
    for (let k = 0; k < PREFETCH; k++) next();
  });
}

export interface Pool {
  /** Builds every job, each result recorded exactly once; gives the rows built again on the main thread. */
  run(computed: ComputedPlan, jobs: UnitJob[], record: (r: UnitResult) => void): Promise<number[]>;
  /** Ends the threads not used (fewer units than threads, or a plan with errors). */
  close(): Promise<void>;
}

/** `count` worker threads, started now. */
export function startPool(count: number, setup: WorkerSetup): Pool {
  const idle = Array.from({ length: count }, () => startWorker(setup));
  // units a thread could not build within its heap: built here one after another, without a cap
  let inMain: ((job: UnitJob) => Promise<UnitResult>) | undefined;
  let mainQueue = Promise.resolve();
  const rebuilt: number[] = [];
  const rebuild = (computed: ComputedPlan, lost: UnitJob[], record: (r: UnitResult) => void) =>
    (mainQueue = mainQueue.then(async () => {
      inMain ??= unitBuilder(setup, computed);
      for (const job of lost) {
        rebuilt.push(job.row);
        await removeTemporaries(unitFiles(setup, job)); // whatever the thread had begun to write
        record(await inMain(job));
      }
    }));
  const lane = async (worker: Worker, computed: ComputedPlan, jobs: UnitJob[], record: (r: UnitResult) => void) => {
    for (;;) {
      const lost = await serve(worker, computed, jobs, record);
      if (lost.length === 0) return;
      await worker.terminate();
      const again = rebuild(computed, lost, record);
      if (jobs.length === 0) return again;
      worker = startWorker(setup); // the other units go on in a fresh thread, with the same cap
    }
  };
  return {
    async run(computed, jobs, record) {
      const used = idle.splice(0, Math.max(1, Math.min(idle.length, jobs.length)));
      await this.close();
      await Promise.all(used.map((w) => lane(w, computed, jobs, record)));
      await mainQueue;
      return rebuilt.sort((a, b) => a - b);
    },
    async close() {
      await Promise.all(idle.splice(0).map((w) => w.terminate()));
    },
  };
}
