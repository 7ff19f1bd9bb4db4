// Stage: workflow. Two plans (ComputedPlan) → the changes a reviewer reads instead of a text
// diff: fields, legal bases, goals, sections and their text, duties, recipients and table rows,
// numbers as deltas. Sections match by title within their parent, rows by their first text cell.
import { diffArrays } from 'diff';
import { writeYears } from '../compute/check-references.js';
import type { ComputedPlan, ComputedTable } from '../compute/types.js';
import type { BodyEntry, LegalBasis, Plan, RecipientLine, Section, UnitDuty } from '../plan/types.js';
import { Exact } from '../util/exact.js';
import { formatNumber, formatQuantity } from '../util/vn-number.js';

export type ChangeKind = 'added' | 'removed' | 'changed';
export type ChangeArea = 'field' | 'legal-basis' | 'goal' | 'section' | 'text' | 'duty' | 'recipient' | 'row';

export interface Change {
  area: ChangeArea;
  kind: ChangeKind;
  /** What changed, in words: "Mục tiêu › Mục tiêu cụ thể", "Thôn Ngọc Trà — dân số". */
  label: string;
  before?: string;
  after?: string;
  /** For numbers: after − before. */
  delta?: number;
}

const entryText = (b: BodyEntry): string => {
  if (typeof b === 'string') return b;
  if ('item' in b) return `- ${b.item}${b.items.map((i) => ` + ${i}`).join('')}${b.body.map((e) => ` ${entryText(e)}`).join('')}`;
  if ('plus' in b) return `+ ${b.plus}${b.body.map((e) => ` ${entryText(e)}`).join('')}`;
  if ('table' in b) return `[bảng${b.table.title ? ` ${b.table.title}` : ''}: ${b.table.rows.length} dòng]`;
  return `${b.when}: ${b.task}`;
};
/** What a section is called in a label: its title, or the start of its text. */
const sectionName = (s: Section): string => s.title ?? (s.paragraph ?? s.text ?? '').slice(0, 60);
const unitText = (u: UnitDuty): string => (typeof u === 'string' ? u : `${u.unit}: ${u.task}`);
const dateText = (d: Plan['date'] | null): string => (d ? [d.day, d.month, d.year].filter((x) => x !== null).join('/') : '');

/** Two lists of texts → added, removed and (where a removal meets an addition) changed entries. */
function lists(area: ChangeArea, label: string, before: string[], after: string[]): Change[] {
  const parts = diffArrays(before, after);
  const out: Change[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (!p.added && !p.removed) continue;
    const next = parts[i + 1];
    if (p.removed && next?.added) {
      const n = Math.min(p.value.length, next.value.length);
      for (let k = 0; k < n; k++) out.push({ area, kind: 'changed', label, before: p.value[k], after: next.value[k] });
      p.value.slice(n).forEach((v) => out.push({ area, kind: 'removed', label, before: v }));
      next.value.slice(n).forEach((v) => out.push({ area, kind: 'added', label, after: v }));
      i++;
    } else for (const v of p.value) out.push(p.added ? { area, kind: 'added', label, after: v } : { area, kind: 'removed', label, before: v });
  }
  return out;
}

function field(label: string, before: string, after: string): Change[] {
  return before === after ? [] : [{ area: 'field', kind: 'changed', label, before, after }];
}

function fields(a: Plan, b: Plan): Change[] {
  return [
    ...field('Số', a.number === null ? '(để trống)' : String(a.number), b.number === null ? '(để trống)' : String(b.number)),
    ...field('Ngày', dateText(a.date), dateText(b.date)),
    ...field('Địa danh', a.place, b.place),
    ...field('Trích yếu', a.title.join(' '), b.title.join(' ')),
    ...field('Cơ quan ban hành', a.issuer.map((i) => i.name.join(' ')).join('; '), b.issuer.map((i) => i.name.join(' ')).join('; ')),
    ...field('Người ký', a.signature.map((s) => s.name).join('; '), b.signature.map((s) => s.name).join('; ')),
    ...field('Chức vụ người ký', a.signature.map((s) => s.title ?? '').join('; '), b.signature.map((s) => s.title ?? '').join('; ')),
    ...field('Thời gian thực hiện', a.period ? `${dateText(a.period.from)} – ${dateText(a.period.to)}` : '', b.period ? `${dateText(b.period.from)} – ${dateText(b.period.to)}` : ''),
    ...field('Đoạn kết', a.closing, b.closing),
    ...lists('text', 'Mở đầu', a.intro, b.intro),
  ];
}

