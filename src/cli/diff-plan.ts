#!/usr/bin/env node
// Stage: cli. `npm run diff-plan -- old.yaml new.yaml`: what changed from one plan to the other,
// for the reviewer (workflow/diff-plans): text (coloured on a terminal), Markdown, JSON, or this
// year's DOCX with last year's as tracked changes (redline), or an HTML page of it. With --git,
// against a revision: the plan and its data files as they were then; also a driver for git diff.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DiagnosticError, msg, type Diagnostic } from '../diag/index.js';
import { loadPlan } from '../plan/load.js';
import { buildFromSource, type Built } from '../pipeline.js';
import { diffPlans, type Change } from '../workflow/diff-plans.js';
import { outline } from '../workflow/diff/outline.js';
import { formatDiff, summary, type DiffFormat } from '../workflow/format-diff.js';
import { redlineHtml } from '../workflow/redline/html.js';
import { mergeDocuments } from '../workflow/redline/merge.js';
import { writeRedlineDocx } from '../workflow/redline/tracked-docx.js';
import { wantColour } from './colour.js';
import { parseFlags, UsageError, withUsage } from './flags.js';
import { changedPlans, GitError, planAs, planAt } from './git-plans.js';
import { printDiagnostics, runCommand } from './run.js';
import { say } from './say.js';
import { writeAtomically } from './write-output.js';

const FORMATS = ['text', 'md', 'json', 'docx', 'html'] as const;
type Format = (typeof FORMATS)[number];

interface Side {
  /** The file to build, or null when the plan does not exist on that side. */
  file: string | null;
  /** How to name it in messages. */
  shown: string;
}

interface Compared {
  name: string;
  status: 'changed' | 'added' | 'removed' | 'failed';
  changes: Change[];
  a: Built | null;
  b: Built | null;
}

async function build(side: Side, each: string | undefined): Promise<Built | null> {
  if (side.file === null) return null;
  const source = await loadPlan(side.file);
  return buildFromSource(source, { each, wholeUnitsPlan: true });
}

/** Diagnostics of a plan taken from git name it as REV:path, not by its temporary copy. */
const shownAs = (ds: readonly Diagnostic[], sides: Side[]): Diagnostic[] => ds.map((d) => ({ ...d, file: sides.find((s) => s.file === d.file)?.shown ?? d.file }));

async function compare(name: string, a: Side, b: Side, each: string | undefined): Promise<Compared> {
  try {
    const [x, y] = await Promise.all([build(a, each), build(b, each)]);
    if (!x || !y) return { name, status: x ? 'removed' : 'added', changes: [], a: x, b: y };
    return { name, status: 'changed', changes: diffPlans(x, y), a: x, b: y };
  } catch (e) {
    if (!(e instanceof DiagnosticError)) throw e;
    printDiagnostics(shownAs(e.diagnostics, [a, b]));
    return { name, status: 'failed', changes: [], a: null, b: null };
  }
}

function describeWhole(c: Compared): string {
  const plan = (c.b ?? c.a)!.computed.plan;
  const what = { title: plan.title.join(' '), sections: plan.sections.length, appendices: plan.appendices.length };
  return `${say(c.status === 'added' ? 'cli.diff_added' : 'cli.diff_removed', what)}\n`;
}

function textOf(results: Compared[], format: DiffFormat, colour: boolean): string {
  if (format === 'json') {
    if (results.length === 1 && results[0]!.status === 'changed') return formatDiff(results[0]!.changes, 'json');
    const plans = results.map((r) => ({ file: r.name, status: r.status, summary: r.status === 'changed' ? summary(r.changes) : null, changes: r.changes }));
    return `${JSON.stringify({ plans }, null, 2)}\n`;
  }
  const one = results.length === 1;
  return results
    .map((r) => {
      const head = one ? '' : format === 'md' ? `# ${r.name}\n\n` : `=== ${r.name} ===\n`;
      if (r.status === 'failed') return `${head}${say('cli.diff_failed')}\n`;
      if (r.status !== 'changed') return `${head}${describeWhole(r)}`;
      return `${head}${formatDiff(r.changes, format, colour)}`;
    })
    .join('\n');
}

