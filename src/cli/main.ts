#!/usr/bin/env node
// Stage: cli. The only code that touches process.*, console.* and out/: parses arguments, runs
// the pipeline for each plan, prints diagnostics, writes files, sets the exit code
// (0 ok · 1 plan/template errors · 2 usage · 3 warnings with --strict · 4 an output file open
// in another program, e.g. Word · 70 internal error).
import { DiagnosticError } from '../diag/index.js';
import type { FontFiles } from '../fonts/measure.js';
import { buildDocument, renderFormat } from '../pipeline.js';
import { parseArgs, UsageError, USAGE, type CliOptions } from './args.js';
import { runBatch } from './batch.js';
import { busyMessage, EXIT_BUSY, OutputBusyError, retryWaiting, type Waiting } from './busy-output.js';
import { chooseFonts } from './fonts-option.js';
import { expandWildcards, outputPath } from './paths.js';
import { plural, printDiagnostics, runCommand } from './run.js';
import { watchPlans } from './watch.js';
import { writeAtomically } from './write-output.js';

/** Writes each output; one held open by Word is reported, kept as it was and put in `waiting`. */
async function writeOutputs(plan: string, o: CliOptions, outputs: readonly (readonly [string, { bytes: Uint8Array }])[], waiting: Waiting): Promise<void> {
  for (const [format, { bytes }] of outputs) {
    const path = outputPath(o.outDir, plan, format);
    waiting.delete(path);
    try {
      await writeAtomically(path, bytes);
      console.log(`wrote ${path}`);
    } catch (e) {
      if (!(e instanceof OutputBusyError)) throw e;
      console.error(busyMessage(path, o.watch));
      waiting.set(path, bytes);
    }
  }
}

async function buildOne(plan: string, o: CliOptions, fonts: FontFiles | undefined, waiting: Waiting): Promise<{ errors: number; warnings: number }> {
  try {
    const built = await buildDocument(plan);
    const outputs = await Promise.all(o.formats.map(async (f) => [f, await renderFormat(built.document, f, { fonts })] as const));
    const warnings = [...built.diagnostics, ...outputs.flatMap(([, r]) => r.diagnostics)];
    printDiagnostics(warnings);
    if (o.strict && warnings.length > 0) {
      console.error(`${plan}: ${plural(warnings.length, 'warning')} with --strict; nothing written`);
      return { errors: 0, warnings: warnings.length };
    }
    await writeOutputs(plan, o, outputs, waiting);
    return { errors: 0, warnings: warnings.length };
  } catch (e) {
    if (!(e instanceof DiagnosticError)) throw e;
    const ds = e.diagnostics;
    printDiagnostics(ds);
    const errors = ds.filter((d) => d.severity === 'error').length;
    console.error(`${plan}: ${plural(errors, 'error')}; nothing written`);
    return { errors, warnings: ds.length - errors };
  }
}

async function main(argv: string[]): Promise<number> {
  let o: CliOptions;
  try {
    o = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`build-plan: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  if (o.help) {
    console.log(USAGE);
    return 0;
  }
  o.plans = expandWildcards(o.plans);
  const chosen = chooseFonts(o.fontsDir);
  if ('error' in chosen) {
    console.error(`build-plan: ${chosen.error}`);
    return 2;
  }
  const { fonts } = chosen;
  if (chosen.note) console.log(chosen.note);
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
      () => retryWaiting(waiting, writeAtomically),
    );
  let errors = 0;
  let warnings = 0;
  for (const plan of o.plans) {
    const r = await buildOne(plan, o, fonts, waiting);
    errors += r.errors;
    warnings += r.warnings;
  }
  if (errors > 0) return 1;
  if (warnings > 0) {
    console.error(`${plural(warnings, 'warning')}${o.strict ? ' (--strict: failing)' : ''}`);
    if (o.strict) return 3;
  }
  return waiting.size > 0 ? EXIT_BUSY : 0;
}

runCommand('build-plan', main);
