#!/usr/bin/env node
// Stage: cli. The only code that touches process.*, console.* and out/: parses arguments, runs
// the pipeline for each plan, prints diagnostics, writes files, sets the exit code
// (0 ok · 1 plan/template errors · 2 usage · 3 warnings with --strict · 70 internal error ·
// 74 a file could not be written, e.g. one open in Word).
import { join } from 'node:path';
import { diagnostic, DiagnosticError, formatDiagnostic, fsReason, identity, msg } from '../diag/index.js';
import type { FontFiles } from '../fonts/measure.js';
import { buildDocument, renderFormat } from '../pipeline.js';
import { lang } from './lang.js';
import { say } from './say.js';
import { parseArgs, UsageError, type CliOptions } from './args.js';
import { usageErrorLines } from './flags.js';
import { runBatch } from './batch.js';
import { isBatchWorker, startBatchWorker } from './batch-worker.js';
import { busyMessage, OutputBusyError, retryWaiting, type Waiting } from './busy-output.js';
import { chooseFonts } from './fonts-option.js';
import { expandWildcards, outputBase, outputPath } from './paths.js';
import { EXIT, printDiagnostics, runCommand } from './run.js';
import { watchPlans } from './watch.js';
import { cleanUpOnSignals, OutputError, removeStaleLeftovers, writeTogether } from './write-output.js';

interface Outcome {
  errors: number;
  warnings: number;
  /** Files that could not be written (the plan itself was fine). */
  ioFaults: number;
}

/** `waiting`: plans whose outputs wait for a file open in Word to be closed (--watch writes them then). */
async function buildOne(plan: string, o: CliOptions, fonts: FontFiles | undefined, waiting: Waiting): Promise<Outcome> {
  waiting.delete(plan);
  try {
    const built = await buildDocument(plan);
    const outputs = await Promise.all(o.formats.map(async (f) => [f, await renderFormat(built.document, f, { fonts })] as const));
    // a warning both writers give (a table too narrow for its numbers) is printed once
    const warnings = [...built.diagnostics, ...outputs.flatMap(([, r]) => r.diagnostics)].filter((d, i, all) => all.findIndex((x) => identity(x) === identity(d)) === i);
    printDiagnostics(warnings);
    if (o.strict && warnings.length > 0) {
      console.error(say('cli.strict_nothing_written', { plan, warnings: warnings.length }));
      return { errors: 0, warnings: warnings.length, ioFaults: 0 };
    }
    const files = outputs.map(([format, { bytes }]) => ({ path: outputPath(o.outDir, plan, format), bytes }));
    try {
      await writeTogether(files);
    } catch (e) {
      if (!(e instanceof OutputBusyError)) throw e;
      console.error(busyMessage(e.path, o.watch, files.map((f) => f.path).filter((p) => p !== e.path)));
      waiting.set(plan, files);
      return { errors: 0, warnings: warnings.length, ioFaults: 1 };
    }
    for (const f of files) console.log(say('cli.wrote', { file: f.path }));
    return { errors: 0, warnings: warnings.length, ioFaults: 0 };
  } catch (e) {
    if (e instanceof OutputError) {
      const kept = msg('kept.plan_files', { plan });
      printDiagnostics([diagnostic('output_unwritable', { file: e.path, reason: fsReason(e.cause), kept })]);
      return { errors: 0, warnings: 0, ioFaults: 1 };
    }
    if (!(e instanceof DiagnosticError)) throw e;
    const ds = e.diagnostics;
    printDiagnostics(ds);
    const errors = ds.filter((d) => d.severity === 'error').length;
    console.error(say('cli.errors_nothing_written', { plan, errors }));
    return { errors, warnings: ds.length - errors, ioFaults: 0 };
  }
}

/** Two plans whose files would overwrite each other (a/plan.yaml, b/plan.yaml), in words; null if none. */
function clashingNames(plans: readonly string[], outDir: string): string | null {
  const seen = new Map<string, string>();
  for (const plan of plans) {
    // case and Unicode form aside, as Windows and macOS compare file names
    const key = outputBase(plan).toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) return formatDiagnostic(diagnostic('output_clash', { first, second: plan, name: join(outDir, `${outputBase(plan)}.*`) }), lang());
    seen.set(key, plan);
  }
  return null;
}

async function main(argv: string[]): Promise<number> {
  let o: CliOptions;
  try {
    o = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(usageErrorLines('build-plan', e));
    return EXIT.usage;
  }
  if (o.help) {
    console.log(say('usage.build_plan'));
    return EXIT.ok;
  }
  o.plans = expandWildcards(o.plans);
  const clash = o.each === null ? clashingNames(o.plans, o.outDir) : null;
  if (clash) return console.error(`build-plan: ${clash}`), EXIT.usage;
  const chosen = await chooseFonts(o.fontsDir);
  if ('error' in chosen) return console.error(chosen.error.replace(/^/gm, 'build-plan: ')), EXIT.usage;
  const { fonts } = chosen;
  if (chosen.note) console.log(chosen.note);
  cleanUpOnSignals(o.outDir);
  removeStaleLeftovers(o.outDir);
  if (o.each !== null) {
    const code = await runBatch(o.plans[0]!, o.each, { outDir: o.outDir, formats: o.formats, fonts, strict: o.strict, workers: Number(process.env.KE_HOACH_WORKERS) || undefined });
    return code;
  }
  const waiting: Waiting = new Map();
  if (o.watch)
    return watchPlans(
      o.plans,
      async () => {
        for (const plan of o.plans) await buildOne(plan, o, fonts, waiting);
        return waiting.size > 0;
      },
      () => retryWaiting(waiting, writeTogether),
    );
  const total: Outcome = { errors: 0, warnings: 0, ioFaults: 0 };
  for (const plan of o.plans) {
    const r = await buildOne(plan, o, fonts, waiting);
    total.errors += r.errors;
    total.warnings += r.warnings;
    total.ioFaults += r.ioFaults;
  }
  if (total.errors > 0) return EXIT.errors;
  if (total.ioFaults > 0) return console.error(say('cli.plans_unwritten', { count: total.ioFaults })), EXIT.io;
  if (total.warnings > 0) {
    console.error(say('cli.warnings_total', { count: total.warnings, strict: o.strict ? 1 : 0 }));
    if (o.strict) return EXIT.strict;
  }
  return EXIT.ok;
}

// a batch worker thread runs this same bundle (with its code cache) to build units
if (isBatchWorker()) startBatchWorker();
else runCommand('build-plan', main);
