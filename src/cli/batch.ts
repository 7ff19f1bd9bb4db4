// Stage: cli. build-plan --each <appendix>: one plan per row of an appendix (each commune its
// own plan, its own figures, its own file name), built on worker threads, one per core. A unit
// that fails is reported and the others go on; the exit code says whether any failed.
import { availableParallelism } from 'node:os';
import { basename, extname } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DiagnosticError, hasErrors, type Diagnostic } from '../diag/index.js';
import type { FontFiles } from '../fonts/measure.js';
import { loadPlan } from '../plan/load.js';
import type { ComputedTable } from '../compute/types.js';
import { preparePlan, type FormatName } from '../pipeline.js';
import { slug } from '../util/slug.js';
import { visible } from '../util/visible.js';
import { unitBuilder, type UnitJob, type UnitResult, type WorkerSetup } from './unit-builder.js';
import { EXIT, plural, printDiagnostics } from './run.js';

export interface BatchOptions {
  outDir: string;
  formats: FormatName[];
  fonts?: FontFiles;
  strict?: boolean;
  /**
   * Threads building units (default: one per core but one, which coordinates). A single one runs
   * in the main thread: each thread holds its own copy of the libraries (about 150 MB), and on a
   * two-core machine a second one shortened a 1 000-plan batch from 14 to 11 s but took its peak
   * memory from 265 to 430 MB.
   */
  workers?: number;
}

/** Diagnostics of one row of the units' table belong to that unit only. */
function byRow(diagnostics: Diagnostic[], tableIndex: number): { global: Diagnostic[]; rows: Map<number, Diagnostic[]> } {
  const rows = new Map<number, Diagnostic[]>();
  const global: Diagnostic[] = [];
  const pattern = new RegExp(`^appendices\\[${tableIndex}\\]\\.rows\\[(\\d+)\\]`);
  for (const d of diagnostics) {
    const m = d.severity === 'error' ? pattern.exec(d.path ?? '') : null;
    if (m) rows.set(Number(m[1]), [...(rows.get(Number(m[1])) ?? []), d]);
    else global.push(d);
  }
  return { global, rows };
}

/** How the summary names a unit: its name cell, else the first text of its row as typed, else "row N". */
function unitLabel(table: ComputedTable, typed: readonly unknown[] | undefined, row: number): string {
  const nameAt = table.columns.findIndex((c) => c.kind === 'text');
  const name = table.rows[row]?.[nameAt]?.value;
  if (typeof name === 'string' && name.trim() !== '') return name;
  const first = typed?.find((v): v is string => typeof v === 'string' && v.trim() !== '');
  return first ?? `row ${row + 1}`;
}

/** Warnings of the units, each printed once with the units it concerns. */
function printUnitWarnings(byMessage: Map<string, { diagnostic: Diagnostic; labels: string[] }>): void {
  for (const { diagnostic, labels } of byMessage.values()) {
    const shown = labels.slice(0, 5).join(', ') + (labels.length > 5 ? ` … (${labels.length - 5} more)` : '');
    printDiagnostics([{ ...diagnostic, hints: [...diagnostic.hints, `in ${plural(labels.length, 'plan')}: ${shown}`] }]);
  }
}

function progress(done: number, total: number): void {
  if (!process.stderr.isTTY) return;
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
  if (done === total) process.stderr.write('\n');
}

