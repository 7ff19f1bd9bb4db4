// Stage: workflow (diff). Two section trees (outline) → changes: sections matched by title and
// content wherever they went (moves between parents and reorders are reported as such, and the
// edits inside a moved section are still compared), paragraphs paired by similarity, tables
// handed to the table diff.
import { align, similarity } from './align.js';
import type { Para, SectionNode, TableRef } from './outline.js';
import { change, type Change, type Where } from './types.js';

export interface BodyContext {
  part: 'body' | 'appendix';
  appendix: string | null;
  /** The label of the appendix the tree belongs to ("Phụ lục II"), '' for the plan's body. */
  prefix: string;
  tables: (a: TableRef, b: TableRef, label: string, where: Partial<Where>) => Change[];
}

const FORMS: Record<string, string> = { heading: 'đề mục', paragraph: 'đoạn văn đánh số', runIn: 'đề mục in đậm ở đầu đoạn', root: '' };
const snippet = (s: string, n = 60): string => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);
const paraKey = (p: Para): string => `${p.kind}|${p.kind === 'table' ? `${p.text}|${p.table?.computed?.columns.map((c) => c.key).join(',') ?? ''}` : p.text.normalize('NFC').replace(/\s+/g, ' ').trim()}`;

/** Paragraphs, items and tables of one body, old and new. */
export function diffParas(a: Para[], b: Para[], label: string, where: Partial<Where>, ctx: BodyContext): Change[] {
  const out: Change[] = [];
  const matches = align(a, b, { key: paraKey, similar: (x, y) => (x.kind === 'table' || y.kind === 'table' ? (x.kind === y.kind ? 0.6 : 0) : similarity(x.text, y.text)), threshold: 0.5 });
  for (const m of matches) {
    const p = (m.b ?? m.a)!;
    const area = p.duty ? 'duty' : 'text';
    if (!m.a || !m.b) {
      const kind = m.a ? 'removed' : 'added';
      if (p.kind === 'table') out.push(change('appendix', kind, `${label}: bảng${p.text ? ` «${p.text}»` : ''}`, where, { [m.a ? 'before' : 'after']: tableSummary(p.table) }));
      else out.push(change(area, kind, label, where, { [m.a ? 'before' : 'after']: p.marked }));
      continue;
    }
    if (m.moved) out.push(change(area, 'moved', `${label}: «${snippet(p.text)}»`, where, { before: `thứ ${m.ai + 1}`, after: `thứ ${m.bi + 1}`, note: 'chuyển chỗ' }));
    if (p.kind === 'table') {
      const tableLabel = m.b.text ? `${label}: bảng «${m.b.text}»` : `${label}: bảng`;
      if (m.a.text !== m.b.text) out.push(change('appendix', 'changed', `${label}: tên bảng`, where, { before: m.a.text || '(không có)', after: m.b.text || '(không có)' }));
      out.push(...ctx.tables(m.a.table!, m.b.table!, tableLabel, where));
      continue;
    }
    if (m.a.text !== m.b.text) out.push(change(area, 'changed', label, where, { before: m.a.marked, after: m.b.marked }));
    else if (m.a.style !== m.b.style) out.push(change(area, 'changed', `${label}: «${snippet(p.text)}»`, where, { before: styleName(m.a), after: styleName(m.b), note: 'kiểu đoạn' }));
    else if (m.a.marked !== m.b.marked) out.push(change(area, 'changed', label, where, { before: m.a.marked, after: m.b.marked, note: 'định dạng' }));
  }
  return out;
}

const styleName = (p: Para): string => (p.kind === 'item' ? `ý "${p.style}"` : p.style === 'Body' ? 'đoạn văn' : p.style);

function tableSummary(t: TableRef | null): string {
  const c = t?.computed;
  if (!c) return 'bảng';
  const headers = t.model.children.find((r) => r.kind === 'header')?.children.map((cell) => cell.children.map((i) => ('value' in i ? i.value : '')).join('')) ?? [];
  return `${c.rows.length} dòng; cột: ${headers.join(', ')}`;
}

/** How similar two sections are: their name and their own text. */
function sectionSimilarity(x: SectionNode, y: SectionNode): number {
  const body = (n: SectionNode) => [n.name, ...n.own.map((p) => p.text), ...n.children.map((c) => c.name)].join(' ');
  return Math.max(similarity(body(x), body(y)), x.key && x.key === y.key ? 1 : 0);
}

interface Partner {
  a: SectionNode;
  moved: 'reorder' | 'parent' | null;
}

