// Stage: compute (tables). The rows of an appendix, inline or from a data file beside the plan,
// as values of the table's input columns with the position of every cell.
import { realpath } from 'node:fs/promises';
import { dirname } from 'node:path';
import { diagnostic, fsReason, msg, type Diagnostic, type Msg, type Where } from '../../diag/index.js';
import type { PlanSource } from '../../plan/load.js';
import { isSeq } from 'yaml';
import { locate, plainScalarSource, toDotPath } from '../../plan/locate.js';
import type { TableInput as Appendix } from '../../plan/types.js';
import { didYouMean } from '../../util/did-you-mean.js';
import { FileTooLarge, NotARegularFile, readRegularFile } from '../../util/read-regular-file.js';
import { matchUnicodePath } from '../../util/unicode-path.js';
import { dataFilePath, isInside } from './data-path.js';
import type { DataGrid, GridCell } from './data-grid.js';
import { decodeText } from './decode-text.js';
import { findHeader, normalise } from './find-header.js';
import { readXlsx, SheetNotFound, XlsxError } from './read-xlsx.js';
import type { LeafColumn } from './types.js';

export interface RawRow {
  /** Numbers typed in the plan come as the text they were typed as ("10.000", not YAML's 10). */
  values: GridCell[];
  /** Position of the row, and of the cell of input column i. */
  where: Where;
  cellWhere: (i: number) => Where;
  /** How messages name the row: "row 3" or "sheet 'Thôn', row 5". */
  label: Msg;
  /**
   * The row could not be read (wrong number of values): it stays in the table, empty, so that
   * row i of the table is row i of the plan (a batch builds units by that index).
   */
  broken?: true;
}

/**
 * Data files are read whole: a province's table is a few hundred KB, a 20 000-row one a few MB.
 * Past this the file is refused before it is read, so that nothing runs out of memory.
 */
export const MAX_DATA_FILE_BYTES = 32 * 1024 * 1024;


export async function loadRows(appendix: Appendix, path: PropertyKey[], inputs: LeafColumn[], source: PlanSource): Promise<{ rows: RawRow[]; diagnostics: Diagnostic[] }> {
  if (!appendix.source) return inlineRows(appendix, path, inputs, source);
  const at = locate(source, [...path, 'source', 'file']);
  const fail = (reason: Msg, hints: Msg[] = []) => ({ rows: [], diagnostics: [diagnostic('data_file', { where: msg('where.file', { file: appendix.source!.file }), reason }, at, { hints })] });
  const planDir = dirname(source.file);
  const where = dataFilePath(source.file, appendix.source.file); // data\thon.csv as data/thon.csv
  if ('reason' in where) return fail(where.reason);
  const file = where.file;
  let bytes: Buffer;
  try {
    // a name saved in the other Unicode form (NFD) is found too
    const [realDir, realFile] = await Promise.all([realpath(matchUnicodePath(planDir)), realpath(matchUnicodePath(file))]);
    if (!isInside(realDir, realFile)) return fail(msg('data.links_outside'));
    bytes = await readRegularFile(realFile, MAX_DATA_FILE_BYTES);
  } catch (e) {
    if (e instanceof FileTooLarge) return fail(msg('data.too_large', { size: e.size ?? undefined, limit: e.limit }));
    if (e instanceof NotARegularFile) return fail(msg('data.not_regular', { file, kind: msg(`file_kind.${e.kind}`) }));
    const code = (e as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? msg('data.no_such_file', { file }) : msg('data.cannot_read', { file, reason: fsReason(e) }));
  }
  let grid: DataGrid;
  let sheet = '';
  try {
    if (/\.xlsx$/i.test(file)) ({ sheet, ...grid } = readXlsx(bytes, appendix.source.sheet));
    else if (/\.(csv|txt)$/i.test(file)) {
      const decoded = decodeText(bytes);
      if (!decoded) return fail(msg('data.unknown_encoding'), [msg('data.save_as_csv_utf8')]);
      // (the CSV reader is loaded when a plan has a CSV file: most have none)
      grid = (await import('./read-csv.js')).readCsv(decoded.text);
    } else return fail(msg('data.csv_or_xlsx'));
  } catch (e) {
    if (e instanceof SheetNotFound) return fail(msg('data.no_sheet', { sheet: JSON.stringify(appendix.source.sheet) }), [msg('data.sheets', { sheets: e.sheets.join(', ') })]);
    if (e instanceof XlsxError) return fail(e.reason, e.hints);
    return fail(msg('data.cannot_read_data', { detail: (e as Error).message.split('\n')[0] }));
  }
  return fileRows(grid, file, sheet, inputs, toDotPath([...path, 'rows']));
}

