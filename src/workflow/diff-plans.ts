// Stage: workflow. Two built plans → the changes a reviewer signs, in place of a text diff. Both
// documents are read back into outlines (workflow/diff/outline) so that everything the DOCX
// prints is compared: masthead and title, legal bases, intro, sections (matched by title and
// content, moves and reorders reported), paragraphs (paired by similarity), duties, tables (rows
// by label, columns by key, totals, formulas), closing, recipients, signatures, appendices; then
// what follows and is not printed: goals met or missed, warnings that appear or disappear.
import { REFERENCE, textStrings, writeYears } from '../compute/check-references.js';
import type { ComputedPlan } from '../compute/types.js';
import { messageOf, type Diagnostic } from '../diag/index.js';
import type { Document } from '../model/types.js';
import { Exact } from '../util/exact.js';
import { formatQuantity } from '../util/vn-number.js';
import { align, similarity } from './diff/align.js';
import { diffParas, diffSections, type BodyContext } from './diff/diff-sections.js';
import { diffTable } from './diff/diff-tables.js';
import { outline, type Outline, type Para } from './diff/outline.js';
import { change, type Change, type Where } from './diff/types.js';

export type { Change, ChangeArea, ChangeKind, Where } from './diff/types.js';

/** One side of the comparison: what building a plan gives (pipeline's Built has it all). */
export interface PlanBuild {
  computed: ComputedPlan;
  document: Document;
  diagnostics: readonly Diagnostic[];
}

function field(label: string, part: string, before: string, after: string, note: string | null = null): Change[] {
  return before === after ? [] : [change('field', 'changed', label, { part }, { before: before || '(trống)', after: after || '(trống)', note })];
}

function fields(a: Outline, b: Outline): Change[] {
  const out = [
    ...field('Cơ quan ban hành', 'masthead', a.issuer.join(' / '), b.issuer.join(' / ')),
    ...field('Số, ký hiệu', 'masthead', a.number.replace(/^Số:\s*/, ''), b.number.replace(/^Số:\s*/, '')),
    ...field('Địa danh, ngày tháng', 'masthead', a.placeDate, b.placeDate),
    ...field('Quốc hiệu, tiêu ngữ, đánh số trang', 'masthead', a.national.join(' / '), b.national.join(' / ')),
    ...field('Tên loại văn bản', 'title', a.docType, b.docType),
  ];
  const subjectA = a.subject.join(' ');
  const subjectB = b.subject.join(' ');
  if (subjectA !== subjectB) out.push(...field('Trích yếu', 'title', subjectA, subjectB));
  else out.push(...field('Trích yếu', 'title', a.subject.join(' / '), b.subject.join(' / '), 'ngắt dòng'));
  // the file's properties: shown by Word (File › Info) and written in the DOCX
  if (a.docType === b.docType && subjectA === subjectB) out.push(...field('Tiêu đề trong thuộc tính tệp', 'document', a.meta.title, b.meta.title));
  out.push(...field('Tên cơ quan trong câu văn và thuộc tính tệp', 'document', a.meta.author, b.meta.author));
  out.push(...field('Trích yếu trong thuộc tính tệp', 'document', a.meta.subject === b.meta.subject || subjectA !== subjectB ? '' : a.meta.subject, a.meta.subject === b.meta.subject || subjectA !== subjectB ? '' : b.meta.subject));
  if (a.placeDate === b.placeDate) out.push(...field('Ngày trong thuộc tính tệp', 'document', a.meta.date, b.meta.date));
  out.push(...field('Ngôn ngữ', 'document', a.meta.language, b.meta.language));
  out.push(...field('Khổ giấy, lề và kiểu chữ (mẫu trình bày)', 'document', a.theme === b.theme ? '' : 'mẫu cũ', a.theme === b.theme ? '' : 'mẫu mới'));
  return out;
}

/** Legal bases and intro paragraphs: paired by similarity, moves reported (the order is read). */
function paragraphsOf(area: 'legal-basis' | 'text', label: string, part: string, a: Para[], b: Para[]): Change[] {
  const out: Change[] = [];
  for (const m of align(a, b, { key: (p) => p.text, similar: (x, y) => similarity(x.text, y.text), threshold: 0.5 })) {
    if (!m.a) out.push(change(area, 'added', label, { part }, { after: m.b!.marked }));
    else if (!m.b) out.push(change(area, 'removed', label, { part }, { before: m.a.marked }));
    else {
      if (m.moved) out.push(change(area, 'moved', `${label}: «${m.b.text.slice(0, 60)}…»`, { part }, { before: `thứ ${m.ai + 1}`, after: `thứ ${m.bi + 1}`, note: 'đổi thứ tự' }));
      if (m.a.marked !== m.b.marked) out.push(change(area, 'changed', label, { part }, { before: m.a.marked, after: m.b.marked, note: m.a.text === m.b.text ? 'định dạng' : null }));
    }
  }
  return out;
}

