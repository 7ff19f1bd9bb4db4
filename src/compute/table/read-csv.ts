// Stage: compute (tables). A CSV file (decoded by decode-text.ts; "," or ";" separated, as Excel
// writes it in Vietnamese locales, or tab-separated as its "Unicode Text") → header and rows with their line numbers. Rows keep every
// field they have: a row with more or fewer fields than the header is reported, never trimmed.
import { parse } from 'csv-parse/sync';
import type { DataGrid } from './data-grid.js';

export function readCsv(text: string): DataGrid {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const count = (c: string) => firstLine.split(c).length - 1;
  const delimiter = [',', ';', '\t'].reduce((best, c) => (count(c) > count(best) ? c : best));
  const records = parse(body, { delimiter, relax_column_count: true, skip_empty_lines: true, info: true, trim: true, bom: true }) as unknown as { record: string[]; info: { lines: number } }[];
  const [head, ...rest] = records;
  return {
    header: head?.record.map((h) => h.normalize('NFC')) ?? [],
    headerLine: head?.info.lines ?? 1,
    rows: rest.map((r) => ({ line: r.info.lines, cells: r.record.map((c) => c.normalize('NFC')) })),
    fieldsMatchHeader: true,
  };
}
