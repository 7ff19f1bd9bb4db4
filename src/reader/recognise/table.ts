// Stage: reader (recognition). A data table → a computed table of the plan: the STT column left
// to the tool, column types and printed decimals from the figures, merged header cells as column
// groups (a group repeated per year becomes one group with `each`), sums, differences and rates
// as formulas (typed figures kept as `given` where they do not add up), and the totals row as
// `total:`, its typed figures checked. Every arithmetic slip of the old file goes to the review
// list, row by row. Pure.
import { msg } from '../../diag/index.js';
import { roundHalfUp, formatNumber } from '../../util/vn-number.js';
import { slug } from '../../util/slug.js';
import type { DocxTable, ReviewNote } from '../types.js';
import { applyOp, findFormulas, formulaText, type FoundFormula, type NumericColumn } from './formulas.js';
import type { ColumnInput, TableInput } from './plan-input.js';
import { readGrid, readVnNumber, type GridColumn } from './table-grid.js';
import { groupColumns, type Grouping } from './table-groups.js';
import { EXACT_PT, importWidths, widthsOffPt } from './table-widths.js';

const STT = /^(stt|tt|số\s*tt|số\s*thứ\s*tự)\.?$/iu;
const TOTAL = /^(cộng|tổng|tổng cộng|tổng số|cộng chung|tổng chung|toàn\s+\S.*|cả\s+\S.*)\s*:?$/iu;

interface Leaf {
  grid: number;
  header: string;
  group: GridColumn['topCell'];
  groupTitle: string | null;
  key: string;
  type: 'text' | 'integer' | 'decimal' | 'percent';
  decimals: number;
  values: (string | number | null)[];
  formula: FoundFormula | null;
  width: number;
}

const LEADING = new Set(['so', 'nguoi', 'du', 'kien', 'da', 'duoc']);

/** "Số người chưa tham gia BHYT (người)" → "chua-tham-gia-bhyt": up to four words, unique. */
function columnKey(header: string, taken: Set<string>): string {
  const words = slug(header.replace(/\([^)]*\)/g, ' ').replace(/\b(19|20)\d\d\b/g, ' ')).split('-').filter(Boolean);
  while (words.length > 1 && LEADING.has(words[0]!) && !(words[0] === 'so' && words[1] === 'luong')) words.shift();
  let key = words.slice(0, 4).join('-') || 'cot';
  if (!/^[a-z]/.test(key)) key = `cot-${key}`;
  let k = key;
  for (let n = 2; taken.has(k); n++) k = `${key}-${n}`;
  taken.add(k);
  return k;
}

function typeOf(header: string, texts: string[]): Pick<Leaf, 'type' | 'decimals'> & { numbers: (number | null)[] } | null {
  const read = texts.map((t) => (t === '' ? null : readVnNumber(t)));
  if (texts.every((t) => t === '') || read.some((n, i) => n === null && texts[i] !== '')) return null;
  const ns = read.filter((n) => n !== null);
  // years and codes are typed without the thousands dot: they are text, not figures
  if (ns.some((n) => !n.grouped && Math.abs(n.value) >= 1000 && n.decimals === 0) || texts.some((t) => /^0\d/.test(t))) return null;
  const decimals = Math.max(...ns.map((n) => n.decimals));
  const numbers = read.map((n) => n?.value ?? null);
  const rate = /tỷ lệ|tỉ lệ|%/iu.test(header) || ns.some((n) => n.percent);
  if (decimals === 0 && !rate && ns.every((n) => n.value >= 0)) return { type: 'integer', decimals: 0, numbers };
  const percent = rate && ns.every((n) => n.value >= 0 && n.value <= 100);
  return { type: percent ? 'percent' : 'decimal', decimals, numbers };
}

export interface TableRecognition {
  table: TableInput;
  /** Rows whose typed figures do not add up, for the review list. */
  notes: ReviewNote[];
}

