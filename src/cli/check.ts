#!/usr/bin/env node
// Stage: cli. `npm run check -- plan.yaml [more.yaml …] [--strict]`: validation and table checks
// without writing anything. Quiet on success but for one summary line; exit 0 clean, 1 errors
// (with --strict, warnings too). Suited to a pre-commit hook or the CI of a plans repository.
import { DiagnosticError, msg, type Diagnostic } from '../diag/index.js';
import { buildDocument } from '../pipeline.js';
import { parseFlags, UsageError, withUsage } from './flags.js';
import { expandWildcards } from './paths.js';
import { printDiagnostics, runCommand } from './run.js';
import { say } from './say.js';

async function main(argv: string[]): Promise<number> {
  return withUsage('check', async () => {
    const { positionals, flags, values } = parseFlags(argv, ['--strict', '--debug', '-h', '--help'], ['--each']);
    if (flags.has('-h') || flags.has('--help')) return console.log(say('usage.check')), 0;
    if (positionals.length === 0) throw new UsageError(msg('usage.name_plans'));
    const all: Diagnostic[] = [];
    const files = expandWildcards(positionals);
    for (const file of files) {
      try {
        all.push(...(await buildDocument(file, { each: values.get('--each') })).diagnostics);
      } catch (e) {
        if (!(e instanceof DiagnosticError)) throw e;
        all.push(...e.diagnostics);
      }
    }
    printDiagnostics(all);
    const errors = all.filter((d) => d.severity === 'error').length;
    const warnings = all.length - errors;
    console.log(say('cli.checked', { plans: files.length, errors, warnings }));
    return errors > 0 || (flags.has('--strict') && warnings > 0) ? 1 : 0;
  });
}

runCommand('check', main);
