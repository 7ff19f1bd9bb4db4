// Stage: workflow (diff). A built plan (its Document and ComputedPlan) → its outline: the parts a
// reviewer reads (masthead, title, legal bases, intro, the tree of sections with their paragraphs
// and tables, closing, recipients, signatures, appendices), each as the text the document
// prints. The diff compares outlines, so whatever the DOCX shows is compared.
import type { ComputedPlan, ComputedTable } from '../../compute/types.js';
import { writeYears } from '../../compute/check-references.js';
import type { Block, Document, DocumentMeta, Heading, Inline, Section as ModelSection, Table } from '../../model/types.js';
import { inlineText } from '../../model/text.js';
import type { BodyEntry, Plan, Section } from '../../plan/types.js';

/** A paragraph, item or table of a body, as printed. */
export interface Para {
  kind: 'para' | 'item' | 'table';
  /** Paragraph style, or the item's marker ("-", "+"). */
  style: string;
  /** Plain text; for a table its title. */
  text: string;
  /** The text with **bold** and *italic* marked, to see formatting changes. */
  marked: string;
  /** Part of the duties ("Đơn vị chủ trì: …"). */
  duty: boolean;
  table: TableRef | null;
  blocks: Block[];
}

type TableOf = (t: Table) => TableRef;

export interface TableRef {
  model: Table;
  computed: ComputedTable | null;
}

export interface SectionNode {
  /** What matches it across years: its title as written, or the start of its text. */
  key: string;
  /** Its number as printed ("II.", "2.", "1.1.", "a)"), '' when unnumbered or the root. */
  label: string;
  /** Its name in a reviewer's words (title as written, years written out). */
  name: string;
  /** The heading as printed (label, title, text). */
  printed: string;
  form: Heading['form'] | 'root';
  heading: Heading | null;
  own: Para[];
  after: Para[];
  children: SectionNode[];
}

export interface AppendixOutline {
  id: string;
  label: string;
  title: string;
  ref: string;
  orientation: string;
  table: TableRef | null;
  root: SectionNode;
  /** Blocks of the appendix not otherwise read (rules): compared as a whole. */
  rest: string;
}

export interface Outline {
  meta: DocumentMeta;
  /** The page setup and styles (same template: same value). */
  theme: string;
  issuer: string[];
  national: string[];
  number: string;
  placeDate: string;
  docType: string;
  subject: string[];
  bases: Para[];
  intro: Para[];
  root: SectionNode;
  closing: string;
  recipients: string[];
  signatures: string[][];
  appendices: AppendixOutline[];
  /** Whatever else the main section holds (rules, grid widths), compared as a whole. */
  rest: string;
}

export const marked = (inlines: readonly Inline[]): string =>
  inlines.map((i) => (i.type === 'text' ? i.value : i.type === 'strong' ? `**${marked(i.children)}**` : `*${marked(i.children)}*`)).join('');

/** A block as JSON, without where the template wrote it (that moves with everything above). */
export const json = (b: unknown): string => JSON.stringify(b, (k, v) => (k === 'origin' ? undefined : v));

const norm = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');

function paragraph(b: Block, table: TableRef | null = null, title = ''): Para {
  if (b.type === 'table') return { kind: 'table', style: 'table', text: title, marked: title, duty: false, table, blocks: [b] };
  if (b.type === 'item') return { kind: 'item', style: b.marker, text: inlineText(b.children), marked: marked(b.children), duty: false, table: null, blocks: [b] };
  if (b.type === 'paragraph') return { kind: 'para', style: b.style, text: inlineText(b.children), marked: marked(b.children), duty: false, table: null, blocks: [b] };
  const text = json(b);
  return { kind: 'para', style: b.type, text, marked: text, duty: false, table: null, blocks: [b] };
}

/** Items of the duties: "- Đơn vị chủ trì: …" and the "+" items under such a line. */
function markDuties(paras: Para[]): Para[] {
  let inDuty = false;
  for (const p of paras) {
    if (p.kind === 'item' && p.style === '-') inDuty = /^Đơn vị (chủ trì|phối hợp)/u.test(p.text);
    p.duty = p.kind === 'item' && inDuty;
  }
  return paras;
}