export function recogniseTable(t: DocxTable, title: string | null, where: string, name: string = title ?? where): TableRecognition | null {
  const grid = readGrid(t);
  const notes: ReviewNote[] = [];
  if (grid.rows.length === 0 || grid.columns.length < 2) return null;
  const last = grid.rows.length - 1;
  const label = (r: string[]) => r.slice(0, 3).find((x) => x && !/^\d+$/.test(x)) ?? '';
  const totalRow = TOTAL.test(label(grid.rows[last]!)) ? grid.rows[last]! : null;
  const rows = totalRow ? grid.rows.slice(0, last) : grid.rows;
  const first = grid.columns[0]!;
  const numbered = STT.test(first.path[first.path.length - 1] ?? '') || (rows.length > 1 && rows.every((r, i) => r[0] === String(i + 1)));
  const taken = new Set<string>();
  const leaves: Leaf[] = [];
  grid.columns.forEach((col, c) => {
    if (numbered && c === 0) return;
    // three header rows or more: the rows below the group's read as one header ("Năm 2025 Dân số")
    const header = (col.path.length > 2 ? col.path.slice(1).join(' ') : col.path[col.path.length - 1]) ?? `Cột ${c + 1}`;
    const groupTitle = col.path.length > 1 ? col.path[0]! : null;
    const texts = rows.map((r) => r[c] ?? '');
    const typed = typeOf(header, texts);
    leaves.push({
      grid: c,
      header,
      group: groupTitle ? col.topCell : null,
      groupTitle,
      key: columnKey(header, taken),
      type: typed?.type ?? 'text',
      decimals: typed?.decimals ?? 0,
      values: typed ? typed.numbers : texts.map((x) => x || null),
      formula: null,
      width: col.widthPt,
    });
  });
  if (totalRow && leaves[0]?.type !== 'text') return null;
  const numeric: NumericColumn[] = leaves.flatMap((l, i) => (l.type === 'text' ? [] : [{ index: i, key: l.key, header: l.header, decimals: l.decimals, values: l.values as (number | null)[] }]));
  for (const f of findFormulas(numeric)) leaves[f.target]!.formula = f;
  const table = buildTable(leaves, rows, totalRow, numbered ? first.widthPt : null, title, name, notes);
  if (grid.skippedNumberRow) notes.push({ topic: 'table', where, message: msg('import.note.number_row', { table: name }) });
  return { table, notes };
}

/** `indexPt`: the width of the STT column when the tool is to number the rows, else null. */
function buildTable(leaves: Leaf[], rows: string[][], totalRow: string[] | null, indexPt: number | null, title: string | null, name: string, notes: ReviewNote[]): TableInput {
  const numbered = indexPt !== null;
  const rowName = (r: number) => String(leaves.find((l) => l.type === 'text')?.values[r] ?? `dòng ${r + 1}`);
  const widthColumns = leaves.map((l) => ({ widthPt: l.width, type: l.type }));
  const widths = importWidths(widthColumns, indexPt);
  const grouping = groupColumns(leaves, (l, key, formulaKey) => {
    const c: ColumnInput = { key, header: l.header, type: l.type };
    if (l.type !== 'text' && l.decimals !== (l.type === 'integer' ? 0 : 2)) c.decimals = l.decimals;
    const width = widths?.widths[leaves.indexOf(l)] ?? null;
    if (width !== null) c.width = width;
    if (l.formula) c.formula = formulaText(l.formula, formulaKey);
    if (l.formula?.mismatches.length) c.given = true;
    return c;
  });
  // the widths as the tool will print them (a repeated group's columns share the first one's)
  const off = widths ? widthsOffPt(widthColumns, leaves.map((l) => grouping.column.get(l)!.width ?? null), indexPt) : 0;
  if (off > EXACT_PT) notes.push({ topic: 'table', where: name, message: msg('import.note.widths_rounded', { table: name, mm: Math.ceil(((off * 25.4) / 72) * 10) / 10 }) });
  for (const l of leaves) {
    if (!l.formula?.mismatches.length) continue;
    const text = formulaText(l.formula, (i) => grouping.keyOf.get(leaves[i]!)!);
    for (const r of l.formula.mismatches) {
      const typed = l.values[r] as number;
      const [a, b] = l.formula.inputs.map((i) => leaves[i]!.values[r] as number) as [number, number];
      const computed = apply(l.formula.op, a, b);
      notes.push({ topic: 'arithmetic', where: `${name}: ${rowName(r)}`, message: msg('import.note.row_mismatch', { table: name, row: rowName(r), column: columnName(l), typed: formatNumber(typed, l.decimals), computed: formatNumber(roundHalfUp(computed, l.decimals), l.decimals), formula: text }) });
    }
  }
  // the rows list the columns typed in: those without a formula, and those whose figures are given
  const typedIn = (l: Leaf) => !grouping.column.get(l)!.formula || grouping.column.get(l)!.given === true;
  const table: TableInput = { ...(title ? { title } : {}), ...(numbered ? {} : { numbered: false }), columns: grouping.columns, rows: rows.map((_, r) => leaves.filter(typedIn).map((l) => l.values[r] ?? null)) };
  if (totalRow) table.total = totalOf(leaves, rows, totalRow, grouping, notes, name);
  return table;
}

