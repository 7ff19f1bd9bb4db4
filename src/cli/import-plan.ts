#!/usr/bin/env node
// Stage: cli. `npm run import-plan -- "KH 2025.docx" [--out plans/2025.yaml] [--force]`: reads last
// year's plan from a Word file (reader/), writes it as a plan in canonical layout with the review
// list on top, and checks it as `check` would.
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { DiagnosticError, hasErrors, msg } from '../diag/index.js';
import { parsePlanText } from '../plan/load.js';
import { buildFromSource } from '../pipeline.js';
import { importPlan, NotAPlanError, NotDocxError } from '../reader/index.js';
import { packageRoot } from '../util/package-root.js';
import { parseFlags, UsageError, withUsage } from './flags.js';
import { printDiagnostics, runCommand } from './run.js';
import { say } from './say.js';
import { writeTogether } from './write-output.js';

/** Appendix tables this long go to a CSV file beside the plan (more than a printed page). */
const CSV_MIN_ROWS = 40;

/** Word files are a few MB at most, images included. */
const MAX_DOCX_BYTES = 50 * 1024 * 1024;

/** Why a file could not be read, in the user's words. */
function readFault(e: NodeJS.ErrnoException): string {
  if (e.code === 'ENOENT') return 'không có file này';
  if (e.code === 'EISDIR') return 'đây là một thư mục, không phải file';
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'không có quyền đọc file này';
  return e.message;
}

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
      if (info.isDirectory()) throw new NotDocxError('đây là một thư mục, không phải file Word');
      if (!info.isFile()) throw new NotDocxError('đây không phải một file thường (thiết bị, đường ống …)');
      if (info.size > MAX_DOCX_BYTES) throw new NotDocxError('file lớn hơn 50 MB: không phải một kế hoạch');
      bytes = await readFile(file);
    } catch (e) {
      if (e instanceof NotDocxError) return console.error(`import-plan: ${file}: ${e.message}`), 1;
      return console.error(`import-plan: không đọc được '${file}': ${readFault(e as NodeJS.ErrnoException)}`), 1;
    }
    let imported: ReturnType<typeof importPlan>;
    try {
      imported = importPlan(bytes, { source: basename(file), schemaPath: schemaPath(out), dataFiles: { base: basename(out, extname(out)), minRows: CSV_MIN_ROWS } });
    } catch (e) {
      if (e instanceof NotDocxError || e instanceof NotAPlanError) return console.error(`import-plan: ${file}: ${e.message}`), 1;
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
      console.log(`đã ghi ${out}: ${imported.plan.sections.length} mục lớn, ${imported.plan.appendices?.length ?? 0} phụ lục; kiểm tra: 0 lỗi, ${warnings} cảnh báo`);
      for (const f of data) console.log(`đã ghi ${f.path} (số liệu của một phụ lục)`);
      console.log(`hãy xem lại ${imported.notes.length} điểm ghi ở đầu file, rồi chạy: npm run build-plan -- ${out}`);
      return 0;
    } catch (e) {
      if (!(e instanceof DiagnosticError)) throw e;
      printDiagnostics(e.diagnostics);
      const errors = e.diagnostics.filter((d) => d.severity === 'error').length;
      console.error(`import-plan: đã ghi ${out} nhưng còn ${errors} lỗi: hãy sửa (danh sách ở đầu file cho biết những chỗ công cụ phải đoán)`);
      return hasErrors(e.diagnostics) ? 1 : 0;
    }
  });
}

runCommand('import-plan', main);
