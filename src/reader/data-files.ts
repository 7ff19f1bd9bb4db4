// Stage: reader (writing). A long appendix table of the recognised plan → a CSV file beside the
// plan (as offices keep figures in Excel), the appendix reading it with `source: { file }`.
// The CSV is what the data-file reader takes back: a header row naming the typed-in columns by
// their headers, integers as plain digits, decimals the Vietnamese way ("95,50", quoted), text
// quoted. Tables whose typed-in columns share a header (the same header in two groups) stay in
// the YAML, since a header would not say which column it is. Pure.
import { msg } from '../diag/index.js';
import type { AppendixInput, ColumnGroupInput, ColumnInput } from './recognise/plan-input.js';
import type { PlanInput } from './recognise/recognise-plan.js';
import type { ReviewNote } from './types.js';

export interface DataFile {
  /** File name beside the plan: "<plan>.<appendix id>.csv". */
  name: string;
  text: string;
}

export interface DataFileOptions {
  /** The plan file's name without ".yaml". */
  base: string;
  /** Tables with at least this many rows go to a CSV file. */
  minRows: number;
}

const leavesOf = (columns: (ColumnInput | ColumnGroupInput)[]): ColumnInput[] => columns.flatMap((c) => ('group' in c ? c.columns : [c]));
/** The columns whose figures are typed in (the rows' columns, in order). */
const typedIn = (columns: (ColumnInput | ColumnGroupInput)[]): ColumnInput[] => leavesOf(columns).filter((c) => !c.formula || c.given);

const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;

function field(v: string | number | null, c: ColumnInput): string {
  if (v === null) return '';
  if (typeof v === 'string') return quote(v);
  if (!c.type || c.type === 'integer') return String(v);
  const decimals = c.decimals ?? 2;
  const text = v.toFixed(Math.max(decimals, (String(v).split('.')[1] ?? '').length));
  return quote(text.replace('.', ','));
}

function csvOf(appendix: AppendixInput): string | null {
  const columns = typedIn(appendix.columns ?? []);
  const headers = columns.map((c) => c.header.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi'));
  if (appendix.columns?.some((c) => 'group' in c && c.each) || new Set(headers).size !== headers.length || columns.some((c) => c.header.includes('{'))) return null;
  const lines = [columns.map((c) => quote(c.header)).join(','), ...(appendix.rows ?? []).map((r) => r.map((v, i) => field(v, columns[i]!)).join(','))];
  return `${lines.join('\n')}\n`;
}

/** Moves the rows of long appendix tables into CSV files; says so in the review list. */
export function moveRowsToFiles(plan: PlanInput, o: DataFileOptions, notes: ReviewNote[]): DataFile[] {
  const files: DataFile[] = [];
  for (const appendix of plan.appendices ?? []) {
    if (!appendix.rows || appendix.rows.length < o.minRows) continue;
    const text = csvOf(appendix);
    if (text === null) continue;
    const name = `${o.base}.${appendix.id}.csv`;
    files.push({ name, text });
    notes.push({ topic: 'table', where: `Phụ lục ${appendix.id}`, message: msg('import.note.csv', { table: appendix.title, rows: appendix.rows.length, file: name }) });
    delete appendix.rows;
    // source goes where rows were: before total
    const total = appendix.total;
    delete appendix.total;
    appendix.source = { file: name };
    if (total) appendix.total = total;
  }
  return files;
}
