// Stage: workflow (diff). Two versions of a table → changes a reviewer can check: columns added,
// removed, renamed, reordered, resized, their formulas; rows matched by their label (the first
// text column), renames paired by their figures, rows added or removed with their figures, rows
// reordered; every changed figure with its difference; the totals row like any row, and goals
// met or missed.
import type { ComputedTable } from '../../compute/types.js';
import { inlineText } from '../../model/text.js';
import { placeCells } from '../../model/table-grid.js';
import type { Table } from '../../model/types.js';
import { fromDotPath } from '../../plan/locate.js';
import type { Column, ColumnGroup, Plan } from '../../plan/types.js';
import { Exact } from '../../util/exact.js';
import { formatNumber } from '../../util/vn-number.js';
import { align } from './align.js';
import { json, type TableRef } from './outline.js';
import { change, type Change, type Where } from './types.js';

interface Side {
  ref: TableRef;
  plan: Plan;
  /** The targets' exact values (ComputedPlan.targets). */
  targets: ReadonlyMap<string, Exact>;
}

interface ColumnInfo {
  key: string;
  header: string;
  formula: string | null;
  goal: string | null;
  width: number;
}

interface Row {
  key: string;
  cells: Map<string, { text: string; value: string | Exact | null; decimals: number }>;
  index: number;
}

/** Each column's header as printed, the group's over the column's ("Đến hết năm 2018 – Số người"). */
function leafHeaders(t: Table): string[] {
  const headers = t.children.filter((r) => r.kind === 'header');
  const placed = placeCells({ ...t, children: headers });
  const out: string[][] = t.widths.map(() => []);
  if ('error' in placed) return out.map(() => '');
  headers.forEach((row, r) =>
    row.children.forEach((cell, k) => {
      const text = inlineText(cell.children);
      for (let c = placed[r]![k]!.column; c < placed[r]![k]!.column + cell.colSpan; c++) if (out[c]![out[c]!.length - 1] !== text) out[c]!.push(text);
    }),
  );
  return out.map((parts) => parts.join(' – '));
}

/** The plan's columns of the table at `path`, groups expanded as the table computes them. */
function planColumns(plan: Plan, path: string): Map<string, { formula: string | null; goal: string | null }> {
  let node: unknown = plan;
  for (const seg of fromDotPath(path)) node = (node as Record<string | number, unknown> | undefined)?.[seg];
  const columns = ((node as { columns?: (Column | ColumnGroup)[] } | undefined)?.columns ?? []) as (Column | ColumnGroup)[];
  const out = new Map<string, { formula: string | null; goal: string | null }>();
  for (const c of columns) {
    if (!('group' in c)) {
      out.set(c.key, { formula: c.formula, goal: c.goal });
      continue;
    }
    for (const e of c.each.length ? c.each.map(String) : [''])
      for (const k of c.columns) out.set(e ? `${k.key}-${e}` : k.key, { formula: k.formula, goal: k.goal?.replace('{each}', e) ?? null });
  }
  return out;
}

function columns(s: Side): ColumnInfo[] {
  const c = s.ref.computed!;
  const headers = leafHeaders(s.ref.model);
  const info = planColumns(s.plan, c.path);
  const sum = s.ref.model.widths.reduce((a, b) => a + b, 0) || 1;
  return c.columns.map((col, i) => ({ key: col.key, header: headers[i] ?? col.header, formula: info.get(col.key)?.formula ?? null, goal: info.get(col.key)?.goal ?? null, width: Math.round(((s.ref.model.widths[i] ?? 0) / sum) * 1000) / 10 }));
}

function rows(s: Side, kind: 'body' | 'total'): Row[] {
  const c = s.ref.computed!;
  const model = s.ref.model.children.filter((r) => r.kind === kind);
  const keyAt = c.columns.findIndex((col) => col.kind === 'text');
  const data = kind === 'body' ? c.rows : c.total ? [c.total] : [];
  return model.map((r, i) => {
    const cells = new Map(c.columns.map((col, k) => [col.key, { text: inlineText(r.children[k]?.children ?? []), value: data[i]?.[k]?.value ?? null, decimals: data[i]?.[k]?.decimals ?? 0 }]));
    const key = keyAt >= 0 ? inlineText(r.children[keyAt]?.children ?? []) : `${i + 1}`;
    return { key, cells, index: i };
  });
}

/** "Dân số (người)" → "dân số": how a header reads inside a sentence. */
function sentence(header: string): string {
  const s = header.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim() || header;
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
}

