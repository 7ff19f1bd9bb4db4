// Stage: workflow (redline). Last year's Document and this year's → one Document: this year's,
// with last year's text woven in where it differs, marked by private-use characters that the
// DOCX step turns into tracked changes (w:ins, w:del) and the HTML step into <ins>, <del>. Blocks
// are paired as diff-plan pairs them (equal first, then similar); words inside paired paragraphs
// and table cells; rows of tables by their label.
import { diffWords } from 'diff';
import { inlineText } from '../../model/text.js';
import type { Block, Document, Grid, Heading, Inline, Section, Table, TableRow } from '../../model/types.js';
import { align, similarity } from '../diff/align.js';

/** Marks inside text values: inserted and deleted runs, whole paragraphs and table rows. */
export const MARK = {
  insStart: '\uE100',
  insEnd: '\uE101',
  delStart: '\uE102',
  delEnd: '\uE103',
  paraIns: '\uE104',
  paraDel: '\uE105',
  rowIns: '\uE106',
  rowDel: '\uE107',
} as const;
export const ANY_MARK = /[\uE100-\uE107]/g;

type Side = 'ins' | 'del';
const open = (s: Side) => (s === 'ins' ? MARK.insStart : MARK.delStart);
const close = (s: Side) => (s === 'ins' ? MARK.insEnd : MARK.delEnd);
const paraMark = (s: Side) => (s === 'ins' ? MARK.paraIns : MARK.paraDel);

/** Inlines all inserted (or deleted); with `paragraph`, the paragraph mark too. */
function whole(inlines: readonly Inline[], side: Side, paragraph = true): Inline[] {
  return [{ type: 'text', value: open(side) }, ...inlines, { type: 'text', value: `${close(side)}${paragraph ? paraMark(side) : ''}` }];
}

/** Splits text nodes so that `at` (an offset in the plain text) falls between nodes, and inserts `node` there. */
function insertAt(inlines: Inline[], at: number, extra: string): Inline[] {
  let pos = 0;
  let done = false;
  const walk = (list: readonly Inline[]): Inline[] =>
    list.flatMap((i): Inline[] => {
      if (done) return [i];
      if (i.type !== 'text') return [{ ...i, children: walk(i.children) }];
      const end = pos + i.value.length;
      if (at <= end) {
        done = true;
        const k = at - pos;
        pos = end;
        return [{ type: 'text', value: `${i.value.slice(0, k)}${extra}${i.value.slice(k)}` }];
      }
      pos = end;
      return [i];
    });
  const out = walk(inlines);
  return done ? out : [...out, { type: 'text', value: extra }];
}

/** New inlines with the words that differ from the old ones marked (deleted words woven in). */
export function mergeInlines(old: readonly Inline[], neu: readonly Inline[]): Inline[] {
  const a = inlineText(old);
  const b = inlineText(neu);
  if (a === b) return [...neu];
  // edits at offsets of the new text, applied from the end so offsets stay valid
  const parts = diffWords(a, b);
  if (parts.filter((p) => !p.removed).map((p) => p.value).join('') !== b) return [{ type: 'text', value: `${MARK.delStart}${a}${MARK.delEnd}` }, ...whole(neu, 'ins', false)];
  const edits: { at: number; text: string }[] = [];
  let pos = 0;
  for (const part of parts) {
    if (part.added) {
      edits.push({ at: pos, text: MARK.insStart }, { at: pos + part.value.length, text: MARK.insEnd });
      pos += part.value.length;
    } else if (part.removed) edits.push({ at: pos, text: `${MARK.delStart}${part.value}${MARK.delEnd}` });
    else pos += part.value.length;
  }
  let out = [...neu];
  for (const e of edits.reverse()) out = insertAt(out, e.at, e.text);
  return out;
}

const mergeLabel = (a: string, b: string): string => (a === b ? b : `${a ? `${MARK.delStart}${a}${MARK.delEnd}` : ''}${b ? `${MARK.insStart}${b}${MARK.insEnd}` : ''}`);

