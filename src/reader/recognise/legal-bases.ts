// Stage: reader (recognition). The paragraphs between the title and the first section → legal
// bases ("Căn cứ Quyết định số 08/QĐ-UBND ngày 04/01/2024 của UBND huyện về việc …") split into
// kind, name, number, date, issuer and subject, and the intro paragraphs. A basis is kept as an
// object only when printing it back gives the same text (its date aside, which ND30 may pad);
// otherwise it stays a sentence, and the review list says so. Pure.
import { msg } from '../../diag/index.js';
import { longDate, shortDate } from '../../template/format/dates.js';
import type { ReviewNote } from '../types.js';
import { flat, planText, type Line } from './lines.js';

export interface BasisObject {
  verb?: string;
  kind: string;
  name?: string;
  number?: string;
  date?: string;
  issuer?: string;
  subject?: string;
  dateStyle?: 'short' | 'long';
  separator?: ',';
  joinNext?: boolean;
}
export type BasisInput = string | BasisObject;

export interface LegalBasesInput {
  verb: string;
  layout: 'separate' | 'combined';
  leadIn?: boolean;
  dateStyle: 'short' | 'long';
  items: BasisInput[];
}

const VERB = /^(căn cứ|thực hiện|theo)\s+/iu;
const KINDS = [
  'Nghị quyết liên tịch', 'Thông tư liên tịch', 'Chỉ thị liên tịch', 'Chương trình hành động', 'Kế hoạch liên tịch', 'Hướng dẫn liên tịch',
  'Nghị quyết', 'Nghị định', 'Quyết định', 'Chỉ thị', 'Thông tư', 'Công văn', 'Công điện', 'Kế hoạch', 'Hướng dẫn', 'Kết luận', 'Chương trình',
  'Thông báo', 'Văn bản', 'Bộ luật', 'Luật', 'Hiến pháp', 'Pháp lệnh', 'Quy định', 'Quy chế', 'Đề án', 'Điều lệ', 'Báo cáo', 'Tờ trình', 'Thông tri',
];
const KIND = new RegExp(`^(${KINDS.join('|')})(?=[\\s,;.]|$)`, 'iu');
/** After a comma, another basis starts only with a kind and its number or date. */
const BASIS_START = new RegExp(`^(${KINDS.join('|')})\\s+(?:số\\s|\\d|[^,;]*?\\sngày\\s+\\d)`, 'iu');
const SHORT = /^ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4})/u;
const LONG = /^ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;
const SUBJECT_START = /\s(về|V\/v|quy định|hướng dẫn|ban hành|phê duyệt|thực hiện|triển khai|sửa đổi|giao|tổ chức|tăng cường|đẩy mạnh|[“"])/u;
/** An intro sentence that goes on in the last basis's paragraph (legalBases.leadIn). */
const LEAD_IN = /,\s+((?:Ủy ban|UBND|Hội đồng|HĐND|Ban |Sở |Phòng |Đảng ủy|Chi bộ|Công an|Trường |Trung tâm)[^;]*?\b(?:xây dựng|ban hành|triển khai|thống nhất)\b[^;]*[:.])$/u;

interface Piece {
  verb: string | null;
  text: string;
  end: string;
}

/** A basis paragraph → its bases: split at ";" and at "," before a document kind. */
function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  let depth = 0;
  let quote = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === '“' || c === '”' || c === '"') quote = c === '“' ? true : c === '”' ? false : !quote;
    if (depth > 0 || quote || (c !== ';' && c !== ',')) continue;
    const next = text.slice(i + 1).trimStart();
    const after = next.replace(VERB, '');
    if (c === ';' || BASIS_START.test(after)) {
      out.push(piece(text.slice(start, i), c));
      start = i + 1;
    }
  }
  out.push(piece(text.slice(start), ''));
  return out.filter((p) => p.text);
}

function piece(raw: string, end: string): Piece {
  let text = flat(raw);
  const m = VERB.exec(text);
  const verb = m ? text.slice(0, m[0].length).trim() : null;
  if (m) text = text.slice(m[0].length);
  const tail = /[.;,]$/.exec(text);
  return { verb, text: tail ? text.slice(0, -1).trim() : text, end: end || tail?.[0] || '' };
}

function parseDate(s: string): { date: string; style: 'short' | 'long'; length: number; printed: string; source: string } | null {
  const m = SHORT.exec(s) ?? LONG.exec(s);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate() || y < 1945) return null;
  const style = SHORT.test(s) ? 'short' : 'long';
  const plan = { year: y, month: mo, day: d };
  const printed = style === 'short' ? `ngày ${shortDate(plan)}` : longDate(plan);
  return { date: `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`, style, length: m[0].length, printed, source: m[0] };
}

