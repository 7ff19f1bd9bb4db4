// Fonts. A folder with an office's own Times New Roman (the four files Windows installs:
// times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf, in any case) → FontFiles; and where Windows
// keeps them (%SystemRoot%\Fonts), so that an office need not copy them anywhere.
import { readdirSync } from 'node:fs';
import * as nodePath from 'node:path';
import type { FaceName, FontFiles } from './measure.js';

export const WINDOWS_NAMES: Record<FaceName, string> = { regular: 'times.ttf', bold: 'timesbd.ttf', italic: 'timesi.ttf', boldItalic: 'timesbi.ttf' };

/** What findFontFiles needs of the system; tests pass path.win32 and a readdir that fails. */
export interface FontFolderAccess {
  readdir: (dir: string) => string[];
  path: Pick<typeof nodePath, 'join'>;
}
const local: FontFolderAccess = { readdir: (dir) => readdirSync(dir), path: nodePath };

/** The four faces in `dir` (file names compared without case), or the names that are missing. */
export function findFontFiles(dir: string, fs: FontFolderAccess = local): { files: FontFiles } | { missing: string[]; reason?: string } {
  let entries: string[];
  try {
    entries = fs.readdir(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { missing: Object.values(WINDOWS_NAMES), reason: code === 'ENOENT' ? 'no such folder' : code === 'ENOTDIR' ? 'not a folder' : (e as Error).message };
  }
  const byLower = new Map(entries.map((e) => [e.toLowerCase(), e]));
  const found = Object.entries(WINDOWS_NAMES).map(([face, name]) => [face, byLower.get(name)] as const);
  const missing = found.filter(([, f]) => !f).map(([face]) => WINDOWS_NAMES[face as FaceName]);
  if (missing.length) return { missing };
  return { files: Object.fromEntries(found.map(([face, f]) => [face, fs.path.join(dir, f!)])) as FontFiles };
}

/** Windows' font folder (C:\Windows\Fonts, wherever Windows is installed); null elsewhere. */
export function systemFontsDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, path: Pick<typeof nodePath, 'join'> = nodePath.win32): string | null {
  if (platform !== 'win32') return null;
  return path.join(env.SystemRoot || env.windir || env.WINDIR || 'C:\\Windows', 'Fonts');
}
