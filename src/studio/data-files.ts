// Stage: studio. The data files (CSV, XLSX) a plan reads, found in its YAML wherever a table
// names one (`source: { file: … }`), so that new kinds of tables are covered without change here.
// Only files inside the plan's folder are returned: the studio watches nothing else.
import { dirname, isAbsolute, join, relative } from 'node:path';

function sourceFiles(data: unknown, found: string[] = []): string[] {
  if (Array.isArray(data)) for (const x of data) sourceFiles(x, found);
  else if (data !== null && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      const file = (value as { file?: unknown } | null)?.file;
      if (key === 'source' && typeof file === 'string') found.push(file);
      else sourceFiles(value, found);
    }
  }
  return found;
}

export function dataFilesOf(planPath: string, data: unknown): string[] {
  const dir = dirname(planPath);
  return [...new Set(sourceFiles(data))]
    .filter((f) => !isAbsolute(f))
    .map((f) => join(dir, f))
    .filter((p) => !relative(dir, p).startsWith('..'));
}
