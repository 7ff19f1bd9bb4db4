// Stage: cli. An output file another program holds open. Word locks the DOCX it shows (a PDF
// reader may lock the PDF), and Windows then refuses to replace it: the rename of our temporary
// file fails with EBUSY or EPERM (EACCES on some file systems). Such a failure is told apart
// from other write errors, retried briefly (antivirus and indexers hold new files for a moment),
// and reported (in Vietnamese unless --lang en) saying which file to close; the previous file stays as it was.
import { extname } from 'node:path';
import { msg, word, type Lang } from '../diag/index.js';
import { lang } from './lang.js';

/**
 * Whether a failed rename onto `path` means "the file is open in another program". EBUSY
 * always does; EPERM and EACCES do on Windows, where they are what a sharing violation or a
 * file in use becomes (elsewhere they mean a permission problem).
 */
export function isBusyError(e: unknown, platform: NodeJS.Platform = process.platform): boolean {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return code === 'EBUSY' || (platform === 'win32' && (code === 'EPERM' || code === 'EACCES'));
}

const fileName = (path: string): string => path.split(/[\\/]/).pop()!; // out\2026.docx → 2026.docx, on any system

/**
 * "out\2026.docx: tệp đang mở trong Word …; hãy đóng tệp 2026.docx trong Word rồi chạy lại."
 * (in the language of the run; the studio's page asks for Vietnamese). `heldBack`: the other
 * files of the plan, not replaced either (a plan's DOCX and PDF always come from the same build).
 */
export function busyMessage(path: string, watching = false, heldBack: readonly string[] = [], language: Lang = lang()): string {
  // the program that most likely holds the file, as an office worker would name it
  const holder = msg(/\.pdf$/i.test(extname(path)) ? 'busy.holder_pdf' : 'busy.holder_word');
  return word(msg('busy.output', { file: path, name: fileName(path), holder, watching: watching ? 1 : 0, heldBack: heldBack.map(fileName).join(', ') }), language);
}

export class OutputBusyError extends Error {
  readonly code = 'EBUSY';
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    super(busyMessage(path), { cause });
  }
}

export interface RetryOptions {
  /** Attempts in all (default 6), and the wait before the first retry, doubled after each (default 25 ms). */
  attempts?: number;
  delayMs?: number;
  platform?: NodeJS.Platform;
}

/**
 * rename(from, to), retried while the target is busy: 0.8 s in all by default. Still busy
 * after that, it throws OutputBusyError; any other error is thrown as it is.
 */
export async function renameUnlessBusy(rename: (from: string, to: string) => Promise<void>, from: string, to: string, o: RetryOptions = {}): Promise<void> {
  const attempts = o.attempts ?? 6;
  let delay = o.delayMs ?? 25;
  for (let i = 1; ; i++) {
    try {
      return await rename(from, to);
    } catch (e) {
      if (!isBusyError(e, o.platform)) throw e;
      if (i >= attempts) throw new OutputBusyError(to, e);
    }
    await new Promise((r) => setTimeout(r, delay));
    delay *= 2;
  }
}

/** What waits for a file to be closed: each plan's set of outputs (a set is written together). */
export type Waiting = Map<string, { path: string; bytes: Uint8Array }[]>;

/**
 * --watch: one more try for each set that waits for a file to be closed; true while some still
 * wait. `write` writes a set together (write-output.ts).
 */
export async function retryWaiting(waiting: Waiting, write: (files: { path: string; bytes: Uint8Array }[], retry: RetryOptions) => Promise<void>): Promise<boolean> {
  for (const [plan, files] of waiting)
    try {
      await write(files, { attempts: 1 });
      waiting.delete(plan);
      for (const f of files) console.log(`wrote ${f.path}`);
    } catch (e) {
      if (e instanceof OutputBusyError) continue;
      console.error(`${plan}: ${(e as Error).message}`); // gone wrong otherwise: reported once, not retried
      waiting.delete(plan);
    }
  return waiting.size > 0;
}