function matchTrees(aRoot: SectionNode, bRoot: SectionNode): Map<SectionNode, Partner> {
  const partner = new Map<SectionNode, Partner>();
  const matchedA = new Set<SectionNode>([aRoot]);
  const children = (a: SectionNode, b: SectionNode) => {
    for (const m of align(a.children, b.children, { key: (n) => n.key, similar: sectionSimilarity, threshold: 0.5 })) {
      if (!m.a || !m.b) continue;
      partner.set(m.b, { a: m.a, moved: m.moved ? 'reorder' : null });
      matchedA.add(m.a);
      children(m.a, m.b);
    }
  };
  partner.set(bRoot, { a: aRoot, moved: null });
  children(aRoot, bRoot);
  // sections that went to another parent: the top-most unmatched ones, matched across the tree
  const loose = (root: SectionNode, matched: (n: SectionNode) => boolean): SectionNode[] => {
    const out: SectionNode[] = [];
    const walk = (n: SectionNode) => n.children.forEach((c) => (matched(c) ? walk(c) : out.push(c)));
    walk(root);
    return out;
  };
  const looseA = loose(aRoot, (n) => matchedA.has(n));
  const looseB = loose(bRoot, (n) => partner.has(n));
  for (const m of align(looseA, looseB, { key: (n) => n.key, similar: sectionSimilarity, threshold: 0.6 })) {
    if (!m.a || !m.b) continue;
    partner.set(m.b, { a: m.a, moved: 'parent' });
    matchedA.add(m.a);
    children(m.a, m.b);
  }
  return partner;
}

const place = (path: SectionNode[]): string => path.map((n) => n.label || n.name).join('');
const named = (path: SectionNode[], prefix: string): string => [prefix, ...path.map((n) => `${n.label ? `${n.label} ` : ''}${snippet(n.name, 70)}`)].filter(Boolean).join(' › ');

/** Every paragraph of a section and its subsections, for a section added or removed whole. */
function allText(n: SectionNode): Para[] {
  return [...n.own, ...n.children.flatMap(allText), ...n.after];
}

export function diffSections(aRoot: SectionNode, bRoot: SectionNode, ctx: BodyContext): Change[] {
  const partner = matchTrees(aRoot, bRoot);
  const matchedA = new Set([...partner.values()].map((p) => p.a));
  const pathOfA = new Map<SectionNode, SectionNode[]>();
  const index = (n: SectionNode, path: SectionNode[]) => n.children.forEach((c) => (pathOfA.set(c, [...path, c]), index(c, [...path, c])));
  index(aRoot, []);
  const out: Change[] = [];
  const where = (path: SectionNode[]): Partial<Where> => ({ part: ctx.part, appendix: ctx.appendix, section: place(path) || null });

  const whole = (n: SectionNode, path: SectionNode[], kind: 'added' | 'removed') => {
    const label = named(path, ctx.prefix);
    out.push(change('section', kind, label, where(path), { [kind === 'added' ? 'after' : 'before']: n.printed }));
    for (const p of allText(n)) {
      if (p.kind === 'table') out.push(change('appendix', kind, `${label}: bảng${p.text ? ` «${p.text}»` : ''}`, where(path), { [kind === 'added' ? 'after' : 'before']: tableSummary(p.table) }));
      else out.push(change(p.duty ? 'duty' : 'text', kind, label, where(path), { [kind === 'added' ? 'after' : 'before']: p.marked }));
    }
  };

  const visit = (b: SectionNode, path: SectionNode[]) => {
    const p = partner.get(b);
    if (!p) return whole(b, path, 'added');
    const a = p.a;
    const label = named(path, ctx.prefix);
    const here = where(path);
    if (b.heading && a.heading) {
      if (p.moved === 'parent') out.push(change('section', 'moved', label, here, { before: named(pathOfA.get(a) ?? [], ctx.prefix), after: label, note: 'chuyển sang mục khác' }));
      else if (p.moved === 'reorder') out.push(change('section', 'moved', label, here, { before: a.label || 'không số', after: b.label || 'không số', note: 'đổi thứ tự' }));
      const ha = a.heading;
      const hb = b.heading;
      if (ha.form !== hb.form || ha.numbered !== hb.numbered)
        out.push(change('section', 'changed', `${label}: kiểu mục`, here, { before: `${FORMS[ha.form]}${ha.numbered ? '' : ' (không số)'}`, after: `${FORMS[hb.form]}${hb.numbered ? '' : ' (không số)'}` }));
      const ta = b.form === 'paragraph' ? '' : a.printed.slice(a.label.length).trim();
      const tb = b.form === 'paragraph' ? '' : b.printed.slice(b.label.length).trim();
      if (hb.form === 'paragraph' && ha.form === 'paragraph') {
        if (a.printed.slice(a.label.length) !== b.printed.slice(b.label.length)) out.push(change('text', 'changed', label, here, { before: a.printed.slice(a.label.length).trim(), after: b.printed.slice(b.label.length).trim() }));
      } else if (ta !== tb) out.push(change(hb.form === 'runIn' ? 'text' : 'section', 'changed', label, here, { before: ta, after: tb, note: hb.form === 'runIn' ? null : 'tên mục' }));
    }
    out.push(...diffParas(a.own, b.own, label || ctx.prefix || 'Mở đầu', here, ctx));
    const kids = [...b.children];
    kids.forEach((c) => visit(c, [...path, c]));
    // sections of the old plan that are nowhere in the new one: reported where they were
    for (const c of a.children) if (!matchedA.has(c)) whole(c, pathOfA.get(c)!, 'removed');
    out.push(...diffParas(a.after, b.after, `${label || ctx.prefix} (sau các mục con)`, here, ctx));
  };
  visit(bRoot, []);
  // removed sections whose parent did not survive either are reported under it already (whole)
  return out;
}