function blockText(b: Block): string {
  switch (b.type) {
    case 'paragraph':
    case 'item':
      return inlineText(b.children);
    case 'heading':
      return `${inlineText(b.children)} ${inlineText(b.text)}`;
    case 'table':
      return b.children.map((r) => r.children.map((c) => inlineText(c.children)).join(' ')).join(' ');
    case 'grid':
      return b.children.map((r) => r.children.map((c) => c.children.map(blockText).join(' ')).join(' ')).join(' ');
    case 'brace':
      return `${b.children.map(blockText).join(' ')} ${inlineText(b.label)}`;
    case 'rule':
      return `rule ${b.fraction}`;
  }
}

const kind = (b: Block): string => (b.type === 'paragraph' ? `p:${b.style}` : b.type === 'heading' ? `h${b.level}` : b.type);
const blockKey = (b: Block): string => `${kind(b)}|${blockText(b)}`;

/** A block as inserted (side 'ins') or deleted ('del'). */
export function marked(b: Block, side: Side): Block {
  switch (b.type) {
    case 'paragraph':
      return { ...b, children: whole(b.children, side) };
    case 'item':
      // the writer prints the marker ("- ") before the text: the mark opens before it
      return { ...b, marker: `${open(side)}${b.marker}` as '-', children: [...b.children, { type: 'text', value: `${close(side)}${paraMark(side)}` }] };
    case 'heading':
      return b.form === 'runIn'
        ? { ...b, label: mergeLabel(side === 'del' ? b.label : '', side === 'ins' ? b.label : ''), children: whole(b.children, side, false), text: whole(b.text, side) }
        : { ...b, label: mergeLabel(side === 'del' ? b.label : '', side === 'ins' ? b.label : ''), children: whole(b.children, side) };
    case 'table':
      return { ...b, children: b.children.map((r) => markedRow(r, side)) };
    case 'grid':
      return { ...b, children: b.children.map((r) => ({ ...r, children: r.children.map((c) => ({ ...c, children: c.children.map((x) => marked(x, side)) })) })) };
    case 'brace':
      return { ...b, label: whole(b.label, side), children: b.children.map((x) => marked(x, side)) };
    case 'rule':
      return b;
  }
}

function markedRow(r: TableRow, side: Side): TableRow {
  return { ...r, children: r.children.map((c, i) => ({ ...c, children: [...(i === 0 ? [{ type: 'text' as const, value: side === 'ins' ? MARK.rowIns : MARK.rowDel }] : []), ...whole(c.children, side, false)] })) };
}

function mergeHeading(a: Heading, b: Heading): Heading {
  return { ...b, label: mergeLabel(a.label, b.label), children: mergeInlines(a.children, b.children), text: mergeInlines(a.text, b.text) };
}

/** The label of a table row: its first left-aligned cell (a village's name), else all of it. */
const rowKey = (r: TableRow): string => `${r.kind}|${inlineText((r.children.find((c) => c.align === 'left') ?? r.children[0])?.children ?? [])}`;

function mergeTable(a: Table, b: Table): Table {
  if (a.widths.length !== b.widths.length) return b;
  const rows: TableRow[] = [];
  for (const m of align(a.children, b.children, { key: rowKey, similar: (x, y) => (x.kind === y.kind ? similarity(blockTextRow(x), blockTextRow(y)) : 0), threshold: 0.6 })) {
    if (m.a && m.b && m.a.children.length === m.b.children.length) rows.push({ ...m.b, children: m.b.children.map((c, i) => ({ ...c, children: mergeCell(m.a!.children[i]!.children, c.children) })) });
    else if (m.b) rows.push(m.a ? m.b : markedRow(m.b, 'ins'));
    else if (m.a && m.a.children.length === b.children.find((r) => r.kind === m.a!.kind)?.children.length) rows.push(markedRow(m.a, 'del'));
  }
  return { ...b, children: rows };
}

/** A cell: a figure (no spaces) is replaced whole, never split at its "." or ","; text by words. */
function mergeCell(a: readonly Inline[], b: readonly Inline[]): Inline[] {
  const x = inlineText(a);
  const y = inlineText(b);
  if (x === y) return [...b];
  if (/\s/.test(x) || /\s/.test(y)) return mergeInlines(a, b);
  return [...(x ? [{ type: 'text' as const, value: `${MARK.delStart}${x}${MARK.delEnd}` }] : []), ...(y ? whole(b, 'ins', false) : [])];
}