function lines(area: 'recipient', label: string, part: string, a: string[], b: string[]): Change[] {
  const out: Change[] = [];
  for (const m of align(a, b, { key: (s) => s, similar: similarity, threshold: 0.5 })) {
    if (!m.a) out.push(change(area, 'added', label, { part }, { after: m.b }));
    else if (!m.b) out.push(change(area, 'removed', label, { part }, { before: m.a }));
    else {
      if (m.moved) out.push(change(area, 'moved', `${label}: «${m.b}»`, { part }, { before: `dòng ${m.ai + 1}`, after: `dòng ${m.bi + 1}`, note: 'đổi thứ tự' }));
      if (m.a !== m.b) out.push(change(area, 'changed', label, { part }, { before: m.a, after: m.b }));
    }
  }
  return out;
}

function signatures(a: string[][], b: string[][]): Change[] {
  const n = Math.max(a.length, b.length);
  const out: Change[] = [];
  for (let i = 0; i < n; i++) {
    const x = a[i]?.join(' / ') ?? '';
    const y = b[i]?.join(' / ') ?? '';
    const label = n > 1 ? `Người ký ${i + 1}` : 'Người ký';
    if (!x) out.push(change('signature', 'added', label, { part: 'signature' }, { after: y }));
    else if (!y) out.push(change('signature', 'removed', label, { part: 'signature' }, { before: x }));
    else if (x !== y) out.push(change('signature', 'changed', label, { part: 'signature' }, { before: x, after: y }));
  }
  return out;
}

/** Targets as the text prints them ({bao-phu} → "95,5%"); a change counts when the text uses it. */
function goals(a: ComputedPlan, b: ComputedPlan): Change[] {
  const used = new Set<string>();
  for (const p of [a.plan, b.plan]) for (const [text] of textStrings(p)) for (const m of text.matchAll(REFERENCE)) used.add(m[1]!);
  const ids = [...new Set([...Object.keys(a.plan.targets), ...Object.keys(b.plan.targets)])];
  return ids.flatMap((id): Change[] => {
    const x = a.plan.targets[id];
    const y = b.plan.targets[id];
    const where: Partial<Where> = { part: 'targets', target: id };
    // compared and shown by their exact values, as typed (ComputedPlan.targets)
    const ex = a.targets.get(id) ?? (x && Exact.fromNumber(x.value));
    const ey = b.targets.get(id) ?? (y && Exact.fromNumber(y.value));
    const show = (t: NonNullable<typeof x>, v: Exact) => formatQuantity(v, t.decimals, t.unit);
    // a label written with {year} is read as its plan prints it
    const [labelA, labelB] = [x && writeYears(x.label, a.plan.date.year), y && writeYears(y.label, b.plan.date.year)];
    if (!x || !y) return [change('note', x ? 'removed' : 'added', `Chỉ tiêu {${id}}: ${(labelB ?? labelA)!}`, where, { [x ? 'before' : 'after']: x ? show(x, ex!) : show(y!, ey!), printed: false })];
    const out: Change[] = [];
    if (show(x, ex!) !== show(y, ey!))
      out.push(change(used.has(id) ? 'goal' : 'note', 'changed', `${labelB} {${id}}`, where, { before: ex!.toNumber(), after: ey!.toNumber(), delta: ey!.sub(ex!).toNumber(), decimals: y.decimals, note: y.unit || null }));
    if (labelA !== labelB) out.push(change('note', 'changed', `Tên chỉ tiêu {${id}}`, where, { before: labelA!, after: labelB!, printed: false }));
    return out;
  });
}

const dateText = (d: { day: number | null; month: number | null; year: number }): string => [d.day, d.month, d.year].filter((x) => x !== null).join('/');
const periodText = (p: ComputedPlan['plan']['period']): string => (p ? `${dateText(p.from)} – ${dateText(p.to)}` : '(không có)');

/** The period of execution: printed only where the text writes {period}, so a note besides. */
function period(a: ComputedPlan, b: ComputedPlan): Change[] {
  const [x, y] = [periodText(a.plan.period), periodText(b.plan.period)];
  return x === y ? [] : [change('note', 'changed', 'Thời gian thực hiện', { part: 'period' }, { before: x, after: y, printed: false })];
}

/** Warnings of `check` that appear or disappear (a rate below its goal, a year that looks wrong). */
function warnings(a: readonly Diagnostic[], b: readonly Diagnostic[]): Change[] {
  const text = (d: Diagnostic) => messageOf(d, 'vi');
  const before = new Set(a.filter((d) => d.severity === 'warning').map(text));
  const after = new Set(b.filter((d) => d.severity === 'warning').map(text));
  return [
    ...[...after].filter((w) => !before.has(w)).map((w) => change('note', 'added', 'Cảnh báo mới', { part: 'warnings' }, { after: w })),
    ...[...before].filter((w) => !after.has(w)).map((w) => change('note', 'removed', 'Hết cảnh báo', { part: 'warnings' }, { before: w })),
  ];
}

