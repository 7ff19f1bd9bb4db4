// Stage: workflow. Years written as digits where they mean the plan's year ("năm 2026",
// "31/12/2026", "Tháng 4/2026", "năm học 2026 - 2027", "Xuân Bính Ngọ 2026" in a 2026 plan):
// found (new-plan lists them, since it never rewrites a literal year) and, once and reviewed,
// turned into {year}, {year-1}, {year+1} (fmt --placeholders), after which they follow the plan
// year by themselves. Years of other documents stay: legal bases, a document cited with its
// number and date ("số 52-CT/TW ngày 03/10/2025"), a programme's period ("giai đoạn 2022 - 2025").
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { CAN_CHI_PATTERN } from '../util/lunar.js';

export interface YearFinding {
  /** Where the text is in the plan ("sections[1].body[0]"). */
  path: (string | number)[];
  /** The line of the text (1-based), in the file read. */
  line: number;
  year: number;
  /** What to write instead: {year}, {year-1} or {year+1}. */
  placeholder: string;
  /** A few words around the year, as written. */
  excerpt: string;
  /** Offset of the year in the text. */
  offset: number;
}

/** Keys whose values are names, formulas or facts of other documents, never the plan's text. */
const NOT_TEXT = new Set(['formula', 'key', 'id', 'goal', 'file', 'sheet', 'from', 'symbol', 'appendixLabel', 'date', 'period', 'number']);

const L = '\\p{L}';
/** What may stand right before a year that means a year of the plan. */
const CONTEXT = new RegExp(`(?:(?<!${L})(?:năm|Năm|NĂM)(?:\\s+(?:học|HỌC))?\\s+|(?<!\\d)\\d{1,2}\\/|(?<!${L})[Qq]uý\\s+[IVX]{1,3}\\/|(?<!${L})(?:Xuân|XUÂN|Tết|TẾT)\\s+|${CAN_CHI_PATTERN}\\s+)$`, 'u');
/** A year after one of the plan's: "2026 - 2027". */
const RANGE = /(?:\d{4}|\{year(?:[+-]\d{1,2})?\})\s*[-–]\s*$/u;
/** Years that belong to something else. */
const OTHER = [
  /giai đoạn\s+(?:\d{4}|\{year[^}]*\})?\s*[-–]?\s*$/iu, // a programme's period
  /(?:^|[\s(])số\s+[^\s,;]+\s+ngày\s+\d{1,2}\/\d{1,2}\/$/u, // a document cited by number and date
  /(?<!\p{L})Luật\s[^,;.]{0,80}năm\s+$/u, // a law named by its year
];

const placeholderOf = (year: number, planYear: number): string => (year === planYear ? '{year}' : year < planYear ? `{year-${planYear - year}}` : `{year+${year - planYear}}`);

/** The years of one text that mean the plan's year (or the one before or after). */
export function yearsInText(text: string, planYear: number): { offset: number; year: number; placeholder: string }[] {
  const out: { offset: number; year: number; placeholder: string }[] = [];
  let lastEnd = -1;
  for (const m of text.matchAll(/(?<![\d{-])(\d{4})(?![\d}])/g)) {
    const year = Number(m[1]);
    const at = m.index!;
    const before = text.slice(Math.max(0, at - 120), at);
    const continues = lastEnd >= 0 && RANGE.test(text.slice(lastEnd - 4, at)) && /^\s*[-–]\s*$/.test(text.slice(lastEnd, at));
    if (Math.abs(year - planYear) > 1 || !(CONTEXT.test(before) || continues) || OTHER.some((r) => r.test(before))) continue;
    out.push({ offset: at, year, placeholder: placeholderOf(year, planYear) });
    lastEnd = at + 4;
  }
  return out;
}

function* texts(node: unknown, path: (string | number)[]): Generator<[Node & { value: unknown }, (string | number)[]]> {
  if (isScalar(node)) {
    if (typeof node.value === 'string') yield [node as Node & { value: unknown }, path];
  } else if (isMap(node)) {
    for (const pair of node.items) {
      const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
      if (NOT_TEXT.has(key) || (path.length === 0 && key === 'legalBases')) continue;
      yield* texts(pair.value, [...path, key]);
    }
  } else if (isSeq(node)) for (const [i, item] of node.items.entries()) yield* texts(item, [...path, i]);
}

const excerpt = (text: string, at: number): string => {
  const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - 25)));
  const end = text.indexOf(' ', Math.min(text.length, at + 12));
  return `${start > 0 ? '…' : ''}${text.slice(start, end < 0 ? text.length : end).trim()}${end >= 0 ? '…' : ''}`;
};

/** The plan's year (its date), from the YAML, or null when it has none that can be read. */
export function planYearOf(doc: Document.Parsed): number | null {
  const date = doc.get('date');
  const m = /^(\d{4})/.exec(String(date ?? ''));
  return m ? Number(m[1]) : null;
}

/** Every literal year of the plan's text that means its year. */
export function findPlanYears(doc: Document.Parsed, lines: LineCounter, planYear: number): YearFinding[] {
  const out: YearFinding[] = [];
  for (const [node, path] of texts(doc.contents, [])) {
    const value = node.value as string;
    const start = node.range?.[0] ?? 0;
    const block = /^[|>]/.test(node.toString?.() ?? '') ? 1 : 0;
    for (const y of yearsInText(value, planYear)) {
      const line = lines.linePos(start).line + block + (value.slice(0, y.offset).match(/\n/g)?.length ?? 0);
      out.push({ path, line, year: y.year, placeholder: y.placeholder, excerpt: excerpt(value, y.offset), offset: y.offset });
    }
  }
  return out;
}

/** fmt --placeholders: the plan's text with those years written {year}, {year-1}, {year+1}. */
export function withPlaceholders(text: string): { text: string; changes: YearFinding[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const year = planYearOf(doc);
  if (year === null) return { text, changes: [] };
  const changes = findPlanYears(doc, lines, year);
  const byNode = new Map<Node & { value: unknown }, YearFinding[]>();
  for (const [node, path] of texts(doc.contents, [])) {
    const found = changes.filter((c) => c.path.join('.') === path.join('.'));
    if (found.length) byNode.set(node, found);
  }
  for (const [node, found] of byNode) {
    let value = node.value as string;
    for (const f of [...found].sort((a, b) => b.offset - a.offset)) value = `${value.slice(0, f.offset)}${f.placeholder}${value.slice(f.offset + 4)}`;
    node.value = value;
  }
  return { text: changes.length ? doc.toString({ lineWidth: 0 }) : text, changes };
}
