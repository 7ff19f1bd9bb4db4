// Fonts. A folder with an office's own Times New Roman (the four files Windows installs:
// times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf, in any case) → FontFiles; and where Windows
// keeps them (%SystemRoot%\Fonts), so that an office need not copy them anywhere.
import { readdirSync } from 'node:fs';
import * as nodePath from 'node:path';
import { fsReason, msg, type Msg } from '../diag/index.js';
import { isFsError } from '../util/fs-reason.js';
import { FileTooLarge, NotARegularFile, readRegularFile } from '../util/read-regular-file.js';
import type { FaceName, FontFiles } from './measure.js';
import { readTtfMetrics } from './ttf-metrics.js';

export const WINDOWS_NAMES: Record<FaceName, string> = { regular: 'times.ttf', bold: 'timesbd.ttf', italic: 'timesi.ttf', boldItalic: 'timesbi.ttf' };

/** What findFontFiles needs of the system; tests pass path.win32 and a readdir that fails. */
export interface FontFolderAccess {
  readdir: (dir: string) => string[];
  path: Pick<typeof nodePath, 'join'>;
}
const local: FontFolderAccess = { readdir: (dir) => readdirSync(dir), path: nodePath };

/** The four faces in `dir` (file names compared without case), or the names that are missing. */
export function findFontFiles(dir: string, fs: FontFolderAccess = local): { files: FontFiles } | { missing: string[]; reason?: Msg } {
  let entries: string[];
  try {
    entries = fs.readdir(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { missing: Object.values(WINDOWS_NAMES), reason: code === 'ENOENT' ? msg('fs.no_such_folder') : code === 'ENOTDIR' ? msg('fs.not_a_folder') : fsReason(e) };
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

/** The largest font file accepted: Times New Roman is under 1 MB, large CJK fonts are 20–30 MB. */
export const MAX_FONT_BYTES = 64 * 1024 * 1024;

const PROBE = 'Aa0 ./ĐđƯươạẢảẫỹ–“”';

/** Fonts that cannot be used, each with the reason in words; read whole, so a later build does not fail on them. */
export async function fontProblems(files: FontFiles): Promise<{ file: string; reason: Msg }[]> {
  const problems: { file: string; reason: Msg }[] = [];
  for (const file of new Set(Object.values(files))) {
    try {
      const m = readTtfMetrics(await readRegularFile(file, MAX_FONT_BYTES));
      // glyphs are looked up lazily: a damaged table shows when characters are measured
      for (const ch of PROBE) m.advance(ch.codePointAt(0)!);
    } catch (e) {
      const reason =
        e instanceof NotARegularFile ? msg('font.not_a_font', { kind: msg(`file_kind.${e.kind}`) })
        : e instanceof FileTooLarge ? msg('font.too_large', { limit: e.limit })
        : isFsError(e) ? fsReason(e)
        : msg('font.damaged', { detail: (e as Error).message });
      problems.push({ file, reason });
    }
  }
  return problems;
}
