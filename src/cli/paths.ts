// Stage: cli. Paths as users type and read them, on Windows as elsewhere: output files named
// after the plan (its name in precomposed Unicode, as Windows and Word show it), and paths in
// messages relative to the working folder when they lie inside it. The path module is a
// parameter so that the tests try Windows paths (path.win32) on any machine.
import { existsSync, readdirSync } from 'node:fs';
import * as nodePath from 'node:path';

type PathApi = Pick<typeof nodePath, 'basename' | 'extname' | 'join' | 'relative' | 'isAbsolute' | 'sep'>;

/** plans\Kế hoạch 2026.yaml → "Kế hoạch 2026" (NFC, whatever form the file name is saved in). */
export const outputBase = (plan: string, path: PathApi = nodePath): string => path.basename(plan, path.extname(plan)).normalize('NFC');

/** <out>/<plan name>.<format> */
export const outputPath = (outDir: string, plan: string, format: string, path: PathApi = nodePath): string => path.join(outDir, `${outputBase(plan, path)}.${format}`);

/** An absolute path inside `cwd` as the user would type it (relative); any other path as it is. */
export function displayPath(file: string, cwd: string, path: PathApi = nodePath): string {
  if (!path.isAbsolute(file)) return file;
  const rel = path.relative(cwd, file);
  return rel && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel) ? rel : file;
}

export interface FolderLister {
  exists: (path: string) => boolean;
  readdir: (dir: string) => string[];
}
const localLister: FolderLister = { exists: existsSync, readdir: (dir) => readdirSync(dir) };

/**
 * `plans/*.yaml` as a POSIX shell expands it. cmd.exe and PowerShell pass wildcards on as
 * typed, so an argument with `*` or `?` in its file name that names no file is expanded here:
 * the matching files of its folder, in name order (none: the argument stays, and is reported as
 * not found).
 */
export function expandWildcards(args: readonly string[], fs: FolderLister = localLister, path: Pick<typeof nodePath, 'dirname' | 'basename' | 'join' | 'sep'> = nodePath): string[] {
  return args.flatMap((arg) => {
    const name = path.basename(arg);
    if (!/[*?]/.test(name) || fs.exists(arg)) return [arg];
    const dir = path.dirname(arg);
    // Windows compares file names without case
    const pattern = new RegExp(`^${name.normalize('NFC').replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, path.sep === '\\' ? 'iu' : 'u');
    let entries: string[];
    try {
      entries = fs.readdir(dir);
    } catch {
      return [arg];
    }
    const found = entries.filter((e) => !e.startsWith('.') && pattern.test(e.normalize('NFC'))).sort();
    return found.length ? found.map((e) => (arg === name ? e : path.join(dir, e))) : [arg];
  });
}