async function writeRedline(r: Compared, format: 'docx' | 'html', out: string | undefined): Promise<string> {
  if (!r.a || !r.b) throw new UsageError(msg('usage.redline_both'));
  const ids = (x: Built) => outline(x.document, x.computed).appendices.map((p) => p.id);
  const merged = mergeDocuments(r.a.document, r.b.document, ids(r.a), ids(r.b));
  const file = out ?? join('out', `${basename(r.name).replace(/\.yaml$/, '')}.redline.${format}`);
  const bytes = format === 'docx' ? await writeRedlineDocx(merged) : new TextEncoder().encode(redlineHtml(merged, `So sánh: ${r.name}`));
  await writeAtomically(file, bytes);
  return file;
}

/** git's external diff: path old-file old-hex old-mode new-file new-hex new-mode. Never fails git. */
async function external(args: string[]): Promise<number> {
  const [path, oldFile, , , newFile] = args;
  if (!path || !oldFile || !newFile) return console.error(`diff-plan --git-external: ${say('usage.git_external')}`), 0;
  const read = (f: string) => (f === '/dev/null' || !existsSync(f) ? null : readFileSync(f));
  const [x, y] = [read(oldFile), read(newFile)];
  const side = (bytes: Buffer | null, label: string): Side => ({ file: bytes ? planAs(bytes, path) : null, shown: label });
  const r = await compare(path, side(x, `a/${path}`), side(y, `b/${path}`), undefined);
  process.stdout.write(`diff-plan ${path}\n${textOf([r], 'text', false)}`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  let trouble = 1;
  const code = await withUsage('diff-plan', async () => {
    const { positionals, flags, values } = parseFlags(argv, ['--exit-code', '--git-external', '--debug', '-h', '--help'], ['--format', '--out', '--color', '--git', '--as', '--each']);
    if (flags.has('-h') || flags.has('--help')) return console.log(say('usage.diff_plan')), 0;
    if (flags.has('--git-external')) return external(positionals);
    if (flags.has('--exit-code')) trouble = 2;
    const format = (values.get('--format') ?? 'text') as Format;
    if (!FORMATS.includes(format)) throw new UsageError(msg('usage.diff_format'));
    const when = values.get('--color');
    if (when !== undefined && !['auto', 'always', 'never'].includes(when)) throw new UsageError(msg('usage.color'));
    const colour = wantColour(when, process.stdout.isTTY === true, process.env);
    const each = values.get('--each');
    const pairs: [string, Side, Side][] = [];
    const rev = values.get('--git');
    if (rev !== undefined) {
      const [from, to] = rev.includes('..') ? rev.split('..') : [rev, undefined];
      const files = positionals.length > 0 ? positionals : changedPlans(from!).map((p) => p.file);
      if (files.length === 0) return console.log(say('cli.diff_none_changed', { rev })), 0;
      for (const f of files) {
        const newSide: Side = to ? { file: planAt(to, f), shown: `${to}:${f}` } : { file: existsSync(f) ? f : null, shown: f };
        pairs.push([f, { file: planAt(from!, f), shown: `${from}:${f}` }, newSide]);
      }
    } else {
      if (positionals.length !== 2) throw new UsageError(msg('usage.two_plans'));
      const [a, b] = positionals as [string, string];
      const as = values.get('--as');
      const side = (f: string): Side => ({ file: as && existsSync(f) ? planAs(readFileSync(f), as) : f, shown: f });
      pairs.push([b, side(a), side(b)]);
    }
    const results: Compared[] = [];
    for (const [name, a, b] of pairs) results.push(await compare(name, a, b, each));
    if (results.some((r) => r.status === 'failed')) return trouble;
    if (format === 'docx' || format === 'html') {
      if (results.length !== 1 || results[0]!.status !== 'changed') throw new UsageError(msg('usage.redline_one', { format }));
      console.log(say('cli.diff_redline_written', { file: await writeRedline(results[0]!, format, values.get('--out')), summary: summary(results[0]!.changes) }));
    } else process.stdout.write(textOf(results, format, colour));
    const differ = results.some((r) => r.status !== 'changed' || r.changes.some((c) => c.printed));
    return flags.has('--exit-code') && differ ? 1 : 0;
  }).catch((e: unknown) => {
    if (e instanceof GitError) return console.error(`diff-plan: git: ${e.message}`), trouble;
    throw e;
  });
  return code;
}

runCommand('diff-plan', main);