/** A column's name in a sentence; when its header changed ("đến 31/12/2025" → "… 2026"), both. */
function headerLabel(a: string, b: string): string {
  const sa = sentence(a);
  const sb = sentence(b);
  if (sa === sb) return sb;
  const wa = sa.split(' ');
  const wb = sb.split(' ');
  let k = 0;
  while (k < wa.length && k < wb.length && wa[k] === wb[k]) k++;
  return `${sa} → ${wb.slice(k).join(' ')}`;
}

const fingerprint = (r: Row, skip: Set<string>): string =>
  [...r.cells].filter(([k]) => !skip.has(k)).map(([k, v]) => `${k}=${v.text}`).join('|');

export function diffTable(a: Side, b: Side, label: string, where: Partial<Where>): Change[] {
  if (!a.ref.computed || !b.ref.computed) return json(a.ref.model) === json(b.ref.model) ? [] : [change('appendix', 'changed', label, where, { note: 'bảng thay đổi' })];
  const out: Change[] = [];
  const at = { ...where, table: b.ref.computed.path };
  const ca = columns(a);
  const cb = columns(b);
  const colA = new Map(ca.map((c) => [c.key, c]));
  const colB = new Map(cb.map((c) => [c.key, c]));
  // columns
  for (const c of cb) if (!colA.has(c.key)) out.push(change('appendix', 'added', `${label}: cột`, { ...at, column: c.key }, { after: c.header }));
  for (const c of ca) if (!colB.has(c.key)) out.push(change('appendix', 'removed', `${label}: cột`, { ...at, column: c.key }, { before: c.header }));
  const common = cb.filter((c) => colA.has(c.key));
  for (const c of common) {
    const o = colA.get(c.key)!;
    if (o.header !== c.header) out.push(change('appendix', 'changed', `${label}: tiêu đề cột`, { ...at, column: c.key }, { before: o.header, after: c.header }));
  }
  const orderA = ca.filter((c) => colB.has(c.key)).map((c) => c.key);
  if (orderA.join() !== common.map((c) => c.key).join()) out.push(change('appendix', 'moved', `${label}: thứ tự cột`, at, { before: orderA.map((k) => colA.get(k)!.header).join(' | '), after: common.map((c) => c.header).join(' | ') }));
  const widths = (cs: ColumnInfo[]) => cs.map((c) => `${c.width}`).join(' : ');
  if (ca.length === cb.length && orderA.length === ca.length && widths(ca) !== widths(cb)) out.push(change('appendix', 'changed', `${label}: độ rộng các cột`, at, { before: widths(ca), after: widths(cb) }));

  // rows
  const ra = rows(a, 'body');
  const rb = rows(b, 'body');
  const keyCol = b.ref.computed.columns.find((c) => c.kind === 'text')?.key ?? null;
  const skip = new Set([...(keyCol ? [keyCol] : []), ...b.ref.computed.columns.filter((c) => c.kind === 'index').map((c) => c.key)]);
  const matches = align(ra, rb, {
    key: (r) => r.key,
    // renamed rows: the same figures under a new name
    similar: (x, y) => (fingerprint(x, skip) === fingerprint(y, skip) ? 0.9 : 0),
    threshold: 0.8,
  });
  const changedFormula = new Set(common.filter((c) => colA.get(c.key)!.formula !== c.formula).map((c) => c.key));
  const printedIn = new Set<string>();
  const cellChanges = (x: Row, y: Row, rowLabel: string, rowKey: string) => {
    const inputsChanged = common.some((c) => !colA.get(c.key)!.formula && !c.formula && !skip.has(c.key) && x.cells.get(c.key)?.text !== y.cells.get(c.key)?.text);
    for (const c of common) {
      if (skip.has(c.key) && c.key !== keyCol) continue;
      if (c.key === keyCol) continue;
      const va = x.cells.get(c.key)!;
      const vb = y.cells.get(c.key)!;
      if (va.text === vb.text) continue;
      printedIn.add(c.key);
      const h = headerLabel(colA.get(c.key)!.header, c.header);
      const [xa, xb] = [va.value, vb.value];
      const numbers = xa instanceof Exact && xb instanceof Exact;
      // a computed figure whose row's typed figures did not change: a formula or a target did
      const cause = c.formula && !inputsChanged ? (changedFormula.size > 0 ? 'do công thức thay đổi' : 'do chỉ tiêu thay đổi') : null;
      out.push(
        change('row', 'changed', `${rowLabel} — ${h}`, { ...at, row: rowKey, column: c.key }, {
          before: numbers ? xa.toNumber() : va.text,
          after: numbers ? xb.toNumber() : vb.text,
          decimals: numbers ? vb.decimals : null,
          // the difference of the figures as printed, so that it adds up on the page
          delta: numbers ? xb.round(vb.decimals).sub(xa.round(va.decimals)).toNumber() : null,
          note: cause,
          context: label,
        }),
      );
    }
  };
  const figures = (r: Row) => cb.filter((c) => !skip.has(c.key)).map((c) => `${sentence(c.header)}: ${r.cells.get(c.key)?.text ?? ''}`).join('; ');
  const figuresA = (r: Row) => ca.filter((c) => !skip.has(c.key)).map((c) => `${sentence(c.header)}: ${r.cells.get(c.key)?.text ?? ''}`).join('; ');
  const seen = new Map<string, number>();
  for (const m of matches) {
    const r = (m.b ?? m.a)!;
    const n = (seen.get(r.key) ?? 0) + 1;
    seen.set(r.key, n);
    const rowKey = n > 1 ? `${r.key} (${n})` : r.key;
    if (!m.a) out.push(change('row', 'added', `dòng «${m.b!.key}»`, { ...at, row: rowKey }, { after: figures(m.b!), context: label }));
    else if (!m.b) out.push(change('row', 'removed', `dòng «${m.a.key}»`, { ...at, row: rowKey }, { before: figuresA(m.a), context: label }));
    else {
      if (m.a.key !== m.b.key) out.push(change('row', 'changed', 'tên dòng (số liệu giữ nguyên)', { ...at, row: rowKey, column: keyCol }, { before: m.a.key, after: m.b.key, context: label }));
      if (m.moved) out.push(change('appendix', 'moved', `${label}: dòng «${m.b.key}»`, { ...at, row: rowKey }, { before: `thứ ${m.ai + 1}`, after: `thứ ${m.bi + 1}`, note: 'đổi thứ tự' }));
      cellChanges(m.a, m.b, m.b.key, rowKey);
    }
  }
  // the totals row
  const [ta] = rows(a, 'total');
  const [tb] = rows(b, 'total');
  if (ta && !tb) out.push(change('appendix', 'removed', `${label}: dòng tổng`, at, { before: `${ta.key}: ${figuresA(ta)}` }));
  if (tb && !ta) out.push(change('appendix', 'added', `${label}: dòng tổng`, at, { after: `${tb.key}: ${figures(tb)}` }));
  if (ta && tb) {
    if (ta.key !== tb.key) out.push(change('appendix', 'changed', `${label}: nhãn dòng tổng`, { ...at, row: tb.key }, { before: ta.key, after: tb.key }));
    cellChanges(ta, tb, tb.key, tb.key);
  }
  for (const c of common)
    if (changedFormula.has(c.key)) out.push(change('appendix', 'changed', `${label}: công thức cột «${sentence(c.header)}»`, { ...at, column: c.key }, { before: colA.get(c.key)!.formula ?? '(số nhập)', after: c.formula ?? '(số nhập)', printed: printedIn.has(c.key) }));
  out.push(...goals(a, b, ta, tb, cb, label, at));
  return out;
}

