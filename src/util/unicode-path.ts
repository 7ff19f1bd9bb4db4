// Util. A path whose Vietnamese letters are stored in another Unicode form than they are typed.
// File names keep the form they were made with: precomposed "ệ" (NFC, Windows and most
// keyboards) or "e" + two combining marks (NFD: names made on a Mac, or typed with Unikey's
// "Unicode tổ hợp"). Linux and Windows compare names code unit by code unit, so `thôn.csv`
// typed one way does not find the file saved the other way. When a path does not exist as
// given, each missing part is looked up among its folder's entries by its NFC form.
import { existsSync, readdirSync } from 'node:fs';
import * as nodePath from 'node:path';

export interface NameLookup {
  exists: (path: string) => boolean;
  readdir: (dir: string) => string[];
  path: Pick<typeof nodePath, 'parse' | 'join' | 'sep'>;
}
const local: NameLookup = { exists: existsSync, readdir: (d) => readdirSync(d), path: nodePath };

/** The path of the existing file that `path` names up to Unicode normalisation; `path` itself when there is none (or it exists as given). */
export function matchUnicodePath(path: string, fs: NameLookup = local): string {
  if (fs.exists(path) || path.normalize('NFC') === path.normalize('NFD')) return path;
  const { root } = fs.path.parse(path);
  const parts = path.slice(root.length).split(/[\\/]+/).filter(Boolean);
  let at = root;
  for (const part of parts) {
    const direct = at === '' ? part : fs.path.join(at, part);
    if (part === '.' || part === '..' || fs.exists(direct)) {
      at = direct;
      continue;
    }
    let entries: string[];
    try {
      entries = fs.readdir(at === '' ? '.' : at);
    } catch {
      return path;
    }
    const want = part.normalize('NFC');
    const same = entries.filter((e) => e.normalize('NFC') === want);
    if (same.length !== 1) return path;
    at = at === '' ? same[0]! : fs.path.join(at, same[0]!);
  }
  return at;
}