const basisKey = (l: LegalBasis): string => (typeof l === 'string' ? l : `${l.kind} ${l.name ?? ''} ${l.number ?? l.subject ?? ''}`.replace(/\s+/g, ' ').trim());
const basisText = (l: LegalBasis): string =>
  typeof l === 'string' ? l : [l.verb, l.kind, l.name, l.number && `số ${l.number}`, l.date && `ngày ${dateText(l.date)}`, l.issuer && `của ${l.issuer}`, l.subject].filter(Boolean).join(' ');

function legalBases(a: Plan, b: Plan): Change[] {
  const before = new Map(a.legalBases.items.map((l) => [basisKey(l), l]));
  const after = new Map(b.legalBases.items.map((l) => [basisKey(l), l]));
  return [
    ...[...before].filter(([k]) => !after.has(k)).map(([k, l]): Change => ({ area: 'legal-basis', kind: 'removed', label: k, before: basisText(l) })),
    ...[...after].filter(([k]) => !before.has(k)).map(([k, l]): Change => ({ area: 'legal-basis', kind: 'added', label: k, after: basisText(l) })),
    ...[...after]
      .filter(([k, l]) => before.has(k) && basisText(before.get(k)!) !== basisText(l))
      .map(([k, l]): Change => ({ area: 'legal-basis', kind: 'changed', label: k, before: basisText(before.get(k)!), after: basisText(l) })),
  ];
}

/** Targets compared and shown by their exact values, as typed (ComputedPlan.targets). */
function goals(a: ComputedPlan, b: ComputedPlan): Change[] {
  const ids = [...new Set([...Object.keys(a.plan.targets), ...Object.keys(b.plan.targets)])];
  return ids.flatMap((id): Change[] => {
    const x = a.plan.targets[id];
    const y = b.plan.targets[id];
    const ex = a.targets.get(id) ?? (x && Exact.fromNumber(x.value));
    const ey = b.targets.get(id) ?? (y && Exact.fromNumber(y.value));
    const show = (t: NonNullable<typeof x>, v: Exact) => formatQuantity(v, t.decimals, t.unit);
    if (!x) return [{ area: 'goal', kind: 'added', label: `${y!.label} {${id}}`, after: show(y!, ey!) }];
    if (!y) return [{ area: 'goal', kind: 'removed', label: `${x.label} {${id}}`, before: show(x, ex!) }];
    const out: Change[] = [];
    if (!ex!.eq(ey!) || x.unit !== y.unit) out.push({ area: 'goal', kind: 'changed', label: `${y.label} {${id}}`, before: show(x, ex!), after: show(y, ey!), delta: ey!.sub(ex!).toNumber() });
    if (x.label !== y.label) out.push({ area: 'goal', kind: 'changed', label: `{${id}}`, before: x.label, after: y.label });
    return out;
  });
}

function sections(a: Section[], b: Section[], parent: string): Change[] {
  const norm = (t: string) => t.normalize('NFC').toLocaleLowerCase('vi').trim();
  const label = (s: Section) => (parent ? `${parent} › ${sectionName(s)}` : sectionName(s));
  const matched = new Set<Section>();
  const out: Change[] = [];
  // sections match by title; a numbered paragraph (no title) whose text changed matches the
  // untitled section at the same place
  const byName = new Map(b.map((s) => [s, a.find((x) => norm(sectionName(x)) === norm(sectionName(s)))]));
  const taken = new Set(byName.values());
  for (const [k, s] of b.entries()) {
    const sameName = byName.get(s);
    const samePlace = a[k] && a[k].title === null && s.title === null && !taken.has(a[k]) ? a[k] : undefined;
    const old = sameName && !matched.has(sameName) ? sameName : samePlace && !matched.has(samePlace) ? samePlace : undefined;
    if (!old) {
      out.push({ area: 'section', kind: 'added', label: label(s) });
      continue;
    }
    matched.add(old);
    const own = (x: Section) => [x.text ?? x.paragraph ?? '', ...x.body.map(entryText)].filter(Boolean);
    out.push(...lists('text', old === sameName ? label(s) : parent || label(s), own(old), own(s)));
    out.push(...lists('text', `${label(s)} (sau các mục con)`, old.after.map(entryText), s.after.map(entryText)));
    out.push(...lists('duty', `${label(s)} › chủ trì`, (old.duties?.lead ?? []).map(unitText), (s.duties?.lead ?? []).map(unitText)));
    out.push(...lists('duty', `${label(s)} › phối hợp`, (old.duties?.cooperating ?? []).map(unitText), (s.duties?.cooperating ?? []).map(unitText)));
    out.push(...sections(old.sections, s.sections, label(s)));
  }
  for (const s of a) if (!matched.has(s)) out.push({ area: 'section', kind: 'removed', label: label(s) });
  return out;
}

