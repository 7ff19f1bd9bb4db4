#!/usr/bin/env node
// Stage: cli. The only code that touches process.*, console.* and out/: parses arguments, runs
// the pipeline for each plan, prints diagnostics, writes files, sets the exit code
// (0 ok · 1 plan/template errors · 2 usage · 3 warnings with --strict · 70 internal error ·
// 74 a file could not be written).
import { basename, extname, join } from 'node:path';
import { diagnostic, DiagnosticError, formatDiagnostic, fsReason, identity, msg } from '../diag/index.js';
import { findFontFiles, fontProblems, WINDOWS_NAMES } from '../fonts/find-fonts.js';
import type { FontFiles } from '../fonts/measure.js';
import { buildDocument, renderFormat } from '../pipeline.js';
import { lang } from './lang.js';
import { say } from './say.js';
import { parseArgs, UsageError, USAGE, type CliOptions } from './args.js';
import { runBatch } from './batch.js';
import { EXIT, plural, printDiagnostics, runCommand } from './run.js';
import { watchPlans } from './watch.js';
import { cleanUpOnSignals, OutputError, removeStaleLeftovers, writeTogether } from './write-output.js';

interface Outcome {
  errors: number;
  warnings: number;
  /** Files that could not be written (the plan itself was fine). */
  ioFaults: number;
}

const outputName = (plan: string): string => basename(plan, extname(plan));

async function buildOne(plan: string, o: CliOptions, fonts: FontFiles | undefined): Promise<Outcome> {
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
    const files = outputs.map(([format, { bytes }]) => ({ path: join(o.outDir, `${outputName(plan)}.${format}`), bytes }));
    await writeTogether(files);
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
    const key = outputName(plan).normalize('NFC').toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) return formatDiagnostic(diagnostic('output_clash', { first, second: plan, name: join(outDir, `${outputName(plan)}.*`) }), lang());
    seen.set(key, plan);
  }
  return null;
}

/** The --fonts folder's four faces, or a message saying what is wrong with it. */
async function fontsFrom(dir: string): Promise<FontFiles | string> {
  const found = findFontFiles(dir);
  if ('missing' in found) return say('cli.fonts_folder', { dir, reason: found.reason ?? msg('cli.fonts_missing', { names: found.missing.join(', ') }), names: Object.values(WINDOWS_NAMES).join(', ') });
  const problems = await fontProblems(found.files);
  if (problems.length > 0) return problems.map((p) => formatDiagnostic(diagnostic('font_unusable', p), lang())).join('\n');
  return found.files;
}

async function main(argv: string[]): Promise<number> {
  let o: CliOptions;
  try {
    o = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`build-plan: ${e.message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (o.help) {
    console.log(USAGE);
    return EXIT.ok;
  }
  const clash = o.each === null ? clashingNames(o.plans, o.outDir) : null;
  if (clash) return console.error(`build-plan: ${clash}`), EXIT.usage;
  let fonts: FontFiles | undefined;
  if (o.fontsDir !== null) {
    const found = await fontsFrom(o.fontsDir);
    if (typeof found === 'string') return console.error(found.replace(/^/gm, 'build-plan: ')), EXIT.usage;
    fonts = found;
  }
  cleanUpOnSignals(o.outDir);
  removeStaleLeftovers(o.outDir);
  if (o.each !== null) {
    const code = await runBatch(o.plans[0]!, o.each, { outDir: o.outDir, formats: o.formats, fonts, strict: o.strict, workers: Number(process.env.KE_HOACH_WORKERS) || undefined });
    return code;
  }
  if (o.watch)
    return watchPlans(o.plans, async () => {
      for (const plan of o.plans) await buildOne(plan, o, fonts);
    });
  const total: Outcome = { errors: 0, warnings: 0, ioFaults: 0 };
  for (const plan of o.plans) {
    const r = await buildOne(plan, o, fonts);
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

runCommand('build-plan', main);
