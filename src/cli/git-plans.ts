// Stage: cli. Plans as they were in git: a plan file and the data files it reads, taken from a
// revision into a temporary folder laid out as the repository is, so that the plan builds as it
// did then; and which plans a range of commits touched (their own file, or a data file they read).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';

export class GitError extends Error {}

function git(args: string[], cwd: string): Buffer {
  try {
    return execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    const err = e as { stderr?: Buffer; code?: string };
    if (err.code === 'ENOENT') throw new GitError('git is not installed (or not on PATH)');
    throw new GitError(String(err.stderr ?? e).trim().split('\n')[0] ?? 'git failed');
  }
}

const tryGit = (args: string[], cwd: string): Buffer | null => {
  try {
    return git(args, cwd);
  } catch {
    return null;
  }
};

export function repoRoot(at: string): string {
  return git(['rev-parse', '--show-toplevel'], existsSync(at) && !at.endsWith('.yaml') ? at : dirname(resolve(at))).toString().trim();
}

/** The data files a plan's text reads (every source: file: …), as written. */
export function dataFiles(text: string): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      const source = o.source as { file?: unknown } | undefined;
      if (source && typeof source.file === 'string') out.push(source.file);
      Object.values(o).forEach(walk);
    }
  };
  try {
    walk(parseDocument(text).toJS());
  } catch {
    // a plan that does not parse reads nothing; its errors are reported when it is built
  }
  return out;
}

/** Is this YAML text a plan (rather than some other YAML file of the repository)? */
export const isPlanText = (text: string): boolean => /^(issuer|sections):/m.test(text) && /^sections:/m.test(text);

const toPosix = (p: string) => p.split(/[\\/]+/).join('/');

/**
 * The plan at `file` (a path in the working tree) as it was at `rev`, with its data files, in a
 * temporary folder; null when the plan did not exist at `rev`.
 */
export function planAt(rev: string, file: string): string | null {
  const root = repoRoot(file);
  const rel = toPosix(relative(root, resolve(file)));
  const text = tryGit(['show', `${rev}:${rel}`], root);
  if (text === null) return null;
  const dir = mkdtempSync(join(tmpdir(), 'ke-hoach-git-'));
  const out = join(dir, ...rel.split('/'));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  for (const data of dataFiles(text.toString('utf8'))) {
    const relData = posix.normalize(posix.join(posix.dirname(rel), toPosix(data)));
    const bytes = tryGit(['show', `${rev}:${relData}`], root);
    if (bytes === null) continue; // the build says the file is missing
    const target = join(dir, ...relData.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
  return out;
}

/** A copy of `text` placed as if it were at `asFile`, its data files taken from beside `asFile`. */
export function planAs(text: Buffer, asFile: string, override?: { data: string; bytes: Buffer | null }): string {
  const dir = mkdtempSync(join(tmpdir(), 'ke-hoach-as-'));
  const out = join(dir, 'plan', asFile.split(/[\\/]/).pop()!);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  for (const data of dataFiles(text.toString('utf8'))) {
    const source = resolve(dirname(asFile), data);
    const target = resolve(dirname(out), data);
    if (!target.startsWith(dir)) continue;
    const bytes = override && resolve(override.data) === source ? override.bytes : existsSync(source) ? readFileSync(source) : null;
    if (bytes === null) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
  return out;
}

/** Every plan file of the working tree below `root` (tracked or not, ignoring node_modules). */
export function plansBelow(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.yaml') && isPlanText(readFileSync(p, 'utf8'))) out.push(p);
    }
  };
  walk(root);
  return out.sort();
}

/**
 * The plans a change from `rev` to the working tree touches: their own file changed, was added
 * or deleted, or a data file they read changed. Paths relative to the current folder.
 */
export function changedPlans(rev: string, cwd = process.cwd()): { file: string; status: 'changed' | 'added' | 'removed' }[] {
  const root = repoRoot(cwd);
  const names = git(['diff', '--name-status', '--no-renames', rev, '--'], root).toString().trim().split('\n').filter(Boolean);
  const untracked = git(['ls-files', '--others', '--exclude-standard'], root).toString().trim().split('\n').filter(Boolean);
  const changed = new Map<string, string>(names.map((l) => [l.split('\t')[1]!, l.split('\t')[0]!]));
  untracked.forEach((u) => changed.set(u, 'A'));
  const out = new Map<string, 'changed' | 'added' | 'removed'>();
  const show = (rel: string) => relative(cwd, join(root, rel)) || rel;
  for (const [rel, status] of changed) {
    if (!rel.endsWith('.yaml')) continue;
    if (status === 'D') {
      const old = tryGit(['show', `${rev}:${rel}`], root);
      if (old && isPlanText(old.toString('utf8'))) out.set(show(rel), 'removed');
    } else if (existsSync(join(root, rel)) && isPlanText(readFileSync(join(root, rel), 'utf8'))) out.set(show(rel), status === 'A' ? 'added' : 'changed');
  }
  // plans whose data files changed (a commit that only brings this year's figures)
  for (const plan of plansBelow(root)) {
    const rel = toPosix(relative(root, plan));
    if (out.has(show(rel))) continue;
    const reads = dataFiles(readFileSync(plan, 'utf8')).map((d) => posix.normalize(posix.join(posix.dirname(rel), toPosix(d))));
    if (reads.some((d) => changed.has(d))) out.set(show(rel), 'changed');
  }
  return [...out].map(([file, status]) => ({ file, status })).sort((a, b) => a.file.localeCompare(b.file));
}
