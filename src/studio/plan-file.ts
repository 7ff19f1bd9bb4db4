// Stage: studio. The opened plan on disk: read with the version (hash) of its bytes, saved
// atomically (temporary file beside it, then rename) and only over the version the editor
// started from, so that a change made meanwhile by another editor or by git is never lost.
import { createHash, randomBytes } from 'node:crypto';
import { chmod, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const BOM = '\uFEFF';

/** null for a file that is not there; other errors go on. */
const missing = (e: unknown): null => {
  if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
  throw e;
};

export const versionOf = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex').slice(0, 32);

export interface DiskPlan {
  text: string;
  version: string;
}

export class PlanFile {
  private bom = false;

  /** `path` is the plan's real path (symbolic links resolved), so a save replaces the file itself. */
  constructor(readonly path: string) {}

  /** The text on disk (UTF-8; a BOM is dropped here and put back when saving). */
  async read(): Promise<DiskPlan> {
    const bytes = await readFile(this.path);
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    this.bom = text.startsWith(BOM);
    return { text: this.bom ? text.slice(1) : text, version: versionOf(bytes) };
  }

  async version(): Promise<string> {
    return versionOf(await readFile(this.path));
  }

  /**
   * Writes `text` if the file is still at `baseVersion`. Gives the new version, or the text that
   * is now on disk when someone else changed it.
   */
  async save(text: string, baseVersion: string): Promise<{ version: string } | { conflict: DiskPlan }> {
    const bytes = Buffer.from(this.bom ? BOM + text : text, 'utf8');
    const tmp = join(dirname(this.path), `.${basename(this.path)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      const mode = await stat(this.path).then((st) => st.mode & 0o7777, missing);
      await writeFile(tmp, bytes, { flag: 'wx' });
      if (mode !== null) await chmod(tmp, mode);
      // a file removed meanwhile (a branch switched, say) holds nothing to lose: it is written again
      const disk = mode === null ? null : await this.read().catch(missing);
      if (disk && disk.version !== baseVersion) return { conflict: disk };
      await rename(tmp, this.path);
      return { version: versionOf(bytes) };
    } finally {
      await rm(tmp, { force: true });
    }
  }
}