/** A column as the notes name it: "Năm 2019 › Dân số". */
const columnName = (l: Leaf): string => `${l.groupTitle ? `${l.groupTitle} › ` : ''}${l.header}`;

const apply = (op: FoundFormula['op'], a: number, b: number): number => applyOp(op, a, b) ?? NaN;

/** The totals row: typed totals checked against sums (or the formula on the sums). */
const num = (l: Leaf, r: number): number => (typeof l.values[r] === 'number' ? (l.values[r] as number) : 0);

function totalOf(leaves: Leaf[], rows: string[][], totalRow: string[], grouping: Grouping<Leaf>, notes: ReviewNote[], name: string): TableInput['total'] {
  const label = totalRow.slice(0, 3).find((x) => x && !/^\d+$/.test(x))!;
  const total: NonNullable<TableInput['total']> = { label };
  const sums = leaves.map((l) => (l.type === 'text' ? 0 : (l.values as (number | null)[]).reduce<number>((s, v) => s + (v ?? 0), 0)));
  leaves.forEach((l, i) => {
    if (l.type === 'text') return;
    const col = grouping.column.get(l)!;
    const typed = readVnNumber(totalRow[l.grid] ?? '')?.value ?? null;
    if (typed === null) {
      if (l.type === 'integer' || l.formula) col.total = 'none';
      return;
    }
    const same = (x: number) => roundHalfUp(x, l.decimals) === roundHalfUp(typed, l.decimals);
    // the tool prints a formula column as computed: its total is the formula on the sums, or the
    // sum of the computed figures (total: sum)
    const f = l.formula;
    const onSums = f ? apply(f.op, sums[f.inputs[0]]!, sums[f.inputs[1]]!) : NaN;
    const sumComputed = f ? rows.reduce((s, _, r) => s + (apply(f.op, num(leaves[f.inputs[0]]!, r), num(leaves[f.inputs[1]]!, r)) || 0), 0) : sums[i]!;
    if (f && same(onSums)) return;
    if (f || l.type !== 'integer') col.total = 'sum';
    if (same(sumComputed)) return;
    const computed = f ? onSums : sumComputed;
    if (f) delete col.total;
    (total.given ??= {})[grouping.expanded.get(l)!] = typed;
    notes.push({ topic: 'arithmetic', where: `${name}: ${label}`, message: msg(f ? 'import.note.total_mismatch' : 'import.note.total_sum_mismatch', { table: name, row: label, column: columnName(l), typed: formatNumber(typed, l.decimals), computed: formatNumber(roundHalfUp(computed, l.decimals), l.decimals) }) });
  });
  return total;
}