/** Model blocks of a body → paragraphs; a table title joins its table. */
function paras(blocks: readonly Block[], tables: TableOf): Para[] {
  const out: Para[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const next = blocks[i + 1];
    if (b.type === 'paragraph' && b.style === 'TableTitle' && next?.type === 'table') {
      const p = paragraph(next, tables(next), inlineText(b.children));
      p.blocks.unshift(b);
      out.push(p);
      i++;
    } else out.push(b.type === 'table' ? paragraph(b, tables(b)) : paragraph(b));
  }
  return markDuties(out);
}

/** How many blocks the templates print for body entries (to find a section's text after its subsections). */
function blockCount(entries: readonly BodyEntry[]): number {
  return entries.reduce((n, e) => {
    if (typeof e === 'string' || 'when' in e) return n + 1;
    if ('table' in e) return n + (e.table.title ? 2 : 1);
    if ('item' in e) return n + 1 + e.items.length + blockCount(e.body);
    return n + 1 + blockCount(e.body);
  }, 0);
}

const sectionKey = (s: Section | null, h: Heading): string => norm(s ? (s.title ?? s.paragraph ?? s.text ?? '') : inlineText(h.children) || inlineText(h.text));

/** Headings and the blocks under them → the section tree; plan sections (pre-order) name them. */
function sectionTree(blocks: readonly Block[], plan: Section[], year: number, tables: TableOf): SectionNode {
  const order: Section[] = [];
  const walk = (ss: Section[]) => ss.forEach((s) => (order.push(s), walk(s.sections)));
  walk(plan);
  const aligned = order.length === blocks.filter((b) => b.type === 'heading').length;
  const root: SectionNode = { key: '', label: '', name: '', printed: '', form: 'root', heading: null, own: [], after: [], children: [] };
  type Open = { node: SectionNode; level: number; plan: Section | null; blocks: Block[]; after: Block[] };
  const stack: Open[] = [{ node: root, level: 0, plan: null, blocks: [], after: [] }];
  const done = (o: Open) => {
    o.node.own = paras(o.blocks, tables);
    o.node.after = paras(o.after, tables);
  };
  // Closing sections at once: the innermost holds the blocks that follow; the text each closed
  // section prints after its subsections ("after:") is at their end, the outermost's last.
  const close = (until: number) => {
    const at = stack.findIndex((o, i) => i > 0 && o.level >= until);
    if (at < 0) return;
    const closing = stack.splice(at);
    const tail = closing[closing.length - 1]!.blocks;
    for (const o of closing.slice(0, -1)) {
      const n = o.plan ? Math.min(blockCount(o.plan.after), tail.length) : 0;
      o.after = tail.splice(tail.length - n);
    }
    for (const o of closing) done(o);
  };
  let k = 0;
  for (const b of blocks) {
    if (b.type !== 'heading') {
      stack[stack.length - 1]!.blocks.push(b);
      continue;
    }
    close(b.level);
    const s = aligned ? (order[k] ?? null) : null;
    k++;
    const title = inlineText(b.children);
    const text = inlineText(b.text);
    const name = s ? writeYears(s.title ?? s.paragraph ?? s.text ?? '', year) : title || text;
    const node: SectionNode = { key: sectionKey(s, b), label: b.label, name, printed: [b.label, b.form === 'runIn' ? marked(b.children) : title, marked(b.text)].filter(Boolean).join(' '), form: b.form, heading: b, own: [], after: [], children: [] };
    stack[stack.length - 1]!.node.children.push(node);
    stack.push({ node, level: b.level, plan: s, blocks: [], after: [] });
  }
  close(1);
  done(stack[0]!);
  return root;
}

const textOf = (b: Block): string => (b.type === 'paragraph' || b.type === 'item' ? inlineText(b.children) : '');
const styleOf = (b: Block): string => (b.type === 'paragraph' ? b.style : b.type);

function closingParts(blocks: readonly Block[]): { recipients: string[]; signatures: string[][]; rest: string[] } {
  const recipients: string[] = [];
  const signatures: string[][] = [];
  const rest: string[] = [];
  for (const g of blocks) {
    if (g.type !== 'grid') {
      rest.push(json(g));
      continue;
    }
    rest.push(`grid ${g.widths.join(' ')}`);
    for (const row of g.children)
      for (const cell of row.children) {
        const sign: string[] = [];
        for (const b of cell.children) {
          if (b.type === 'brace') {
            b.children.forEach((c) => recipients.push(`${textOf(c)} }`));
            recipients.push(`} ${inlineText(b.label)}`);
          } else if (styleOf(b).startsWith('Recipient')) recipients.push(marked(b.type === 'paragraph' ? b.children : []));
          else if (styleOf(b).startsWith('Sign')) sign.push(marked(b.type === 'paragraph' ? b.children : []));
          else rest.push(json(b));
        }
        if (sign.length > 0) signatures.push(sign);
      }
  }
  return { recipients, signatures, rest };
}

