#!/usr/bin/env node
// Stage: cli. `npm run fmt -- FILE… [--check]`: rewrites plans in the canonical layout
// (workflow/canonical-yaml); --check only reports the files that are not canonical (exit 1).
import { diagnostic, DiagnosticError, formatDiagnostic } from '../diag/index.js';
import { fsReason } from '../util/fs-reason.js';
import { decodeText, readPlanBytes } from '../plan/load.js';
import { canonicalYaml } from '../workflow/canonical-yaml.js';
import { parseFlags, UsageError, withUsage } from './flags.js';
import { EXIT, plural, printDiagnostics, runCommand } from './run.js';
import { OutputError, writeAtomically } from './write-output.js';

const USAGE = `usage: npm run fmt -- <plan.yaml> [more.yaml …] [--check]

Rewrites each plan in the canonical layout: keys in schema order, one table row per line,
quotes only where needed, comments kept.
  --check    change nothing; exit 1 if a file is not canonical`;

async function main(argv: string[]): Promise<number> {
  return withUsage('fmt', USAGE, async () => {
    const { positionals, flags } = parseFlags(argv, ['--check', '--debug', '-h', '--help']);
    if (flags.has('-h') || flags.has('--help')) return console.log(USAGE), 0;
    if (positionals.length === 0) throw new UsageError('name at least one plan file');
    let changed = 0;
    let failed = 0;
    let unwritable = 0;
    for (const file of positionals) {
      try {
        const text = decodeText(file, await readPlanBytes(file));
        const canonical = canonicalYaml(file, text);
        if (canonical === text) continue;
        changed++;
        if (flags.has('--check')) console.log(`not canonical: ${file}`);
        else await writeAtomically(file, new TextEncoder().encode(canonical)), console.log(`formatted ${file}`);
      } catch (e) {
        if (e instanceof DiagnosticError) printDiagnostics(e.diagnostics), failed++;
        else if (e instanceof OutputError) console.error(formatDiagnostic(diagnostic('output_unwritable', { file: e.path, reason: fsReason(e.cause), kept: 'the file is as it was' }))), unwritable++;
        else throw e;
      }
    }
    if (failed > 0) return EXIT.errors;
    if (unwritable > 0) return EXIT.io;
    if (flags.has('--check')) return changed > 0 ? (console.error(`${plural(changed, 'file')} not canonical; run npm run fmt -- <files>`), 1) : 0;
    return 0;
  });
}

runCommand('fmt', main);
