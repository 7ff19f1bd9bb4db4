// Stage: compute (tables). Where a data file named in a plan (`source: { file: … }`) is: relative
// to the plan's folder, with `/` or `\` between folders alike (a plan written on Windows says
// data\thon.csv), never absolute (a drive letter, a leading slash, a \\server share) and never
// outside the plan's folder.
import * as nodePath from 'node:path';
import { msg, type Msg } from '../../diag/index.js';
import { matchUnicodePath } from '../../util/unicode-path.js';

type PathApi = Pick<typeof nodePath, 'dirname' | 'join' | 'relative' | 'isAbsolute' | 'sep'>;

export function dataFilePath(planFile: string, spec: string, path: PathApi = nodePath): { file: string } | { reason: Msg } {
  const parts = spec.split(/[\\/]+/);
  if (/^[\\/]/.test(spec) || /^[a-z]:/i.test(spec)) return { reason: msg('data.inside_folder_relative') };
  const planDir = path.dirname(planFile);
  const file = path.join(planDir, ...parts);
  if (!isInside(planDir, file, path)) return { reason: msg('data.inside_folder') };
  return { file };
}

/** Whether `file` lies below `dir` (`..x.csv` does; `..\x.csv` and another drive do not). */
export function isInside(dir: string, file: string, path: PathApi = nodePath): boolean {
  const rel = path.relative(dir, file);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

/** The `source: { file }` of every table, wherever it sits (appendices, tables in bodies). */
function sourceFiles(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(sourceFiles);
  if (!node || typeof node !== 'object') return [];
  const source = (node as { source?: { file?: unknown } }).source;
  return [...(typeof source?.file === 'string' ? [source.file] : []), ...Object.values(node).flatMap(sourceFiles)];
}

/**
 * The data files a plan's data (parsed YAML, valid or not) names, where the build reads them
 * (data\thon.csv as data/thon.csv, a name saved in NFD found by its NFC form); those outside the
 * plan's folder are left out (the build says why). For --watch and the studio, which watch them.
 */
export function dataFilesOf(planFile: string, data: unknown): string[] {
  return [...new Set(sourceFiles(data))].flatMap((f) => {
    const where = dataFilePath(planFile, f);
    return 'file' in where ? [matchUnicodePath(where.file)] : [];
  });
}