const blockTextRow = (r: TableRow): string => r.children.map((c) => inlineText(c.children)).join(' ');

function mergeGrid(a: Grid, b: Grid): Grid {
  const same = a.children.length === b.children.length && a.children.every((r, i) => r.children.length === b.children[i]!.children.length);
  if (!same) return b;
  return { ...b, children: b.children.map((r, i) => ({ ...r, children: r.children.map((c, k) => ({ ...c, children: mergeBlocks(a.children[i]!.children[k]!.children, c.children) })) })) };
}

function mergeBlock(a: Block, b: Block): Block {
  if (a.type === 'paragraph' && b.type === 'paragraph') return { ...b, children: mergeInlines(a.children, b.children) };
  if (a.type === 'item' && b.type === 'item') return { ...b, marker: mergeLabel(a.marker, b.marker) as '-', children: mergeInlines(a.children, b.children) };
  if (a.type === 'heading' && b.type === 'heading' && a.form === b.form) return mergeHeading(a, b);
  if (a.type === 'table' && b.type === 'table') return mergeTable(a, b);
  if (a.type === 'grid' && b.type === 'grid') return mergeGrid(a, b);
  if (a.type === 'brace' && b.type === 'brace') return { ...b, label: mergeInlines(a.label, b.label), children: mergeBlocks(a.children, b.children) };
  return b;
}

/** Two block lists → one: paired blocks merged, new ones marked inserted, old ones deleted. */
export function mergeBlocks(a: readonly Block[], b: readonly Block[]): Block[] {
  const matches = align(a, b, { key: blockKey, similar: (x, y) => (kind(x) === kind(y) ? similarity(blockText(x), blockText(y)) : 0), threshold: 0.5 });
  // a block that moved shows as deleted where it was and inserted where it is
  const bOfA = new Map<number, number>();
  for (const m of matches) if (m.a && m.b && !m.moved) bOfA.set(m.ai, m.bi);
  const placed: { at: number; block: Block }[] = [];
  const oldPlace = (ai: number) => {
    for (let p = ai - 1; p >= 0; p--) if (bOfA.has(p)) return bOfA.get(p)! + 0.5 + ai / (a.length + 1) / 2;
    return -1 + ai / (a.length + 1);
  };
  for (const m of matches) {
    if (m.a && m.b && !m.moved) placed.push({ at: m.bi, block: mergeBlock(m.a, m.b) });
    else {
      if (m.b) placed.push({ at: m.bi, block: marked(m.b, 'ins') });
      if (m.a) placed.push({ at: oldPlace(m.ai), block: marked(m.a, 'del') });
    }
  }
  return placed.sort((x, y) => x.at - y.at).map((p) => p.block);
}

/**
 * This year's document with last year's differences marked. `ids` name each document's
 * appendix sections (after the first section, the plan itself), so appendices pair by id.
 */
export function mergeDocuments(a: Document, b: Document, idsA: readonly string[], idsB: readonly string[]): Document {
  const [mainA, ...restA] = a.children;
  const [mainB, ...restB] = b.children;
  const sections: Section[] = [{ ...mainB!, children: mergeBlocks(mainA?.children ?? [], mainB!.children) }];
  const placed: { at: number; section: Section }[] = [];
  const pairs = align(
    restA.map((s, i) => ({ s, id: idsA[i] ?? `#${i}` })),
    restB.map((s, i) => ({ s, id: idsB[i] ?? `#${i}` })),
    { key: (x) => x.id },
  );
  let last = -1;
  for (const m of pairs) {
    if (m.a && m.b) placed.push({ at: (last = m.bi), section: { ...m.b.s, children: mergeBlocks(m.a.s.children, m.b.s.children) } });
    else if (m.b) placed.push({ at: (last = m.bi), section: { ...m.b.s, children: m.b.s.children.map((x) => marked(x, 'ins')) } });
    else placed.push({ at: last + 0.5, section: { ...m.a!.s, children: m.a!.s.children.map((x) => marked(x, 'del')) } });
  }
  sections.push(...placed.sort((x, y) => x.at - y.at).map((p) => p.section));
  return { ...b, children: sections };
}
