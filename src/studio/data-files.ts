// Stage: studio. The data files (CSV, XLSX) a plan reads, found in its YAML wherever a table
// names one (`source: { file: … }`), so that new kinds of tables are covered without change here.
// Only files inside the plan's folder are returned: the studio watches nothing else.
import { dataFilePath } from '../compute/table/data-path.js';
import { matchUnicodePath } from '../util/unicode-path.js';

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
  // where the build reads them: data\thon.csv as data/thon.csv, a name saved in NFD found by its NFC form
  return [...new Set(sourceFiles(data))].flatMap((f) => {
    const where = dataFilePath(planPath, f);
    return 'file' in where ? [matchUnicodePath(where.file)] : [];
  });
}