/** Paragraphs in `style` at the front of `blocks`, taken off it. */
function take(blocks: Block[], style: string): Block[] {
  const out: Block[] = [];
  while (blocks[0] && styleOf(blocks[0]) === style) out.push(blocks.shift()!);
  return out;
}

function appendixOutline(s: ModelSection, id: string, plan: Plan, tables: TableOf): AppendixOutline {
  const blocks = [...s.children];
  const label = take(blocks, 'AppendixLabel').map(textOf).join(' ');
  const title = take(blocks, 'AppendixTitle').map(textOf).join(' ');
  const ref = take(blocks, 'AppendixRef').map(textOf).join(' ');
  const rest: string[] = [];
  while (blocks[0]?.type === 'rule') rest.push(json(blocks.shift()));
  const appendix = plan.appendices.find((a) => a.id === id);
  const own = appendix?.columns && blocks[0]?.type === 'table' ? tables(blocks.shift() as Table) : null;
  const root = sectionTree(blocks, appendix?.sections ?? [], plan.date.year, tables);
  return { id, label, title, ref, orientation: s.orientation, table: own, root, rest: rest.join('\n') };
}

export function outline(document: Document, computed: ComputedPlan): Outline {
  const { plan } = computed;
  // the computed tables come in document order, as the model's tables do
  const refs = new Map<Table, TableRef>();
  document.children.flatMap((s) => s.children.filter((b): b is Table => b.type === 'table')).forEach((model, i) => refs.set(model, { model, computed: computed.tables[i] ?? null }));
  const nextTable: TableOf = (t) => refs.get(t) ?? { model: t, computed: null };

  const [main, ...appendixSections] = document.children;
  const blocks = [...(main?.children ?? [])];
  const rest: string[] = [];
  const masthead = blocks[0]?.type === 'grid' ? blocks.shift()! : null;
  const cells = masthead?.type === 'grid' ? masthead.children.flatMap((r) => r.children) : [];
  const cellText = (i: number, style: (s: string) => boolean) => (cells[i]?.children ?? []).filter((b) => style(styleOf(b))).map(textOf);
  if (masthead?.type === 'grid') rest.push(`masthead ${masthead.widths.join(' ')}`, ...cells.flatMap((c) => c.children.filter((b) => b.type === 'rule').map((b) => json(b))));
  const docType = take(blocks, 'DocType').map(textOf).join(' ');
  const subject = take(blocks, 'Subject').map(textOf);
  while (blocks[0]?.type === 'rule') rest.push(json(blocks.shift()));
  const intro = take(blocks, 'Intro');
  const introCount = Math.min(intro.length, plan.intro.length - (plan.legalBases.leadIn && plan.legalBases.items.length > 0 ? 1 : 0));
  const closingAt = blocks.findIndex((b) => styleOf(b) === 'Closing');
  const body = closingAt < 0 ? blocks : blocks.slice(0, closingAt);
  const after = closingAt < 0 ? [] : blocks.slice(closingAt + 1);
  const root = sectionTree(body, plan.sections, plan.date.year, nextTable);
  const closing = closingAt < 0 ? '' : marked((blocks[closingAt] as { children: Inline[] }).children);
  const parts = closingParts(after);
  const printed = plan.appendices.filter((a) => !a.separate);
  return {
    meta: document.meta,
    theme: json(document.theme),
    issuer: cellText(0, (s) => s.startsWith('Issuer')),
    national: [...cellText(1, (s) => s === 'NationalTitle' || s === 'Motto'), ...document.children.map((s) => json(s.pageNumbers))],
    number: cellText(2, () => true).join(' '),
    placeDate: cellText(3, () => true).join(' '),
    docType,
    subject,
    bases: paras(intro.slice(0, intro.length - introCount), nextTable),
    intro: paras(intro.slice(intro.length - introCount), nextTable),
    root,
    closing,
    recipients: parts.recipients,
    signatures: parts.signatures,
    appendices: appendixSections.map((s, i) => appendixOutline(s, printed[i]?.id ?? `#${i + 1}`, plan, nextTable)),
    rest: [...rest, ...parts.rest].join('\n'),
  };
}
