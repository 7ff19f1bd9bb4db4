#!/usr/bin/env node
// Stage: cli. `npm run import-plan -- "KH 2025.docx" [--out plans/2025.yaml] [--force]`: reads last
// year's plan from a Word file (reader/), writes it as a plan in canonical layout with the review
// list on top, and checks it as `check` would.
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { DiagnosticError, hasErrors } from '../diag/index.js';
import { parsePlanText } from '../plan/load.js';
import { buildFromSource } from '../pipeline.js';
import { importPlan, NotAPlanError, NotDocxError } from '../reader/index.js';
import { packageRoot } from '../util/package-root.js';
import { parseFlags, UsageError, withUsage } from './flags.js';
import { plural, printDiagnostics, runCommand } from './run.js';
import { writeAtomically } from './write-output.js';

const USAGE = `usage: npm run import-plan -- <plan.docx> [--out FILE] [--force]

Reads a plan written in Word or LibreOffice (.docx) and writes it as a plan in YAML, with a
list of what to review at its top (guesses, text kept as it was, figures that do not add up).
  --out FILE    where to write it (default: the Word file's name with .yaml, beside it)
  --force       overwrite FILE if it exists`;

/** Word files are a few MB at most, images included. */
const MAX_DOCX_BYTES = 50 * 1024 * 1024;

/** plan.schema.json as seen from the plan's folder (editor help); absolute outside the package. */
function schemaPath(out: string): string {
  const schema = join(packageRoot(), 'plans', 'plan.schema.json');
  const rel = relative(dirname(resolve(out)), schema).split('\\').join('/');
  if (relative(packageRoot(), resolve(out)).startsWith('..')) return schema.split('\\').join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

async function main(argv: string[]): Promise<number> {
  return withUsage('import-plan', USAGE, async () => {
    const { positionals, flags, values } = parseFlags(argv, ['--force', '--debug', '-h', '--help'], ['--out']);
    if (flags.has('-h') || flags.has('--help')) return console.log(USAGE), 0;
    if (positionals.length !== 1) throw new UsageError('name exactly one Word file (.docx)');
    const file = positionals[0]!;
    const out = values.get('--out') ?? join(dirname(file), `${basename(file, extname(file))}.yaml`);
    if (existsSync(out) && !flags.has('--force')) {
      console.error(`import-plan: ${out} exists; choose another --out or add --force to overwrite it`);
      return 2;
    }
    let bytes: Uint8Array;
    try {
      if ((await stat(file)).size > MAX_DOCX_BYTES) throw new NotDocxError('the file is larger than 50 MB: not a plan');
      bytes = await readFile(file);
    } catch (e) {
      if (e instanceof NotDocxError) return console.error(`import-plan: ${file}: ${e.message}`), 1;
      return console.error(`import-plan: cannot read '${file}': ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`), 1;
    }
    let imported: ReturnType<typeof importPlan>;
    try {
      imported = importPlan(bytes, { source: basename(file), schemaPath: schemaPath(out) });
    } catch (e) {
      if (e instanceof NotDocxError || e instanceof NotAPlanError) return console.error(`import-plan: ${file}: ${e.message}`), 1;
      throw e;
    }
    await writeAtomically(out, new TextEncoder().encode(imported.yaml));
    try {
      const built = await buildFromSource(parsePlanText(out, imported.yaml));
      printDiagnostics(built.diagnostics);
      const warnings = built.diagnostics.length;
      console.log(`wrote ${out}: ${plural(imported.plan.sections.length, 'section')}, ${plural(imported.plan.appendices?.length ?? 0, 'appendix')}; check: 0 errors, ${plural(warnings, 'warning')}`);
      console.log(`review the ${plural(imported.notes.length, 'point')} listed at its top, then: npm run build-plan -- ${out}`);
      return 0;
    } catch (e) {
      if (!(e instanceof DiagnosticError)) throw e;
      printDiagnostics(e.diagnostics);
      const errors = e.diagnostics.filter((d) => d.severity === 'error').length;
      console.error(`import-plan: wrote ${out}, but it has ${plural(errors, 'error')}: fix them (the review list at its top says where the import guessed)`);
      return hasErrors(e.diagnostics) ? 1 : 0;
    }
  });
}

runCommand('import-plan', main);