export async function runBatch(plan: string, each: string, o: BatchOptions): Promise<number> {
  const started = performance.now();
  let prepared;
  try {
    prepared = await preparePlan(await loadPlan(plan), { each });
  } catch (e) {
    if (!(e instanceof DiagnosticError)) throw e;
    printDiagnostics(e.diagnostics);
    return 1;
  }
  const tableIndex = prepared.computed.plan.appendices.findIndex((a) => a.id === each);
  const table = prepared.computed.tables[tableIndex];
  if (!table) {
    console.error(`${plan}: --each ${each}: no appendix with that id (appendices: ${prepared.computed.plan.appendices.map((a) => a.id).join(', ') || 'none'})`);
    return 1;
  }
  const { global, rows } = byRow(prepared.diagnostics, tableIndex);
  printDiagnostics(global);
  if (hasErrors(global)) return console.error(`${plan}: errors outside the units' rows; nothing built`), 1;
  if (o.strict && global.length > 0) return console.error(`${plan}: ${plural(global.length, 'warning')} with --strict; nothing built`), 3;

  const typedRows = prepared.computed.plan.appendices[tableIndex]!.rows;
  const labelOf = (row: number) => unitLabel(table, typedRows[row], row);
  const base = basename(plan, extname(plan));
  const seen = new Map<string, number>();
  const jobs: UnitJob[] = [];
  const failed: { label: string; reason: string; strict?: boolean; io?: boolean }[] = [];
  table.rows.forEach((_, row) => {
    const label = labelOf(row);
    if (rows.has(row)) return printDiagnostics(rows.get(row)!), failed.push({ label, reason: rows.get(row)![0]!.message });
    const s = slug(label) || `row-${row + 1}`;
    const n = (seen.get(s) ?? 0) + 1;
    seen.set(s, n);
    jobs.push({ row, name: `${base}-${s}${n > 1 ? `-${n}` : ''}` });
  });

  const total = table.rows.length;
  let done = failed.length;
  let files = 0;
  let warnings = 0;
  const unitWarnings = new Map<string, { diagnostic: Diagnostic; labels: string[] }>();
  const count = Math.max(1, Math.min(o.workers ?? availableParallelism() - 1, jobs.length));
  const setup: WorkerSetup = { plan, each, outDir: o.outDir, formats: o.formats, fonts: o.fonts, strict: o.strict };
  const script = new URL(import.meta.url.endsWith('.mjs') ? './batch-worker.mjs' : './batch-worker.js', import.meta.url);
  progress(done, total);
  const record = (m: UnitResult) => {
    done++;
    warnings += m.warnings?.length ?? 0;
    for (const d of m.warnings ?? []) {
      const entry = unitWarnings.get(d.message) ?? { diagnostic: d, labels: [] };
      entry.labels.push(labelOf(m.row));
      unitWarnings.set(d.message, entry);
    }
    if (m.ok) files += m.files.length;
    else failed.push({ label: labelOf(m.row), reason: m.error, strict: m.warnings !== undefined, io: m.io });
    progress(done, total);
  };
  if (count === 1) {
    const build = unitBuilder(setup);
    for (const job of jobs) record(await build(job));
  } else await Promise.all(
    Array.from({ length: jobs.length ? count : 0 }, () => {
      // a modest heap per worker: units are small, and V8 otherwise lets garbage pile up
      const worker = new Worker(script, { workerData: setup });
      return new Promise<void>((resolve, reject) => {
        const next = () => {
          const job = jobs.shift();
          if (job) worker.postMessage(job);
          else void worker.terminate().then(() => resolve());
        };
        worker.on('message', (m: UnitResult | 'ready') => {
          if (m !== 'ready') record(m);
          next();
        });
        worker.on('error', reject);
      });
    }),
  );
  printUnitWarnings(unitWarnings);
  for (const f of failed) console.error(visible(`failed: ${f.label}: ${f.reason}`));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const rss = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(`built ${total - failed.length} of ${plural(total, 'plan')} (${plural(files, 'file')}) in ${seconds} s on ${plural(count, 'thread')}, peak memory ${rss} MB; ${failed.length} failed${warnings ? `; ${plural(warnings, 'warning')}` : ''}`);
  // errors fail the batch (1); files that could not be written, 74; warnings only with --strict (3)
  if (failed.some((f) => !f.strict && !f.io)) return EXIT.errors;
  if (failed.some((f) => f.io)) return EXIT.io;
  return failed.length > 0 ? EXIT.strict : EXIT.ok;
}
