#!/usr/bin/env node
// Stage: cli. `npm run new-plan -- plans/pctt-2026.yaml --year 2027 [--out FILE] [--force]`:
// writes next year's draft (workflow/roll-plan) beside this year's plan, named after it
// (pctt-2027.yaml), with the list of what to review on top (workflow/review-list). The draft is
// always written; its own problems are on that list and printed as `check` prints them.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DiagnosticError, msg, type Diagnostic } from '../diag/index.js';
import { decodeText, loadPlan, parsePlanText, readPlanBytes } from '../plan/load.js';
import { MAX_YEAR, MIN_YEAR } from '../plan/schema/common.js';
import { buildFromSource, preparePlan } from '../pipeline.js';
import { withReviewList } from '../workflow/review-list.js';
import { draftName, rollPlan } from '../workflow/roll-plan.js';
import { parseFlags, UsageError, withUsage } from './flags.js';
import { lineEnding, toLf, withLineEnding } from './line-endings.js';
import { printDiagnostics, runCommand } from './run.js';
import { say } from './say.js';
import { writeAtomically } from './write-output.js';

/** The draft's problems: what check reports (a draft that does not even validate has them all). */
async function problemsOf(file: string, text: string): Promise<Diagnostic[]> {
  try {
    return (await preparePlan(parsePlanText(file, text), { wholeUnitsPlan: true })).diagnostics;
  } catch (e) {
    if (e instanceof DiagnosticError) return e.diagnostics;
    throw e;
  }
}

async function main(argv: string[]): Promise<number> {
  return withUsage('new-plan', async () => {
    const { positionals, flags, values } = parseFlags(argv, ['--force', '--debug', '-h', '--help'], ['--year', '--out']);
    if (flags.has('-h') || flags.has('--help')) return console.log(say('usage.new_plan')), 0;
    if (positionals.length !== 1) throw new UsageError(msg('usage.name_one_plan'));
    const year = Number(values.get('--year'));
    if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) throw new UsageError(msg('usage.year', { min: MIN_YEAR, max: MAX_YEAR }));
    const file = positionals[0]!;
    let built;
    try {
      built = await buildFromSource(await loadPlan(file), { wholeUnitsPlan: true });
    } catch (e) {
      if (!(e instanceof DiagnosticError)) throw e;
      printDiagnostics(e.diagnostics);
      console.error(`new-plan: ${say('cli.plan_has_errors_no_draft', { file })}`);
      return 1;
    }
    const out = values.get('--out') ?? draftName(file, built.computed.plan.date.year, year);
    if (resolve(out) === resolve(file)) throw new UsageError(msg('cli.draft_is_the_plan', { out }));
    if (existsSync(out) && !flags.has('--force')) {
      console.error(`new-plan: ${say('cli.draft_exists', { out })}`);
      return 2;
    }
    const source = decodeText(file, await readPlanBytes(file));
    const rolled = rollPlan(toLf(source), built.computed, { outFile: out, fromFile: file, year, dataExists: (f) => existsSync(resolve(dirname(out), f)) });
    const draftProblems = await problemsOf(out, rolled.text);
    const text = withReviewList({ computed: built.computed, fromFile: file, draftFile: out, year, draft: rolled.text, tables: rolled.tables, canChi: rolled.canChi, problems: draftProblems });
    await writeAtomically(out, new TextEncoder().encode(withLineEnding(text, lineEnding(source)))); // a Windows plan's draft keeps its CRLF
    const problems = await problemsOf(out, text);
    printDiagnostics(problems);
    const errors = problems.filter((d) => d.severity === 'error').length;
    if (errors > 0) {
      console.log(say('cli.draft_written_errors', { out, file, count: errors }));
      return 1;
    }
    console.log(say('cli.draft_written', { out, file }));
    return 0;
  });
}

runCommand('new-plan', main);
