// Stage: cli. An output file another program holds open. Word locks the DOCX it shows (a PDF
// reader may lock the PDF), and Windows then refuses to replace it: the rename of our temporary
// file fails with EBUSY or EPERM (EACCES on some file systems). Such a failure is told apart
// from other write errors, retried briefly (antivirus and indexers hold new files for a moment),
// and reported in Vietnamese, saying which file to close; the previous file stays as it was.
import { extname } from 'node:path';

/** Exit code of a build that wrote everything but files held open by another program. */
export const EXIT_BUSY = 4;

/**
 * Whether a failed rename onto `path` means "the file is open in another program". EBUSY
 * always does; EPERM and EACCES do on Windows, where they are what a sharing violation or a
 * file in use becomes (elsewhere they mean a permission problem).
 */
export function isBusyError(e: unknown, platform: NodeJS.Platform = process.platform): boolean {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return code === 'EBUSY' || (platform === 'win32' && (code === 'EPERM' || code === 'EACCES'));
}

/** The program that most likely holds the file, as an office worker would name it. */
const holder = (path: string): string => (/\.pdf$/i.test(extname(path)) ? 'trình đọc PDF' : 'Word');

/** "out\2026.docx đang mở …: đóng tệp 2026.docx trong Word rồi chạy lại." */
export function busyMessage(path: string, watching = false): string {
  const close = `Hãy đóng tệp ${path.split(/[\\/]/).pop()} trong ${holder(path)}`; // out\2026.docx → 2026.docx, on any system
  const then = watching ? `${close}: khi tệp được đóng, bản mới sẽ được ghi ngay.` : `${close} rồi chạy lại.`;
  return `${path}: tệp đang mở trong ${holder(path)} nên không ghi đè được; tệp cũ vẫn giữ nguyên. ${then}`;
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

/** Outputs not written because another program holds the file open (path → new bytes). */
export type Waiting = Map<string, Uint8Array>;

/** --watch: one more try for each output that waits for its file to be closed; true while some still wait. */
export async function retryWaiting(waiting: Waiting, write: (path: string, bytes: Uint8Array, retry: RetryOptions) => Promise<void>): Promise<boolean> {
  for (const [path, bytes] of waiting)
    try {
      await write(path, bytes, { attempts: 1 });
      waiting.delete(path);
      console.log(`wrote ${path}`);
    } catch (e) {
      if (e instanceof OutputBusyError) continue;
      console.error(`${path}: ${(e as Error).message}`); // gone wrong otherwise: reported once, not retried
      waiting.delete(path);
    }
  return waiting.size > 0;
}
