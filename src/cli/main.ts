#!/usr/bin/env node
// Stage: cli. The only code that touches process.*, console.* and out/: parses arguments, runs
// the pipeline for each plan, prints diagnostics, writes files, sets the exit code
// (0 ok · 1 plan/template errors · 2 usage · 3 warnings with --strict · 70 internal error).
import { basename, extname, join } from 'node:path';
import { DiagnosticError } from '../diag/index.js';
import { findFontFiles, WINDOWS_NAMES } from '../fonts/find-fonts.js';
import type { FontFiles } from '../fonts/measure.js';
import { buildDocument, renderFormat } from '../pipeline.js';
import { parseArgs, UsageError, USAGE, type CliOptions } from './args.js';
import { runBatch } from './batch.js';
import { plural, printDiagnostics, runCommand } from './run.js';
import { watchPlans } from './watch.js';
import { writeAtomically } from './write-output.js';

async function buildOne(plan: string, o: CliOptions, fonts: FontFiles | undefined): Promise<{ errors: number; warnings: number }> {
  try {
    const built = await buildDocument(plan);
    const outputs = await Promise.all(o.formats.map(async (f) => [f, await renderFormat(built.document, f, { fonts })] as const));
    // a warning both writers give (a table too narrow for its numbers) is printed once
    const warnings = [...built.diagnostics, ...outputs.flatMap(([, r]) => r.diagnostics)].filter((d, i, all) => all.findIndex((x) => x.message === d.message) === i);
    printDiagnostics(warnings);
    if (o.strict && warnings.length > 0) {
      console.error(`${plan}: ${plural(warnings.length, 'warning')} with --strict; nothing written`);
      return { errors: 0, warnings: warnings.length };
    }
    const name = basename(plan, extname(plan));
    for (const [format, { bytes }] of outputs) {
      const path = join(o.outDir, `${name}.${format}`);
      await writeAtomically(path, bytes);
      console.log(`wrote ${path}`);
    }
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
  let fonts: FontFiles | undefined;
  if (o.fontsDir !== null) {
    const found = findFontFiles(o.fontsDir);
    if ('missing' in found) {
      console.error(`build-plan: --fonts ${o.fontsDir}: ${found.reason ?? `missing ${found.missing.join(', ')}`} (the folder needs ${Object.values(WINDOWS_NAMES).join(', ')})`);
      return 2;
    }
    fonts = found.files;
  }
  if (o.each !== null) {
    const code = await runBatch(o.plans[0]!, o.each, { outDir: o.outDir, formats: o.formats, fonts, strict: o.strict, workers: Number(process.env.KE_HOACH_WORKERS) || undefined });
    return code;
  }
  if (o.watch)
    return watchPlans(o.plans, async () => {
      for (const plan of o.plans) await buildOne(plan, o, fonts);
    });
  let errors = 0;
  let warnings = 0;
  for (const plan of o.plans) {
    const r = await buildOne(plan, o, fonts);
    errors += r.errors;
    warnings += r.warnings;
  }
  if (errors > 0) return 1;
  if (warnings > 0) {
    console.error(`${plural(warnings, 'warning')}${o.strict ? ' (--strict: failing)' : ''}`);
    if (o.strict) return 3;
  }
  return 0;
}

runCommand('build-plan', main);
