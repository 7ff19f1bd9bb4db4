// Stage: cli. Writes an output file atomically: a temporary file beside it, then a rename, so a
// failed build never leaves a partial file and never destroys the previous one. A target held
// open by another program (Word) is reported as OutputBusyError (busy-output.ts).
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import { renameUnlessBusy, type RetryOptions } from './busy-output.js';

export async function writeAtomically(path: string, bytes: Uint8Array, retry?: RetryOptions): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(tmp, bytes);
    await renameUnlessBusy(faultyRename ?? rename, tmp, path, retry);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

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
