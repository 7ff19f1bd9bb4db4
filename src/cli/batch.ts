// Stage: cli. build-plan --each <appendix>: one plan per row of an appendix (each commune its
// own plan, its own figures, its own file name), built on worker threads, one per core, while
// the main thread prepares the plan once, hands out the units and keeps count. A unit that fails
// is reported and the others go on; the exit code says whether any failed.
import { availableParallelism } from 'node:os';
import { DiagnosticError, hasErrors, identity, messageOf, msg, type Diagnostic } from '../diag/index.js';
import type { FontFiles } from '../fonts/measure.js';
import { loadPlan } from '../plan/load.js';
import type { ComputedTable } from '../compute/types.js';
import { preparePlan, type FormatName } from '../pipeline.js';
import { slug } from '../util/slug.js';
import { visible } from '../util/visible.js';
import { startPool, type Pool } from './batch-pool.js';
import type { UnitJob, UnitResult, WorkerSetup } from './unit-builder.js';
import { lang } from './lang.js';
import { outputBase } from './paths.js';
import { EXIT, printDiagnostics } from './run.js';
import { say } from './say.js';

export interface BatchOptions {
  outDir: string;
  formats: FormatName[];
  fonts?: FontFiles;
  strict?: boolean;
  /**
   * Worker threads building units (default: one per core); the main thread only prepares the
   * plan and hands out the units. Each holds its own copy of the libraries and fonts.
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

/** The first units' names, and how many more. */
const shortList = (labels: string[]): string => labels.slice(0, 5).join(', ') + (labels.length > 5 ? ` ${say('cli.more', { count: labels.length - 5 })}` : '');

/** Warnings of the units, each printed once with the units it concerns. */
function printUnitWarnings(byMessage: Map<string, { diagnostic: Diagnostic; labels: string[] }>): void {
  for (const { diagnostic, labels } of byMessage.values()) {
    const shown = shortList(labels);
    printDiagnostics([{ ...diagnostic, notes: [...(diagnostic.notes ?? []), msg('cli.in_units', { count: labels.length, shown })] }]);
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
  const setup: WorkerSetup = { each, outDir: o.outDir, formats: o.formats, fonts: o.fonts, strict: o.strict, lang: lang() };
  // the threads load the libraries while this one reads and prepares the plan
  const pool = startPool(Math.max(1, o.workers ?? availableParallelism()), setup);
  try {
    return await prepareAndBuild(plan, each, o, pool, setup, started);
  } finally {
    await pool.close();
  }
}

async function prepareAndBuild(plan: string, each: string, o: BatchOptions, pool: Pool, setup: WorkerSetup, started: number): Promise<number> {
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
    console.error(`${plan}: ${say('cli.no_each_appendix', { each, ids: prepared.computed.plan.appendices.map((a) => a.id).join(', ') })}`);
    return 1;
  }
  const { global, rows } = byRow(prepared.diagnostics, tableIndex);
  printDiagnostics(global);
  if (hasErrors(global)) return console.error(`${plan}: ${say('cli.errors_outside_units')}`), 1;
  if (o.strict && global.length > 0) return console.error(`${plan}: ${say('cli.batch_strict', { count: global.length })}`), 3;

  const typedRows = prepared.computed.plan.appendices[tableIndex]!.rows;
  const labelOf = (row: number) => unitLabel(table, typedRows[row], row);
  const base = outputBase(plan);
  const seen = new Map<string, number>();
  const jobs: UnitJob[] = [];
  const failed: { label: string; reason: Diagnostic | string; strict?: boolean; io?: boolean }[] = [];
  table.rows.forEach((_, row) => {
    const label = labelOf(row);
    if (rows.has(row)) return printDiagnostics(rows.get(row)!), failed.push({ label, reason: rows.get(row)![0]! });
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
  const threads = Math.max(1, Math.min(o.workers ?? availableParallelism(), jobs.length));
  progress(done, total);
  const record = (m: UnitResult) => {
    done++;
    warnings += m.warnings?.length ?? 0;
    for (const d of m.warnings ?? []) {
      const entry = unitWarnings.get(identity(d)) ?? { diagnostic: d, labels: [] };
      entry.labels.push(labelOf(m.row));
      unitWarnings.set(identity(d), entry);
    }
    if (m.ok) files += m.files.length;
    else failed.push({ label: labelOf(m.row), reason: m.error, strict: m.warnings !== undefined, io: m.io });
    progress(done, total);
  };
  const rebuilt = jobs.length > 0 ? await pool.run(prepared.computed, jobs, record) : [];
  if (rebuilt.length > 0) console.error(say('cli.units_rebuilt', { count: rebuilt.length, shown: shortList(rebuilt.map(labelOf)) }));
  printUnitWarnings(unitWarnings);
  for (const f of failed) console.error(visible(say('cli.unit_failed', { label: f.label, why: typeof f.reason === 'string' ? f.reason : messageOf(f.reason, lang()), strict: f.strict ? 1 : 0 })));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const rss = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(say('cli.batch_summary', { built: total - failed.length, total, files, seconds, threads, rss, failed: failed.length, warnings }));
  // errors fail the batch (1); files that could not be written, 74; warnings only with --strict (3)
  if (failed.some((f) => !f.strict && !f.io)) return EXIT.errors;
  if (failed.some((f) => f.io)) return EXIT.io;
  return failed.length > 0 ? EXIT.strict : EXIT.ok;
}
