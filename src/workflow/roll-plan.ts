// Stage: workflow. This year's plan → next year's draft: the plan year and the years tied to it
// in the text moved forward (legal bases and data rows untouched), number and date cleared for
// the văn thư, columns marked `rollover` starting from this year's figures, and a comment on
// top listing what a person must review before signing. Comments of the plan are kept.
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { ComputedPlan, ComputedTable } from '../compute/types.js';
import { fromDotPath } from '../plan/locate.js';
import { Exact } from '../util/exact.js';
import { formatQuantity } from '../util/vn-number.js';

/** Years moved with the plan: the plan year and its neighbours ("31/12/2025" in a 2026 plan). */
function shiftYears(text: string, from: number, by: number): string {
  return text.replace(/(?<!\d)(\d{4})(?!\d)/g, (y) => (Math.abs(Number(y) - from) <= 1 ? String(Number(y) + by) : y));
}

/** Keys whose text is a fact of its own time (legal bases), a name, or data: never shifted. */
const KEEP = new Set(['legalBases', 'period', 'rows', 'source', 'key', 'id', 'formula', 'goal', 'rollover', 'from', 'symbol', 'date', 'number', 'each', 'value']);

function shiftNode(node: unknown, from: number, by: number): void {
  if (isScalar(node)) {
    if (typeof node.value === 'string') node.value = shiftYears(node.value, from, by);
  } else if (isMap(node)) {
    for (const pair of node.items) if (!(isScalar(pair.key) && KEEP.has(String(pair.key.value)))) shiftNode(pair.value, from, by);
  } else if (isSeq(node)) node.items.forEach((i) => shiftNode(i, from, by));
}

/** An exact value as a YAML number that prints every digit (a BigInt for whole numbers). */
const yamlNumber = (v: Exact): number | bigint => (v.isInteger() ? v.num : Number(v.toString()));

/** Columns marked `rollover`: their cells take this year's values of the named column. */
function rollTables(doc: Document.Parsed, tables: ComputedTable[], notes: string[]): void {
  tables.forEach((t) => {
    const rows = doc.getIn([...fromDotPath(t.path), 'rows'], true);
    const name = t.appendixId ? `Phụ lục ${t.appendixId}` : `Bảng ${t.title ?? t.path}`;
    const inputs = t.columns.filter((c) => c.input);
    for (const col of t.columns.filter((c) => c.rollover !== null)) {
      const from = t.columns.findIndex((c) => c.key === col.rollover);
      const at = inputs.indexOf(col);
      if (!isSeq(rows) || at < 0 || from < 0) {
        notes.push(`${name}: cột ${col.key} lấy số từ tệp dữ liệu: cập nhật tệp (cột ${col.rollover} năm nay).`);
        continue;
      }
      t.rows.forEach((row, r) => {
        const value = row[from]?.value;
        const cells = rows.items[r];
        if (isSeq(cells) && value instanceof Exact) (cells.items[at] as Node & { value: unknown }).value = yamlNumber(value);
      });
      notes.push(`${name}: cột ${col.key} nay là ${col.rollover} của năm trước (số ước tính): thay bằng số thực tế.`);
    }
  });
}

function reviewList(computed: ComputedPlan, fromFile: string, year: number, tableNotes: string[]): string[] {
  const { plan } = computed;
  const bases = plan.legalBases.items;
  const years = bases.flatMap((b) => (typeof b === 'object' && b.date ? [b.date.year] : []));
  const targets = Object.entries(plan.targets).map(([id, t]) => `${id} = ${formatQuantity(computed.targets.get(id) ?? t.value, t.decimals, t.unit)}`);
  const signers = plan.signature
    .map((s) => {
      const how = [s.onBehalfOf && `TM. ${s.onBehalfOf}`, s.authority && `${s.authority} ${s.authorityTitle}`, s.title].filter(Boolean).join(' / ');
      return `${s.name}${how ? ` (${how})` : ''}`;
    })
    .join('; ');
  return [
    `Kế hoạch năm ${year}, lập từ ${fromFile} bằng npm run new-plan. Cần xem lại trước khi trình ký:`,
    `- Căn cứ (legalBases): ${bases.length} văn bản${years.length ? `, ban hành ${Math.min(...years)}–${Math.max(...years)}` : ''}: còn hiệu lực không, có văn bản mới không.`,
    `- Chỉ tiêu (targets): ${targets.join('; ') || 'không có'}: đặt chỉ tiêu năm ${year}.`,
    ...tableNotes.map((n) => `- ${n}`),
    `- Người ký: ${signers}; nơi nhận; tên các đơn vị.`,
    `- Các năm trong văn bản đã được chuyển sang ${year - 1}–${year + 1}; kiểm tra từng câu.`,
    '- Số và ngày ký để trống cho văn thư.',
  ];
}

export function rollPlan(text: string, computed: ComputedPlan, fromFile: string, year: number): string {
  const doc = parseDocument(text);
  const from = computed.plan.date.year;
  const notes: string[] = [];
  rollTables(doc, computed.tables, notes);
  if (isMap(doc.contents))
    for (const pair of doc.contents.items) if (!(isScalar(pair.key) && KEEP.has(String(pair.key.value)))) shiftNode(pair.value, from, year - from);
  doc.setIn(['number'], null);
  doc.setIn(['date'], year);
  // the period of execution moves by whole years (29/02 becomes 28/02)
  const period = computed.plan.period;
  if (period)
    for (const end of ['from', 'to'] as const) {
      const d = period[end];
      const y = d.year + year - from;
      const day = d.day !== null && d.month === 2 && d.day === 29 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 28 : d.day;
      doc.setIn(['period', end], [y, d.month, day].filter((x) => x !== null).map((x, i) => (i === 0 ? String(x) : String(x).padStart(2, '0'))).join('-'));
    }
  // the review list goes right after the schema line, which must stay first
  const first = isMap(doc.contents) ? doc.contents.items[0]?.key : undefined;
  if (isScalar(first)) {
    const lines = (first.commentBefore ?? '').split('\n');
    const schema = lines[0]?.startsWith(' yaml-language-server') ? [lines.shift()!] : [];
    first.commentBefore = [...schema, ...reviewList(computed, fromFile, year, notes).map((l) => ` ${l}`), ...lines.filter((l) => l.trim() !== '').map((l) => shiftYears(l, from, year - from))].join('\n');
  }
  return doc.toString();
}