function recipients(a: Plan, b: Plan): Change[] {
  const line = (r: RecipientLine): string[] => (typeof r === 'string' ? [r] : r.to.map((t) => (r.purpose ? `${t} (${r.purpose})` : t)));
  const names = (p: Plan) =>
    p.recipients.to.flatMap((r) => (typeof r === 'object' && 'group' in r ? [`${r.group}:`, ...r.to.flatMap(line).map((t) => `+ ${t}`), ...(r.archive ? [`+ Lưu: ${r.archive.join(', ')}`] : [])] : line(r)));
  return lists('recipient', 'Nơi nhận', names(a), names(b));
}

/** "Dân số (người)" → "dân số": how a header reads inside a sentence ({year} written out). */
const shortHeader = (h: string, year: number): string => {
  const s = writeYears(h, year)
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/\{[^}]*\}/g, '')
    .trim();
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
};

function tables(a: ComputedTable[], b: ComputedTable[], year: number): Change[] {
  return b.flatMap((t) => {
    const old = a.find((x) => (t.appendixId === null ? x.path === t.path : x.appendixId === t.appendixId));
    const name = t.appendixId ?? `bảng ${t.title ?? t.path}`;
    if (!old) return [{ area: 'row' as const, kind: 'added' as const, label: t.appendixId ? `Phụ lục ${t.appendixId}` : name }];
    const keyAt = t.columns.findIndex((c) => c.kind === 'text');
    const rowKey = (row: ComputedTable['rows'][number]) => String(row[keyAt]?.value ?? '');
    const oldRows = new Map(old.rows.map((r) => [rowKey(r), r]));
    const newKeys = new Set(t.rows.map(rowKey));
    const out: Change[] = [];
    for (const row of t.rows) {
      const prev = oldRows.get(rowKey(row));
      if (!prev) {
        out.push({ area: 'row', kind: 'added', label: `${name}: ${rowKey(row)}` });
        continue;
      }
      t.columns.forEach((col, c) => {
        const oc = old.columns.findIndex((x) => x.key === col.key);
        const x = prev[oc]?.value ?? null;
        const y = row[c]?.value ?? null;
        const numbers = x instanceof Exact && y instanceof Exact;
        if (col.kind === 'index' || oc < 0 || x === y || (numbers && x.eq(y))) return;
        const show = (v: string | Exact | null) => (v instanceof Exact ? formatNumber(v, row[c]!.decimals) : (v ?? ''));
        out.push({ area: 'row', kind: 'changed', label: `${rowKey(row)} — ${shortHeader(col.header, year)}`, before: show(x), after: show(y), ...(numbers ? { delta: y.sub(x).toNumber() } : {}) });
      });
    }
    for (const key of oldRows.keys()) if (!newKeys.has(key)) out.push({ area: 'row', kind: 'removed', label: `${name}: ${key}` });
    return out;
  });
}

export function diffPlans(a: ComputedPlan, b: ComputedPlan): Change[] {
  const appendixText = (p: Plan) => p.appendices.map((x) => ({ ...x, title: x.title, body: x.body }));
  const appendixChanges = appendixText(b.plan).flatMap((x): Change[] => {
    const old = appendixText(a.plan).find((y) => y.id === x.id);
    if (!old) return x.columns ? [] : [{ area: 'section', kind: 'added', label: `Phụ lục ${x.id}: ${x.title}` }];
    return [
      ...field(`Phụ lục ${x.id} › tên`, old.title, x.title),
      ...lists('text', `Phụ lục ${x.id}`, old.body.map(entryText), x.body.map(entryText)),
      ...sections(old.sections, x.sections, `Phụ lục ${x.id}`),
    ];
  });
  return [
    ...fields(a.plan, b.plan),
    ...legalBases(a.plan, b.plan),
    ...goals(a, b),
    ...sections(a.plan.sections, b.plan.sections, ''),
    ...appendixChanges,
    ...recipients(a.plan, b.plan),
    ...tables(a.tables, b.tables, b.plan.date.year),
  ];
}
