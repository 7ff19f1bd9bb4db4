#!/usr/bin/env node
// Stage: cli. `npm run import-plan -- "KH 2025.docx" [--out plans/2025.yaml] [--force]`: reads last
// year's plan from a Word file (reader/), writes it as a plan in canonical layout with the review
// list on top, and checks it as `check` would.
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { DiagnosticError, fsReason, hasErrors, msg } from '../diag/index.js';
import { parsePlanText } from '../plan/load.js';
import { buildFromSource } from '../pipeline.js';
import { importPlan, NotAPlanError, NotDocxError } from '../reader/index.js';
import { packageRoot } from '../util/package-root.js';
import { parseFlags, UsageError, withUsage } from './flags.js';
import { lang } from './lang.js';
import { printDiagnostics, runCommand } from './run.js';
import { say } from './say.js';
import { writeTogether } from './write-output.js';

/** Appendix tables this long go to a CSV file beside the plan (more than a printed page). */
const CSV_MIN_ROWS = 40;

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
  return withUsage('import-plan', async () => {
    const { positionals, flags, values } = parseFlags(argv, ['--force', '--debug', '-h', '--help'], ['--out']);
    if (flags.has('-h') || flags.has('--help')) return console.log(say('usage.import_plan', { rows: CSV_MIN_ROWS })), 0;
    if (positionals.length !== 1) throw new UsageError(msg('usage.one_docx'));
    const file = positionals[0]!;
    const out = values.get('--out') ?? join(dirname(file), `${basename(file, extname(file))}.yaml`);
    if (existsSync(out) && !flags.has('--force')) {
      console.error(`import-plan: ${say('usage.import_exists', { out })}`);
      return 2;
    }
    let bytes: Uint8Array;
    try {
      const info = await stat(file);
      if (info.isDirectory()) throw new NotDocxError(msg('import.is_folder'));
      if (!info.isFile()) throw new NotDocxError(msg('import.not_regular'));
      if (info.size > MAX_DOCX_BYTES) throw new NotDocxError(msg('import.too_large', { mb: MAX_DOCX_BYTES / 1024 / 1024 }));
      bytes = await readFile(file);
    } catch (e) {
      if (e instanceof NotDocxError) return console.error(`import-plan: ${file}: ${say(e.reason.key, e.reason.data)}`), 1;
      return console.error(`import-plan: ${say('import.unreadable', { file, reason: fsReason(e) })}`), 1;
    }
    let imported: ReturnType<typeof importPlan>;
    try {
      imported = importPlan(bytes, { source: basename(file), schemaPath: schemaPath(out), dataFiles: { base: basename(out, extname(out)), minRows: CSV_MIN_ROWS }, lang: lang() });
    } catch (e) {
      if (e instanceof NotDocxError || e instanceof NotAPlanError) return console.error(`import-plan: ${file}: ${say(e.reason.key, e.reason.data)}`), 1;
      throw e;
    }
    const data = imported.files.map((f) => ({ path: join(dirname(out), f.name), bytes: new TextEncoder().encode(f.text) }));
    const taken = data.find((f) => existsSync(f.path));
    if (taken && !flags.has('--force')) {
      console.error(`import-plan: ${say('usage.import_exists', { out: taken.path })}`);
      return 2;
    }
    await writeTogether([...data, { path: out, bytes: new TextEncoder().encode(imported.yaml) }]);
    try {
      const built = await buildFromSource(parsePlanText(out, imported.yaml));
      printDiagnostics(built.diagnostics);
      const warnings = built.diagnostics.length;
      console.log(say('import.summary', { out, sections: imported.plan.sections.length, appendices: imported.plan.appendices?.length ?? 0, warnings }));
      for (const f of data) console.log(say('import.wrote_data', { file: f.path }));
      console.log(say('import.review_then_build', { count: imported.notes.length, out }));
      return 0;
    } catch (e) {
      if (!(e instanceof DiagnosticError)) throw e;
      printDiagnostics(e.diagnostics);
      const errors = e.diagnostics.filter((d) => d.severity === 'error').length;
      console.error(`import-plan: ${say('import.written_with_errors', { out, errors })}`);
      return hasErrors(e.diagnostics) ? 1 : 0;
    }
  });
}

runCommand('import-plan', main);
