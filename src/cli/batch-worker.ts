// Stage: cli (batch worker thread). Prepares the plan once (fonts, templates and schemas then
// stay warm in this thread) and builds the units the main thread sends, one message each.
import { parentPort, workerData } from 'node:worker_threads';
import { unitBuilder, type UnitJob, type WorkerSetup } from './unit-builder.js';

const build = unitBuilder(workerData as WorkerSetup);
parentPort!.on('message', async (job: UnitJob) => parentPort!.postMessage(await build(job)));
parentPort!.postMessage('ready');
