// Stage: cli. `build-plan … --watch`: builds, then rebuilds whenever a plan, a data file it reads
// or a template changes; errors are shown and watching goes on. Files are polled (editors often
// replace a file rather than write it, which event-based watching can miss). An output that
// could not be written because Word holds it open is tried again every second until it is closed.
import { readdirSync, readFileSync, statSync, unwatchFile, watchFile } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { dataFilesOf } from '../compute/table/data-path.js';
import { MAX_PLAN_BYTES } from '../plan/load.js';
import { DEFAULT_TEMPLATE_DIR } from '../pipeline.js';
import { describeFailure } from './run.js';

const POLL_MS = 250;
const SETTLE_MS = 150;
const RETRY_MS = 1000;

function templateFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? templateFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Data files a plan reads, found leniently: a broken plan has none. */
function dataFiles(plan: string): string[] {
  try {
    const info = statSync(plan);
    if (!info.isFile() || info.size > MAX_PLAN_BYTES) return []; // the build says why
    return dataFilesOf(plan, parse(readFileSync(plan, 'utf8')));
  } catch {
    return [];
  }
}

/**
 * `buildAll` returns true when some output waits for a file to be closed; `retry` then tries
 * those again (true while some still wait). Builds and retries never run at the same time.
 */
export async function watchPlans(plans: string[], buildAll: () => Promise<boolean>, retry: () => Promise<boolean>): Promise<never> {
  // whatever goes wrong in one build (a full disk, a bug) is reported, and watching goes on
  const report = (e: unknown) => console.error(describeFailure('build-plan', e, process.argv.includes('--debug')).lines.join('\n'));
  const build = () => buildAll().catch((e: unknown) => (report(e), false));
  let watched = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let retryTimer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const waitFor = (busy: boolean) => {
    clearTimeout(retryTimer);
    if (busy) retryTimer = setTimeout(() => (running = running.then(async () => waitFor(await retry())).catch(report)), RETRY_MS);
  };
  const rebuild = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running
        .then(async () => {
          console.log(`\n${new Date().toLocaleTimeString('vi-VN')}: rebuilding`);
          waitFor(await build());
          refresh();
        })
        .catch(report);
    }, SETTLE_MS);
  };
  const refresh = () => {
    const next = new Set([...plans, ...plans.flatMap(dataFiles), ...templateFiles(DEFAULT_TEMPLATE_DIR)]);
    for (const f of watched) if (!next.has(f)) unwatchFile(f);
    for (const f of next) if (!watched.has(f)) watchFile(f, { interval: POLL_MS }, (cur, prev) => cur.mtimeMs !== prev.mtimeMs && rebuild());
    watched = next;
  };
  waitFor(await build());
  refresh();
  console.log(`watching ${plans.join(', ')}, their data files and the templates (Ctrl+C to stop)`);
  return new Promise<never>(() => {});
}
