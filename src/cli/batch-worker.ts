// Stage: cli (batch worker thread). Prepares the plan once (fonts, templates and schemas then
// stay warm in this thread) and builds the units the main thread sends, one message each.
import { parentPort, workerData } from 'node:worker_threads';
import { setLang } from './lang.js';
import { unitBuilder, type UnitJob, type WorkerSetup } from './unit-builder.js';

const setup = workerData as WorkerSetup;
if (setup.lang) setLang(setup.lang); // --lang of the command line: a file open in Word is said in it
const build = unitBuilder(setup);
parentPort!.on('message', async (job: UnitJob) => parentPort!.postMessage(await build(job)));
parentPort!.postMessage('ready');
