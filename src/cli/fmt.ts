#!/usr/bin/env node
// Stage: cli. `npm run fmt -- FILE… [--check] [--placeholders]`: rewrites plans in the canonical
// layout (workflow/canonical-yaml); --check only reports the files that are not canonical (exit
// 1); --placeholders also turns the years written as digits that mean the plan's year into
// {year}, {year-1}, {year+1} (workflow/year-placeholders), listing each for review.
import { diagnostic, DiagnosticError, formatDiagnostic, fsReason, msg } from '../diag/index.js';
import { lang } from './lang.js';
import { say } from './say.js';
import { decodeText, readPlanBytes } from '../plan/load.js';
import { canonicalYaml } from '../workflow/canonical-yaml.js';
import { withPlaceholders } from '../workflow/year-placeholders.js';
import { parseFlags, UsageError, withUsage } from './flags.js';
import { lineEnding, toLf, withLineEnding } from './line-endings.js';
import { expandWildcards } from './paths.js';
import { EXIT, plural, printDiagnostics, runCommand } from './run.js';
import { OutputError, writeAtomically } from './write-output.js';

async function main(argv: string[]): Promise<number> {
  return withUsage('fmt', async () => {
    const { positionals, flags } = parseFlags(argv, ['--check', '--placeholders', '--debug', '-h', '--help']);
    if (flags.has('-h') || flags.has('--help')) return console.log(say('usage.fmt')), 0;
    if (positionals.length === 0) throw new UsageError(msg('usage.name_plans'));
    if (flags.has('--check') && flags.has('--placeholders')) throw new UsageError(msg('usage.placeholders_check'));
    let changed = 0;
    let failed = 0;
    let unwritable = 0;
    for (const file of expandWildcards(positionals)) {
      try {
        const text = decodeText(file, await readPlanBytes(file));
        // CRLF stays CRLF (a plan saved on Windows)
        const years = flags.has('--placeholders') ? withPlaceholders(toLf(text)) : { text: toLf(text), changes: [] };
        const canonical = withLineEnding(canonicalYaml(file, years.text), lineEnding(text));
        for (const c of years.changes) console.log(`${file}:${c.line}: «${c.excerpt}»: ${c.year} → ${c.placeholder}`);
        if (canonical === text) continue;
        changed++;
        if (flags.has('--check')) console.log(say('cli.not_canonical', { file }));
        else await writeAtomically(file, new TextEncoder().encode(canonical)), console.log(say(years.changes.length ? 'cli.formatted_years' : 'cli.formatted', { file, count: years.changes.length }));
      } catch (e) {
        if (e instanceof DiagnosticError) printDiagnostics(e.diagnostics), failed++;
        else if (e instanceof OutputError) console.error(formatDiagnostic(diagnostic('output_unwritable', { file: e.path, reason: fsReason(e.cause), kept: msg('kept.file_as_was') }), lang())), unwritable++;
        else throw e;
      }
    }
    if (failed > 0) return EXIT.errors;
    if (unwritable > 0) return EXIT.io;
    if (flags.has('--check')) return changed > 0 ? (console.error(say('cli.not_canonical_total', { count: changed })), 1) : 0;
    return 0;
  });
}

runCommand('fmt', main);
