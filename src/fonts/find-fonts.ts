// Fonts. A folder with an office's own Times New Roman (the four files Windows installs:
// times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf) → FontFiles.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FaceName, FontFiles } from './measure.js';

export const WINDOWS_NAMES: Record<FaceName, string> = { regular: 'times.ttf', bold: 'timesbd.ttf', italic: 'timesi.ttf', boldItalic: 'timesbi.ttf' };

/** The four faces in `dir` (file names compared without case), or the names that are missing. */
export function findFontFiles(dir: string): { files: FontFiles } | { missing: string[]; reason?: string } {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch (e) {
    return { missing: Object.values(WINDOWS_NAMES), reason: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : (e as Error).message };
  }
  const byLower = new Map(entries.map((e) => [e.toLowerCase(), e]));
  const found = Object.entries(WINDOWS_NAMES).map(([face, name]) => [face, byLower.get(name)] as const);
  const missing = found.filter(([, f]) => !f).map(([face]) => WINDOWS_NAMES[face as FaceName]);
  if (missing.length) return { missing };
  return { files: Object.fromEntries(found.map(([face, f]) => [face, join(dir, f!)])) as FontFiles };
}