function inlineRows(appendix: Appendix, path: PropertyKey[], inputs: LeafColumn[], source: PlanSource) {
  const diagnostics: Diagnostic[] = [];
  const rows: RawRow[] = [];
  appendix.rows.forEach((row, r) => {
    const rowPath = [...path, 'rows', r];
    // positions are looked up when a message needs one (on a big appendix, looking them all up cost more than the figures)
    let where: Where | undefined;
    const at = {
      get where(): Where {
        return (where ??= locate(source, rowPath));
      },
      cellWhere: (i: number) => locate(source, [...rowPath, i]),
    };
    if (row.length !== inputs.length) {
      diagnostics.push(diagnostic('row_length', { where: msg('where.row', { n: r + 1 }), found: row.length, expected: inputs.length, keys: inputs.map((c) => c.key).join(', ') }, at.where));
      rows.push(Object.assign(at, { values: inputs.map(() => null), label: msg('where.row', { n: r + 1 }), broken: true as const }));
      return;
    }
    const node = source.doc.getIn(rowPath, true);
    const values = row.map((v, i) => (typeof v === 'number' ? (plainScalarSource(isSeq(node) ? node.items[i] : undefined) ?? String(v)) : v));
    rows.push(Object.assign(at, { values, label: msg('where.row', { n: r + 1 }) }));
  });
  return { rows, diagnostics };
}

/** `rowsPath` names the rows as if they were inline (appendices[0].rows), so a batch can tell which unit a problem belongs to. */
function fileRows(grid: DataGrid, file: string, sheet: string, inputs: LeafColumn[], rowsPath: string) {
  const diagnostics: Diagnostic[] = [];
  if (!grid.header.some((h) => String(h ?? '').trim() !== '')) {
    const expected = inputs.map((c) => JSON.stringify(c.from)).join(', ');
    return { rows: [], diagnostics: [diagnostic('data_file', { where: msg('where.file_sheet', { file, sheet }), reason: msg('data.no_header') }, { file, line: 1, column: 1 }, { hints: [msg('data.header_names', { expected })] })] };
  }
  const found = findHeader(grid, inputs.map((c) => c.from));
  const index = inputs.map((c) => {
    const i = found.names.findIndex((n) => n.includes(normalise(c.from)));
    if (i < 0) {
      const suggestion = didYouMean(c.from, found.header);
      diagnostics.push(
        diagnostic('data_file', { where: msg('where.header_row', { file, sheet }), reason: msg('data.no_column', { from: JSON.stringify(c.from), key: c.key }) }, { file, line: found.headerLine, column: 1 }, {
          hints: suggestion ? [msg('data.did_you_mean', { name: JSON.stringify(suggestion) })] : [msg('data.file_columns', { columns: found.header.join(' | ') })],
        }),
      );
    }
    return i;
  });
  if (diagnostics.length > 0) return { rows: [], diagnostics };
  const rows: RawRow[] = [];
  const width = fieldCount(found.header);
  found.rows.forEach((row, r) => {
    const where = { file, line: row.line, column: 1, path: `${rowsPath}[${r}]` };
    // more fields than the header (a "," inside a number), or fewer (a short row): never guessed
    const fields = Math.max(fieldCount(row.cells), Math.min(row.cells.length, width));
    if (found.fieldsMatchHeader && fields !== width) {
      const shown = row.cells.slice(0, fields).map((c) => JSON.stringify(c ?? '')).join(', ');
      diagnostics.push(diagnostic('data_file', { where: msg('where.file_line', { file, line: row.line }), reason: msg('data.field_count', { fields, width, shown }) }, where, { hints: [msg(fields > width ? 'data.fields_hint' : 'data.short_row_hint')] }));
      return;
    }
    rows.push({
      values: index.map((i) => {
        const v = row.cells[i] ?? null;
        return v === '' ? null : v;
      }),
      where,
      cellWhere: (k: number) => ({ file, line: row.line, column: index[k]! + 1, path: `${rowsPath}[${r}][${k}]` }),
      label: msg('where.data_row', { sheet, line: row.line }),
    });
  });
  return { rows, diagnostics };
}


/** Fields of a CSV row, not counting empty ones at its end (Excel pads rows to the widest). */
function fieldCount(cells: readonly GridCell[]): number {
  let n = cells.length;
  while (n > 0 && (cells[n - 1] === '' || cells[n - 1] === null)) n--;
  return n;
}
