#!/usr/bin/env node
// Stage: cli. `npm run new-plan -- plans/2026.yaml --year 2027 [--out FILE] [--force]`: writes
// next year's draft (workflow/roll-plan), in canonical layout, and checks it.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DiagnosticError } from '../diag/index.js';
import { decodeText, parsePlanText, readPlanBytes } from '../plan/load.js';
import { MAX_YEAR, MIN_YEAR } from '../plan/schema/common.js';
import { buildDocument, buildFromSource } from '../pipeline.js';
import { canonicalYaml } from '../workflow/canonical-yaml.js';
import { rollPlan } from '../workflow/roll-plan.js';
import { parseFlags, UsageError, withUsage } from './flags.js';
import { plural, printDiagnostics, runCommand } from './run.js';
import { writeAtomically } from './write-output.js';

const USAGE = `usage: npm run new-plan -- <plan.yaml> --year YYYY [--out FILE] [--force]

Writes next year's plan from this year's: years moved forward, number and date cleared,
carried-over figures filled in, and a list of what to review at the top.
  --year YYYY   the new plan's year
  --out FILE    where to write it (default: <YYYY>.yaml beside the plan)
  --force       overwrite FILE if it exists`;

async function main(argv: string[]): Promise<number> {
  return withUsage('new-plan', USAGE, async () => {
    const { positionals, flags, values } = parseFlags(argv, ['--force', '--debug', '-h', '--help'], ['--year', '--out']);
    if (flags.has('-h') || flags.has('--help')) return console.log(USAGE), 0;
    if (positionals.length !== 1) throw new UsageError('name exactly one plan file');
    const year = Number(values.get('--year'));
    if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) throw new UsageError(`--year needs a year between ${MIN_YEAR} and ${MAX_YEAR}`);
    const file = positionals[0]!;
    const out = values.get('--out') ?? join(dirname(file), `${year}.yaml`);
    if (existsSync(out) && !flags.has('--force')) {
      console.error(`new-plan: ${out} exists; choose another --out or add --force to overwrite it`);
      return 2;
    }
    try {
      const built = await buildDocument(file, { wholeUnitsPlan: true });
      const text = canonicalYaml(out, rollPlan(decodeText(file, await readPlanBytes(file)), built.computed, file, year));
      const check = await buildFromSource(parsePlanText(out, text), { wholeUnitsPlan: true });
      await writeAtomically(out, new TextEncoder().encode(text));
      printDiagnostics(check.diagnostics);
      console.log(`wrote ${out}: review the list at its top, then: npm run diff-plan -- ${file} ${out}`);
      return 0;
    } catch (e) {
      if (!(e instanceof DiagnosticError)) throw e;
      printDiagnostics(e.diagnostics);
      console.error(`new-plan: ${plural(e.diagnostics.length, 'problem')}; nothing written`);
      return 1;
    }
  });
}

runCommand('new-plan', main);
