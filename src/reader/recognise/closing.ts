// Stage: reader (recognition). The blocks after the closing paragraph → Nơi nhận (recipients with
// their purposes, named groups with "+" lines, a brace drawn beside several, the Lưu line) and
// the signature(s): TM./KT./Q./TL./TUQ., titles, the signer's name (a joint plan has one per
// body, the lead body's on the right). Pure.
import { msg } from '../../diag/index.js';
import type { DocxBlock, DocxTable, ReviewNote } from '../types.js';
import { flat, toLine, type Line } from './lines.js';
import { markerOf } from './markers.js';
import { cellLines, RECIPIENTS_HEAD, splitBreaks, type Item } from './parts.js';
import { recase, type Vocabulary } from './recase.js';

export interface SignatureInput {
  onBehalfOf?: string;
  authority?: 'KT.' | 'Q.' | 'TL.' | 'TUQ.';
  authorityTitle?: string;
  title?: string;
  name: string;
}
type RecipientLine = string | { to: string | string[]; purpose?: string; brace?: boolean };
export type RecipientInput = RecipientLine | { group: string; to: RecipientLine[]; archive?: string[] };
export interface RecipientsInput {
  to: RecipientInput[];
  archive?: string[];
}

const PURPOSE = /^(.*?)\s*\(\s*((?:để|đề|b\/c|t\/h|ph\/h|p\/h|báo cáo|thực hiện|phối hợp|chỉ đạo|theo dõi|biết|p\/hợp|t\/d|c\/đ|b\/cáo|th\/h)[^()]*?)\s*\)\s*$/iu;
const PLACEHOLDER = /^\(?\s*(đã ký|ký[^)]*|chữ ký[^)]*|ký tên[^)]*)\s*\)?$/iu;

/** A recipients cell's entries: its lines, a brace group drawn as a small table. */
type Entry = { kind: 'line'; text: string } | { kind: 'brace'; lines: string[]; purpose: string };

function entries(blocks: DocxBlock[]): Entry[] {
  return blocks.flatMap((b): Entry[] => {
    if (b.type === 'paragraph') return splitBreaks(toLine(b)).map((l) => ({ kind: 'line' as const, text: flat(l.text) })).filter((e) => e.text);
    if (b.bordered) return [];
    const cells = b.rows.flatMap((r) => r.cells.filter((c) => c.rowSpan > 0));
    const texts = cells.map((c) => c.blocks.flatMap((x) => (x.type === 'paragraph' ? splitBreaks(toLine(x)).map((l) => flat(l.text)) : [])).filter(Boolean));
    const purpose = texts[texts.length - 1]?.join(' ') ?? '';
    const lines = texts.slice(0, -1).flat();
    return lines.length && /^\(.*\)$/.test(purpose) ? [{ kind: 'brace', lines, purpose: purpose.slice(1, -1).trim() }] : texts.flat().map((text) => ({ kind: 'line' as const, text }));
  });
}

const clean = (s: string) => s.replace(/^[-+–•]\s*/, '').replace(/[;,.]+\s*$/, '').trim();

function recipientLine(text: string): RecipientLine {
  const m = PURPOSE.exec(clean(text));
  return m && m[1] ? { to: m[1].trim(), purpose: m[2]!.trim() } : clean(text);
}

export function recogniseRecipients(list: Entry[], notes: ReviewNote[]): RecipientsInput {
  const out: RecipientsInput = { to: [] };
  let group: Extract<RecipientInput, { group: string }> | null = null;
  for (const e of list) {
    if (e.kind === 'brace') {
      out.to.push({ to: e.lines.map(clean), purpose: e.purpose, brace: true });
      group = null;
      continue;
    }
    const plus = /^\+/.test(e.text);
    const archive = /^[-+–•]?\s*Lưu\b\s*:?\s*(.*)$/iu.exec(e.text);
    if (archive) {
      const units = archive[1]!.replace(/[.;]+\s*$/, '').split(/\s*,\s*/).filter(Boolean);
      if (plus && group) group.archive = units.length ? units : ['VT'];
      else out.archive = units.length ? units : ['VT'];
      continue;
    }
    if (plus && group) group.to.push(recipientLine(e.text));
    else if (/:\s*$/.test(e.text) && !plus) {
      group = { group: clean(e.text).replace(/:$/, ''), to: [] };
      out.to.push(group);
    } else {
      group = null;
      out.to.push(recipientLine(e.text));
    }
  }
  // a named group without "+" lines was an ordinary recipient ending in ":"
  out.to = out.to.map((r) => (typeof r === 'object' && 'group' in r && r.to.length === 0 ? r.group : r));
  if (out.to.length === 0) {
    notes.push({ topic: 'recipient', where: 'Nơi nhận', message: msg('import.note.no_recipients') });
    out.to.push('(bổ sung nơi nhận)');
  }
  return out;
}

