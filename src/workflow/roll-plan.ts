// Stage: workflow. This year's plan → next year's draft (new-plan). Years move only where they
// mean the plan's year: the plan's own fields (date, period) and text written with {year},
// {year-1}, {year+1}; a year written as digits is never rewritten (the review list names it).
// Number and date are cleared for the văn thư; columns marked `rollover` start from this year's
// figures (the larger of the figure and the one it rolls over from); a data file moves to next
// year's file when there is one; lunar year names follow the year. Comments are kept; a review
// list left by an earlier new-plan is removed (review-list.ts writes the new one).
import { posix } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { writeYears } from '../compute/check-references.js';
import type { ComputedPlan, ComputedTable } from '../compute/types.js';
import { fromDotPath } from '../plan/locate.js';
import { Exact } from '../util/exact.js';
import { canonicalYaml } from './canonical-yaml.js';
import { rollCanChi } from './lunar-text.js';

export interface RollOptions {
  /** The draft's file: data files are read beside it. */
  outFile: string;
  /** This year's plan file, when the draft goes to another folder (data file paths follow). */
  fromFile?: string;
  year: number;
  /** Does this data file (as a plan writes it, relative to the draft's folder) exist? */
  dataExists: (file: string) => boolean;
}

export interface Rolled {
  /** The draft, canonical, without its review list. */
  text: string;
  /** What the review list must say about tables and data files. */
  tables: string[];
  /** Lunar year names moved: [old, new]. */
  canChi: [string, string][];
}

export const REVIEW_START = '── Bản nháp kế hoạch năm';
export const REVIEW_END = '── hết danh sách cần xem lại ──';

/** A review list left by new-plan (this one's, or the earlier form's) taken out of the text. */
export function withoutReviewList(text: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`# ${REVIEW_START}`) || /^# Kế hoạch năm \d{4}, lập từ .* bằng npm run new-plan/.test(l));
  if (start < 0) return text;
  let end = start + 1;
  if (lines[start]!.includes(REVIEW_START)) {
    while (end < lines.length && !lines[end - 1]!.includes(REVIEW_END)) end++;
  } else while (end < lines.length && /^# - /.test(lines[end]!)) end++;
  return [...lines.slice(0, start), ...lines.slice(end)].join('\n');
}

/** An exact value as a YAML number that prints every digit (a BigInt for whole numbers). */
const yamlNumber = (v: Exact): number | bigint => (v.isInteger() ? v.num : Number(v.toString()));

const tableName = (t: ComputedTable) => (t.appendixId ? `Phụ lục ${t.appendixId}` : `Bảng ${t.title ? `«${t.title}»` : t.path}`);

/** Columns marked `rollover`: each cell takes this year's figure of the named column, or keeps its own when that is larger. */
function rollColumns(doc: Document.Parsed, tables: ComputedTable[], notes: string[], from: number, year: number): void {
  for (const t of tables) {
    const rows = doc.getIn([...fromDotPath(t.path), 'rows'], true);
    const inputs = t.columns.filter((c) => c.input);
    for (const col of t.columns.filter((c) => c.rollover !== null)) {
      const source = t.columns.findIndex((c) => c.key === col.rollover);
      const own = t.columns.indexOf(col);
      const at = inputs.indexOf(col);
      if (!isSeq(rows) || at < 0 || source < 0) continue; // a data file: said under "Tệp dữ liệu"
      let higher = 0;
      t.rows.forEach((row, r) => {
        const next = row[source]?.value;
        const now = row[own]?.value;
        const cells = rows.items[r];
        if (!isSeq(cells) || !(next instanceof Exact)) return;
        const value = now instanceof Exact && now.cmp(next) > 0 ? ((higher += 1), now) : next;
        (cells.items[at] as Node & { value: unknown }).value = yamlNumber(value);
      });
      const kept = higher ? `; ${higher} dòng giữ số đã có vì cao hơn` : '';
      notes.push(`${tableName(t)}: cột ${col.key} («${writeYears(col.header, year)}») nay là số ước tính: ${col.rollover} của kế hoạch năm ${from}${kept}. Thay bằng số thực tế khi có.`);
    }
  }
}

/** {year±n} as written in a plan of year `to`, for the same year as in a plan of year `from`. */
const pinYears = (text: string, from: number, to: number): string =>
  text.replace(/\{year(?:([+-])(\d{1,2}))?\}/g, (_, sign: string | undefined, n: string | undefined) => {
    const shift = (sign === '-' ? -1 : 1) * Number(n ?? 0) + from - to;
    return shift === 0 ? '{year}' : `{year${shift > 0 ? '+' : '-'}${Math.abs(shift)}}`;
  });

/**
 * A table that keeps last year's data file: its columns whose file header is written with {year}
 * get `from:` naming the header as that file has it, so the draft still reads it.
 */
