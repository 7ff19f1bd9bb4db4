#!/usr/bin/env node
// Stage: cli. `npm run diff-plan -- old.yaml new.yaml [--format text|md|json]`: the semantic
// diff of two plans (workflow/diff-plans). Colour only on a terminal. Exit 0 (differences are
// not errors), 1 if either plan has errors.
import { DiagnosticError } from '../diag/index.js';
import { buildDocument } from '../pipeline.js';
import { diffPlans } from '../workflow/diff-plans.js';
import { formatDiff, type DiffFormat } from '../workflow/format-diff.js';
import { parseFlags, UsageError, withUsage } from './flags.js';
import { printDiagnostics, runCommand } from './run.js';

const USAGE = `usage: npm run diff-plan -- <old.yaml> <new.yaml> [--format text|md|json]

What changed from one plan to the other: fields, legal bases, goals, sections and their text,
duties, recipients and table rows, numbers with their difference.`;

async function main(argv: string[]): Promise<number> {
  return withUsage('diff-plan', USAGE, async () => {
    const { positionals, flags, values } = parseFlags(argv, ['--debug', '-h', '--help'], ['--format']);
    if (flags.has('-h') || flags.has('--help')) return console.log(USAGE), 0;
    if (positionals.length !== 2) throw new UsageError('name two plan files: the old one, then the new one');
    const format = (values.get('--format') ?? 'text') as DiffFormat;
    if (!['text', 'md', 'json'].includes(format)) throw new UsageError('--format must be text, md or json');
    try {
      const [a, b] = await Promise.all(positionals.map((f) => buildDocument(f, { wholeUnitsPlan: true })));
      process.stdout.write(formatDiff(diffPlans(a!.computed, b!.computed), format, format === 'text' && process.stdout.isTTY === true));
      return 0;
    } catch (e) {
      if (!(e instanceof DiagnosticError)) throw e;
      printDiagnostics(e.diagnostics);
      return 1;
    }
  });
}

runCommand('diff-plan', main);
