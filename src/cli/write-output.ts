// Stage: cli. Writes output files so that a reader never sees a half-written or mismatched set:
// every file of a set (a plan's DOCX and PDF) is first written to a temporary file beside it
// (.NAME.PID.tmp), then all are renamed into place; should one rename fail, those already
// replaced are put back, so the set is replaced together or not at all. Temporary files are
// removed on failure, on Ctrl+C, SIGTERM and SIGHUP, and those of processes that died without
// a chance to clean up (kill -9, power cut) are removed by the next build writing there. A
// target held open by another program (Word) is reported as OutputBusyError (busy-output.ts).
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { copyFile, link, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isFsError } from '../util/fs-reason.js';
import { renameUnlessBusy, type RetryOptions } from './busy-output.js';

export interface OutputFile {
  path: string;
  bytes: Uint8Array;
}

/** A file could not be written: the path and the file system's error. */
export class OutputError extends Error {
  constructor(
    readonly path: string,
    override readonly cause: NodeJS.ErrnoException,
  ) {
    super(`cannot write ${path}: ${cause.message}`);
  }
}

const LEFTOVER = /^\..+\.(\d+)\.(tmp|old)$/;
const tmpName = (path: string, kind: 'tmp' | 'old') => join(dirname(path), `.${basename(path)}.${process.pid}.${kind}`);

/** Folders this process writes into: on a signal, its temporary files there are removed. */
const folders = new Set<string>();

function removeOwnLeftovers(): void {
  for (const dir of folders) {
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const n of names) if (LEFTOVER.exec(n)?.[1] === String(process.pid)) rmSync(join(dir, n), { force: true });
  }
}

let handlersInstalled = false;
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Registers `dir` for cleanup on signals (worker threads share the process id, so their files go
 * too). After cleaning, the signal is raised again with its default action: the process ends at
 * once, as it would have without us, even with a write still waiting on a slow disk.
 */
export function cleanUpOnSignals(dir: string): void {
  folders.add(dir);
  if (handlersInstalled) return;
  handlersInstalled = true;
  const onSignal = (signal: NodeJS.Signals) => {
    removeOwnLeftovers();
    for (const s of SIGNALS) process.removeListener(s, onSignal);
    process.kill(process.pid, signal);
  };
  for (const s of SIGNALS) process.on(s, onSignal);
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Removes the temporary files of processes that are no longer running from `dir`; returns their names. */
export function removeStaleLeftovers(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const stale = names.filter((n) => {
    const pid = Number(LEFTOVER.exec(n)?.[1] ?? NaN);
    return Number.isInteger(pid) && pid !== process.pid && !alive(pid);
  });
  for (const n of stale) rmSync(join(dir, n), { force: true });
  return stale;
}

/** Wraps a file system error with the path it concerns; anything else is rethrown as is. */
async function at<T>(path: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw isFsError(e) ? new OutputError(path, e) : e;
  }
}

/** A backup of the file at `path` (a hard link, or a copy where links are not possible), or null if there is none. */
async function backUp(path: string): Promise<string | null> {
  const old = tmpName(path, 'old');
  try {
    await link(path, old);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    await at(path, () => copyFile(path, old));
  }
  return old;
}

/**
 * Writes every file of the set, or none: on any failure the previous files stay as they were.
 * A file held open by another program (Word) is waited for briefly (`retry`), then the set
 * fails with OutputBusyError.
 */
export async function writeTogether(files: readonly OutputFile[], retry?: RetryOptions): Promise<void> {
  for (const dir of new Set(files.map((f) => dirname(f.path)))) {
    cleanUpOnSignals(dir);
    await at(dir, () => mkdir(dir, { recursive: true }));
  }
  const written: string[] = [];
  const backups = new Map<string, string | null>();
  const renamed: string[] = [];
  try {
    for (const f of files) {
      written.push(tmpName(f.path, 'tmp'));
      await at(f.path, () => writeFile(tmpName(f.path, 'tmp'), f.bytes));
    }
    if (files.length > 1) for (const f of files) backups.set(f.path, await backUp(f.path));
    for (const f of files) {
      await at(f.path, () => renameUnlessBusy(faultyRename ?? rename, tmpName(f.path, 'tmp'), f.path, retry));
      renamed.push(f.path);
    }
  } catch (e) {
    // put back what was replaced (or remove what was new), then clear the temporary files
    for (const path of renamed) {
      const old = backups.get(path);
      await (old ? rename(old, path) : rm(path, { force: true })).catch(() => {});
    }
    await Promise.all(written.map((t) => rm(t, { force: true })));
    throw e;
  } finally {
    await Promise.all([...backups.values()].map((b) => b && rm(b, { force: true })));
  }
}

/**
 * Removes the temporary file and the backup that a write of `paths` begun by this process
 * (a batch worker thread that ran out of memory) may have left; the files themselves stay.
 */
export async function removeTemporaries(paths: readonly string[]): Promise<void> {
  await Promise.all(paths.flatMap((p) => [rm(tmpName(p, 'tmp'), { force: true }), rm(tmpName(p, 'old'), { force: true })]));
}

/** Writes one file atomically (a temporary file beside it, then a rename). */
export const writeAtomically = (path: string, bytes: Uint8Array, retry?: RetryOptions): Promise<void> => writeTogether([{ path, bytes }], retry);

/**
 * KE_HOACH_FAULT=word-lock, for the tests: a file is "open in Word" while Word's owner file
 * `~$<name>` lies beside it, and replacing it fails with EBUSY as on Windows.
 */
const faultyRename =
  process.env.KE_HOACH_FAULT === 'word-lock'
    ? async (from: string, to: string): Promise<void> => {
        if (existsSync(join(dirname(to), `~$${basename(to)}`))) throw Object.assign(new Error(`EBUSY: resource busy or locked, rename '${from}' -> '${to}'`), { code: 'EBUSY' });
        await rename(from, to);
      }
    : undefined;