function pinHeaders(columns: unknown, from: number, to: number): string[] {
  const pinned: string[] = [];
  if (!isSeq(columns)) return pinned;
  for (const c of columns.items) {
    if (!isMap(c)) continue;
    if (c.has('columns')) pinned.push(...pinHeaders(c.get('columns', true), from, to));
    const header = c.get('from') ?? c.get('header');
    if (typeof header !== 'string' || !/\{year/.test(header) || c.has('formula')) continue;
    c.set('from', pinYears(header, from, to));
    pinned.push(String(c.get('key')));
  }
  return pinned;
}

/**
 * A data file's path as the draft must write it (relative to the draft's folder), or null when
 * the file is not inside that folder (a plan reads only files of its folder: copy it there).
 */
function fromDraft(file: string, o: RollOptions): string | null {
  if (!o.fromFile || posix.isAbsolute(file)) return file;
  const dir = (f: string) => posix.dirname(f.replaceAll('\\', '/'));
  if (dir(o.fromFile) === dir(o.outFile)) return file;
  const path = posix.relative(posix.resolve(dir(o.outFile)), posix.resolve(dir(o.fromFile), file));
  return path.startsWith('../') ? null : path;
}

/** Tables read from a data file: next year's file when it exists, otherwise a line for the review list. */
function rollData(doc: Document.Parsed, computed: ComputedPlan, o: RollOptions, from: number, notes: string[]): void {
  for (const t of computed.tables) {
    const path = fromDotPath(t.path);
    const written = doc.getIn([...path, 'source', 'file']);
    if (typeof written !== 'string') continue;
    const moved = fromDraft(written, o);
    if (moved === null) notes.push(`${tableName(t)}: tệp ${written} nằm ngoài thư mục của bản nháp: chép nó (cùng thư mục con) vào thư mục của ${o.outFile}.`);
    const file = moved ?? written;
    if (file !== written) doc.setIn([...path, 'source', 'file'], file);
    const name = file.split('/').pop()!;
    const years = [...name.matchAll(/(?<!\d)(\d{4})(?!\d)/g)].filter((m) => Number(m[1]) === from);
    const at = years[years.length - 1]?.index;
    const next = at === undefined ? null : `${file.slice(0, file.length - name.length)}${name.slice(0, at)}${o.year}${name.slice(at + 4)}`;
    if (next && o.dataExists(next)) {
      doc.setIn([...path, 'source', 'file'], next);
      notes.push(`${tableName(t)}: số liệu lấy từ ${next} (tệp của năm ${o.year}) thay cho ${file}: kiểm tra tệp.`);
      continue;
    }
    if (next) notes.push(`${tableName(t)}: vẫn đọc ${file} (số liệu năm ${from}): đặt số liệu năm ${o.year} vào ${next} (new-plan sẽ dùng tệp này khi lập lại bản nháp) hoặc sửa source.file.`);
    else notes.push(`${tableName(t)}: đọc ${file}: cập nhật số liệu năm ${o.year} trong tệp này.`);
    const pinned = pinHeaders(doc.getIn([...path, 'columns'], true), from, o.year);
    if (pinned.length > 0) notes.push(`${tableName(t)}: cột ${pinned.join(', ')} đọc theo tiêu đề năm ${from} của tệp cũ (from:); khi tệp có tiêu đề năm ${o.year}, xóa các dòng from: này.`);
  }
}

/** Every text value of the plan except the legal bases (other documents' words). */
function rollTexts(node: unknown, edit: (s: string) => string, top = true): void {
  if (isScalar(node)) {
    if (typeof node.value === 'string') node.value = edit(node.value);
  } else if (isMap(node)) {
    for (const pair of node.items) if (!(top && isScalar(pair.key) && pair.key.value === 'legalBases')) rollTexts(pair.value, edit, false);
  } else if (isSeq(node)) node.items.forEach((i) => rollTexts(i, edit, false));
}

const isLeap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

export function rollPlan(text: string, computed: ComputedPlan, o: RollOptions): Rolled {
  const doc = parseDocument(withoutReviewList(text));
  const from = computed.plan.date.year;
  const tables: string[] = [];
  rollColumns(doc, computed.tables, tables, from, o.year);
  rollData(doc, computed, o, from, tables);
  const canChi: [string, string][] = [];
  rollTexts(doc.contents, (s) => {
    const r = rollCanChi(s, from, o.year);
    canChi.push(...r.changed);
    return r.text;
  });
  doc.setIn(['number'], null);
  doc.setIn(['date'], o.year);
  // the period of execution moves by whole years (29/02 becomes 28/02)
  const period = computed.plan.period;
  if (period)
    for (const end of ['from', 'to'] as const) {
      const d = period[end];
      const y = d.year + o.year - from;
      const day = d.day !== null && d.month === 2 && d.day === 29 && !isLeap(y) ? 28 : d.day;
      doc.setIn(['period', end], [y, d.month, day].filter((x) => x !== null).map((x, i) => (i === 0 ? String(x) : String(x).padStart(2, '0'))).join('-'));
    }
  return { text: canonicalYaml(o.outFile, doc.toString({ lineWidth: 0 })), tables, canChi };
}

/**
 * The draft's file name: this year's name with next year in place of this one
 * (pctt-2026.yaml → pctt-2027.yaml, 2026.yaml → 2027.yaml), or the year added.
 */
export function draftName(file: string, from: number, year: number): string {
  const slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  const dir = file.slice(0, slash + 1);
  const name = file.slice(slash + 1).replace(/\.ya?ml$/i, '');
  const at = [...name.matchAll(/(?<!\d)(\d{4})(?!\d)/g)].filter((m) => Number(m[1]) === from).pop()?.index;
  return `${dir}${at === undefined ? `${name}-${year}` : `${name.slice(0, at)}${year}${name.slice(at + 4)}`}.yaml`;
}