/** One basis without its verb → an object whose printing gives the same text, or null. */
export function parseBasis(text: string, notes: ReviewNote[]): BasisObject | null {
  const k = KIND.exec(text);
  if (!k) return null;
  const basis: BasisObject = { kind: k[1]! };
  let rest = text.slice(k[0].length).trim();
  const sayNumber = /^số\s+(\S+)\s*/u.exec(rest);
  const bareNumber = /^(\d+[\p{L}\d]*\/[\p{L}\d/.-]+)\s*/u.exec(rest);
  if (sayNumber ?? bareNumber) {
    basis.number = (sayNumber ?? bareNumber)![1]!.replace(/[,;]$/, '');
    rest = rest.slice((sayNumber ?? bareNumber)![0].length);
  } else {
    const dated = rest.search(/\s?ngày\s+\d/u);
    const at = dated >= 0 ? dated : rest.search(/\s?của\s/u);
    const name = at < 0 ? '' : rest.slice(0, at).trim();
    if (name && !/^ngày|^của/u.test(rest)) {
      basis.name = name;
      rest = rest.slice(at).trim();
    }
  }
  const date = parseDate(rest);
  if (!date && /^ngày\s+\d/u.test(rest)) return null; // a date that does not exist stays in a sentence
  if (date) {
    basis.date = date.date;
    basis.dateStyle = date.style;
    rest = rest.slice(date.length).trim();
  }
  if (/^của\s/u.test(rest)) {
    rest = rest.slice(4).trim();
    const cut = rest.slice(3).search(SUBJECT_START);
    basis.issuer = cut < 0 ? rest : rest.slice(0, cut + 3).trim();
    if (/ngày\s+\d/u.test(basis.issuer)) return null;
    rest = cut < 0 ? '' : rest.slice(cut + 3).trim();
  }
  if (rest) basis.subject = rest;
  if (!basis.name && !basis.number && !basis.date && !basis.issuer) return null;
  // what was read must be the whole text, in order (a guard against a rule that skipped words)
  const reread = [basis.kind, basis.name, basis.number && `${sayNumber ? 'số ' : ''}${basis.number}`, date?.source, basis.issuer && `của ${basis.issuer}`, basis.subject].filter(Boolean).join(' ');
  if (flat(reread) !== flat(text)) return null;
  if (date && date.printed !== flat(date.source))
    notes.push({ topic: 'nd30', where: null, message: msg('import.note.basis_date', { basis: `${basis.kind} ${basis.number ?? basis.name ?? ''}`, typed: flat(date.source), printed: date.printed }) });
  if (bareNumber) notes.push({ topic: 'legal-basis', where: `${basis.kind} ${basis.number}`, message: msg('import.note.basis_no_so', { basis: `${basis.kind} ${basis.number}`, printed: `${basis.kind} số ${basis.number}` }) });
  return basis;
}

export function recogniseLegalBases(lines: Line[], notes: ReviewNote[]): { legalBases: LegalBasesInput; intro: string[] } {
  const intro: string[] = [];
  const paragraphs: Piece[][] = [];
  let leadIn: string | null = null;
  for (const line of lines) {
    const text = flat(line.text);
    const m = VERB.exec(text);
    const isBasis = m && intro.length === 0 && (KIND.test(text.slice(m[0].length)) || !/:$/.test(text));
    if (!isBasis) {
      intro.push(planText(line));
      continue;
    }
    const lead = LEAD_IN.exec(text);
    if (lead && KIND.test(text.slice(m[0].length))) {
      leadIn = lead[1]!;
      paragraphs.push(pieces(text.slice(0, lead.index + 1)));
    } else paragraphs.push(pieces(text));
  }
  if (leadIn) intro.unshift(leadIn);
  const all = paragraphs.flat();
  const verbs = all.map((p) => p.verb).filter((v): v is string => v !== null);
  const verb = mostCommon(verbs) ?? 'Căn cứ';
  const items: BasisInput[] = [];
  const styles: ('short' | 'long')[] = [];
  const combined = paragraphs.length === 1 && all.length > 1;
  let previousVerb = verb;
  paragraphs.forEach((ps) =>
    ps.forEach((p, k) => {
      const ownVerb = p.verb ?? (k > 0 ? previousVerb : verb);
      previousVerb = ownVerb;
      const parsed = parseBasis(p.text, notes);
      const last = p === all[all.length - 1];
      if (!parsed) {
        notes.push({ topic: 'legal-basis', where: p.text.slice(0, 60), message: msg('import.note.basis_kept', { text: p.text.length > 90 ? `${p.text.slice(0, 87)}…` : p.text }) });
        items.push(p.text);
        return;
      }
      if (parsed.dateStyle) styles.push(parsed.dateStyle);
      if (ownVerb.toLocaleLowerCase('vi') !== verb.toLocaleLowerCase('vi')) parsed.verb = ownVerb;
      if (p.end === ',' && !last) parsed.separator = ',';
      if (!combined && k < ps.length - 1) parsed.joinNext = true;
      items.push(parsed);
    }),
  );
  const dateStyle = mostCommon(styles) ?? 'short';
  for (const b of items) if (typeof b === 'object' && b.dateStyle === dateStyle) delete b.dateStyle;
  const legalBases: LegalBasesInput = { verb: capital(verb), layout: combined ? 'combined' : 'separate', dateStyle, items };
  if (leadIn) legalBases.leadIn = true;
  return { legalBases, intro };
}

const capital = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1).toLocaleLowerCase('vi');

function mostCommon<T>(xs: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