function appendices(a: Outline, b: Outline, ctx: (id: string, prefix: string) => BodyContext): Change[] {
  const out: Change[] = [];
  for (const m of align(a.appendices, b.appendices, { key: (x) => x.id, similar: (x, y) => similarity(x.title, y.title), threshold: 0.6 })) {
    const x = (m.b ?? m.a)!;
    const label = `${x.label} (${x.id})`;
    const where: Partial<Where> = { part: 'appendix', appendix: x.id };
    if (!m.a || !m.b) {
      out.push(change('appendix', m.a ? 'removed' : 'added', label, where, { [m.a ? 'before' : 'after']: x.title }));
      continue;
    }
    const p = m.a;
    const q = m.b;
    if (m.moved) out.push(change('appendix', 'moved', label, where, { before: `thứ ${m.ai + 1}`, after: `thứ ${m.bi + 1}`, note: 'đổi thứ tự' }));
    if (p.label !== q.label) out.push(change('appendix', 'changed', `${label}: nhãn`, where, { before: p.label, after: q.label }));
    if (p.title !== q.title) out.push(change('appendix', 'changed', `${label}: tên phụ lục`, where, { before: p.title, after: q.title }));
    // the "Kèm theo Kế hoạch số … ngày … của …" line follows the plan's number, date and issuer
    if (p.ref !== q.ref) out.push(change('appendix', 'changed', `${label}: dòng "Kèm theo"`, where, { before: p.ref, after: q.ref }));
    if (p.orientation !== q.orientation) out.push(change('appendix', 'changed', `${label}: khổ giấy`, where, { before: p.orientation === 'landscape' ? 'ngang' : 'dọc', after: q.orientation === 'landscape' ? 'ngang' : 'dọc' }));
    if (p.rest !== q.rest) out.push(change('appendix', 'changed', `${label}: trình bày`, where, { note: 'đường kẻ' }));
    const c = ctx(q.id, label);
    if (p.table && q.table) out.push(...c.tables(p.table, q.table, label, where));
    else if (p.table || q.table) out.push(change('appendix', p.table ? 'removed' : 'added', `${label}: bảng`, where, {}));
    out.push(...diffSections(p.root, q.root, c));
  }
  return out;
}

export function diffPlans(a: PlanBuild, b: PlanBuild): Change[] {
  const oa = outline(a.document, a.computed);
  const ob = outline(b.document, b.computed);
  const ctx = (appendix: string | null, prefix: string): BodyContext => ({
    part: appendix ? 'appendix' : 'body',
    appendix,
    prefix,
    tables: (x, y, label, where) => diffTable({ ref: x, plan: a.computed.plan, targets: a.computed.targets }, { ref: y, plan: b.computed.plan, targets: b.computed.targets }, label, where),
  });
  const changes = [
    ...fields(oa, ob),
    ...paragraphsOf('legal-basis', 'Căn cứ', 'legal-bases', oa.bases, ob.bases),
    ...paragraphsOf('text', 'Mở đầu', 'intro', oa.intro, ob.intro),
    ...goals(a.computed, b.computed),
    ...period(a.computed, b.computed),
    ...diffSections(oa.root, ob.root, ctx(null, '')),
    ...(oa.closing === ob.closing ? [] : [change('text', 'changed', 'Đoạn kết', { part: 'closing' }, { before: oa.closing, after: ob.closing })]),
    ...signatures(oa.signatures, ob.signatures),
    ...lines('recipient', 'Nơi nhận', 'recipients', oa.recipients, ob.recipients),
    ...(oa.rest === ob.rest ? [] : [change('field', 'changed', 'Trình bày (đường kẻ, bố cục)', { part: 'document' }, {})]),
    ...appendices(oa, ob, (id, label) => ctx(id, label)),
    ...warnings(a.diagnostics, b.diagnostics),
  ];
  // the last word: if the documents differ and nothing above says how, say that they do
  if (!changes.some((c) => c.printed) && modelText(a.document) !== modelText(b.document))
    changes.push(change('field', 'changed', 'Văn bản (phần khác)', { part: 'document' }, { before: firstDifference(a.document, b.document)[0], after: firstDifference(a.document, b.document)[1] }));
  return changes;
}

const modelText = (d: Document): string => JSON.stringify(d, (k, v) => (k === 'origin' ? undefined : v));

function firstDifference(a: Document, b: Document): [string, string] {
  const x = modelText(a);
  const y = modelText(b);
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return [x.slice(Math.max(0, i - 40), i + 80), y.slice(Math.max(0, i - 40), i + 80)];
}