export function recogniseSignature(lines: string[], vocab: Vocabulary, notes: ReviewNote[]): SignatureInput | null {
  const texts = lines.map(flat).filter((t) => t && !PLACEHOLDER.test(t) && !/^[_.\s]+$/.test(t));
  if (texts.length === 0) return null;
  const isCaps = (t: string) => t === t.toLocaleUpperCase('vi') && /\p{L}/u.test(t);
  let name = texts[texts.length - 1]!;
  const body = texts.slice(0, -1);
  while (body.length && body[body.length - 1] === name) {
    body.pop();
    notes.push({ topic: 'signature', where: 'Người ký', message: msg('import.note.name_twice', { name }) });
  }
  if (isCaps(name)) name = name.toLocaleLowerCase('vi').replace(/(^|\s)(\p{L})/gu, (_, s: string, c: string) => s + c.toLocaleUpperCase('vi'));
  const sig: SignatureInput = { name };
  for (const t of body) {
    const a = /^(TM|KT|Q|TL|TUQ)\s*\.\s*(.+)$/u.exec(t);
    if (a?.[1] === 'TM') sig.onBehalfOf = recase(a[2]!, vocab);
    else if (a) (sig.authority = `${a[1]}.` as SignatureInput['authority']), (sig.authorityTitle = recase(a[2]!, vocab));
    else if (!sig.title) sig.title = recase(t, vocab);
    else sig.title = `${sig.title} ${recase(t, vocab).toLocaleLowerCase('vi')}`;
  }
  if (!sig.onBehalfOf && !sig.authority && !sig.title) {
    notes.push({ topic: 'signature', where: 'Người ký', message: msg('import.note.no_signer_title') });
    sig.title = '(chức vụ)';
  }
  return sig;
}

const lineOf = (i: Item): Line | null => (i.kind === 'line' ? i.line : null);

/** The closing blocks → recipients entries and the signatures' lines (lead body first). */
export function splitClosingBlocks(items: Item[]): { recipients: Entry[]; signatures: string[][] } {
  const recipients: Entry[] = [];
  const signatures: string[][] = [];
  let inRecipients = false;
  const loose: string[] = [];
  const take = (t: DocxTable) => {
    for (const row of t.rows) {
      const cells = row.cells.filter((c) => c.rowSpan > 0 && c.blocks.some((b) => b.type === 'table' || flat(b.runs.map((r) => r.text).join(''))));
      const sigs: string[][] = [];
      for (const c of cells) {
        const text = cellLines({ ...t, rows: [{ header: false, cells: [c] }] }).map((l) => flat(l.text));
        if (text.some((x) => RECIPIENTS_HEAD.test(x))) recipients.push(...entries(c.blocks).filter((e) => !(e.kind === 'line' && RECIPIENTS_HEAD.test(e.text))));
        else if (text.some(Boolean)) sigs.push(text.filter(Boolean));
      }
      signatures.push(...sigs.reverse());
    }
  };
  for (const i of items) {
    if (i.kind !== 'line') {
      take(i.table);
      continue;
    }
    for (const l of splitBreaks(lineOf(i)!)) {
      const parts = l.text.split(/\t+/).map(flat).filter(Boolean);
      const [typed, right] = parts.length > 1 ? [parts[0]!, parts[parts.length - 1]!] : [parts[0] ?? '', ''];
      // a bullet drawn by Word's list numbering reads as if typed
      const auto = l.list ? markerOf(l) : null;
      const left = auto && (auto.kind === 'dash' || auto.kind === 'plus') ? `${auto.label} ${typed}` : typed;
      if (RECIPIENTS_HEAD.test(left)) inRecipients = true;
      else if (inRecipients && /^[-+–•]/.test(left)) recipients.push({ kind: 'line', text: left });
      else if (left) {
        loose.push(left);
        inRecipients = false;
      }
      if (right && !RECIPIENTS_HEAD.test(right)) loose.push(right);
    }
  }
  if (loose.length) signatures.push(loose);
  return { recipients, signatures };
}