/** Goals of the totals row ({goal: target}): met before and missed now, or the other way. */
function goals(a: Side, b: Side, ta: Row | undefined, tb: Row | undefined, cb: ColumnInfo[], label: string, at: Partial<Where>): Change[] {
  const out: Change[] = [];
  for (const c of cb) {
    if (!c.goal) continue;
    const status = (s: Side, r: Row | undefined) => {
      const v = r?.cells.get(c.key);
      const given = s.plan.targets[c.goal!]?.value;
      const target = s.targets.get(c.goal!) ?? (given === undefined ? undefined : Exact.fromNumber(given));
      if (!(v?.value instanceof Exact) || target === undefined) return null;
      return { met: v.value.round(v.decimals).cmp(target) >= 0, text: v.text, target: formatNumber(target) };
    };
    const before = status(a, ta);
    const after = status(b, tb);
    if (!after || before?.met === after.met) continue;
    const unit = a.ref.computed?.columns.find((x) => x.key === c.key)?.kind === 'percent' ? '%' : '';
    out.push(
      change('note', 'changed', `${label}: ${tb?.key ?? 'dòng tổng'} — ${sentence(c.header)} so với chỉ tiêu {${c.goal}} = ${after.target}${unit}`, { ...at, row: tb?.key ?? null, column: c.key, target: c.goal }, {
        before: before ? `${before.text}${unit}: ${before.met ? 'đạt' : 'chưa đạt'}` : null,
        after: `${after.text}${unit}: ${after.met ? 'đạt' : 'chưa đạt'}`,
      }),
    );
  }
  return out;
}

export type { Side as TableSide };
export type { ComputedTable };
