// Stage: reader (recognition). The masthead's lines → issuer(s) and parent body, number and
// symbol ("Số: 630/KH-UBND", "Số:     /KH-UBND"), place and date (a blank day or month stays
// blank). The quốc hiệu and tiêu ngữ are the tool's own and are only checked. Pure.
import { msg } from '../../diag/index.js';
import type { ReviewNote } from '../types.js';
import { flat, type Line } from './lines.js';
import type { Parts } from './parts.js';
import { recase, type Vocabulary } from './recase.js';

export interface IssuerInput {
  parent?: string;
  name: string | string[];
  shortName: string;
  symbol: string;
}

export interface Masthead {
  issuers: IssuerInput[];
  number: number | null;
  symbol: string | null;
  place: string;
  date: string | number;
}

const NATIONAL = /^c[oộ]ng\s*h[oò][aà]\s*x[aã]\s*h[oộ]i/iu;
const MOTTO = /^đ[oộ]c\s*l[aậ]p\s*[-–—]/iu;
const NUMBER = /^s[oố]\s*[:.]?\s*(\d*)\s*\/\s*([\p{L}\d.\-/]+)\s*$/iu;
const PLACE_DATE = /^(.+?),\s*ng[aà]y\s*(\d{0,2})\s*(?:\/|th[aá]ng)\s*(\d{0,2})\s*(?:\/|n[aă]m)\s*(\d{4,5})\s*\.?$/iu;
const RULE = /^[\s_\-–—=.*•]+$/;
const LOCALITY = /^(x[aã]|ph[uư][oờ]ng|huy[eệ]n|t[iỉ]nh|qu[aậ]n|th[iị]\s+(tr[aấ]n|x[aã])|th[aà]nh\s+ph[oố]|tp\.?)\s/iu;
const SYMBOL_PART = /^[A-ZĐ0-9]+$/u;

function parseDate(m: RegExpExecArray, notes: ReviewNote[]): string {
  const [day, month, year] = [m[2], m[3], m[4]].map((x) => (x ? Number(x) : null)) as [number | null, number | null, number];
  if (year < 1945 || year > 2100) {
    notes.push({ topic: 'masthead', where: 'Ngày', message: msg('import.note.bad_year', { year: m[4] }) });
    return '';
  }
  if (month === null) {
    if (day !== null) notes.push({ topic: 'masthead', where: 'Ngày', message: msg('import.note.day_without_month', { day }) });
    return String(year);
  }
  if (month < 1 || month > 12) {
    notes.push({ topic: 'masthead', where: 'Ngày', message: msg('import.note.no_such_month', { month }) });
    return String(year);
  }
  const mm = String(month).padStart(2, '0');
  if (day === null) return `${year}-${mm}`;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > last) {
    notes.push({ topic: 'masthead', where: 'Ngày', message: msg('import.note.no_such_day', { day, month, year }) });
    return `${year}-${mm}`;
  }
  if (day < 10 && !m[2]!.startsWith('0')) notes.push({ topic: 'nd30', where: null, message: msg('import.note.day_zero', { day }) });
  return `${year}-${mm}-${String(day).padStart(2, '0')}`;
}

/** Issuer lines → issuers: a new body starts at a line that does not go on with a locality. */
function groupIssuers(lines: Line[], count: number): { parent: Line[]; issuers: Line[][] } {
  const boldShare = lines.map((l) => l.bold > 0.5);
  const mixed = boldShare.some(Boolean) && boldShare.some((b) => !b);
  const parent = mixed ? lines.slice(0, Math.max(0, boldShare.indexOf(true))) : [];
  const rest = lines.slice(parent.length);
  const groups: Line[][] = [];
  for (const l of rest) {
    if (groups.length === 0 || !LOCALITY.test(flat(l.text))) groups.push([l]);
    else groups[groups.length - 1]!.push(l);
  }
  if (groups.length <= count) return { parent, issuers: groups.length ? groups : [[]] };
  if (count === 1 && !mixed && groups.length === 2 && groups[0]!.length === 1) return { parent: groups[0]!, issuers: [groups[1]!] };
  // more groups than bodies: the name runs over several lines
  const issuers = count === 1 ? [groups.flat()] : [...groups.slice(0, count - 1), groups.slice(count - 1).flat()];
  return { parent, issuers };
}

/** The issuer's name as the text writes it ("Ủy ban nhân dân thành phố"), or its lines recased. */
function shortNameOf(lines: string[], texts: readonly string[], vocab: Vocabulary): string {
  const whole = lines.join(' ');
  const lower = whole.toLocaleLowerCase('vi');
  for (const t of texts) {
    const at = t.toLocaleLowerCase('vi').indexOf(lower);
    if (at >= 0 && lower.length > 6) return t.slice(at, at + whole.length);
  }
  return recase(whole, vocab);
}

export function recogniseMasthead(m: Parts['masthead'], docType: string, appendixIssuer: string | null, texts: readonly string[], vocab: Vocabulary, notes: ReviewNote[]): Masthead {
  const all = [...m.left, ...m.right, ...m.other];
  let number: number | null = null;
  let symbol = 'KH-UBND';
  let place = '';
  let date = '';
  const issuerLines: Line[] = [];
  for (const l of all) {
    const text = flat(l.text);
    const n = NUMBER.exec(text);
    const pd = PLACE_DATE.exec(text);
    if (!text || RULE.test(text) || NATIONAL.test(text)) continue;
    if (MOTTO.test(text)) {
      if (/[–—]/.test(text)) notes.push({ topic: 'nd30', where: null, message: msg('import.note.motto_dash') });
    } else if (n) {
      number = n[1] ? Number(n[1]) : null;
      symbol = n[2]!.toLocaleUpperCase('vi');
      if (/\d\s+\//.test(text)) notes.push({ topic: 'nd30', where: null, message: msg('import.note.number_space', { text }) });
      if (number === 0) number = null;
    } else if (pd) {
      place = flat(pd[1]!);
      date = parseDate(pd, notes);
    } else if (m.right.includes(l)) continue;
    else issuerLines.push(l);
  }
  if (!date) notes.push({ topic: 'masthead', where: 'Ngày', message: msg('import.note.no_place_date') });
  const parts = symbol.split('-').filter((p) => SYMBOL_PART.test(p));
  const joint = /LIÊN TỊCH/.test(docType) || /^KHLT-/.test(symbol);
  const count = joint ? Math.max(2, parts.length - 1) : 1;
  const { parent, issuers } = groupIssuers(issuerLines, count);
  const names = issuers.map((g) => g.map((l, k) => recase(flat(l.text), vocab, k === 0)));
  const ownSymbols = joint ? parts.slice(1) : [parts.slice(1).join('-') || 'UBND'];
  const issuersOut: IssuerInput[] = names.map((lines, k) => {
    const shortName = !joint && appendixIssuer ? appendixIssuer : shortNameOf(lines, texts, vocab);
    const issuer: IssuerInput = { name: lines.length === 1 ? lines[0]! : lines.length ? lines.slice(0, 3) : '(tên cơ quan)', shortName: shortName || '(tên cơ quan)', symbol: ownSymbols[k] ?? 'UBND' };
    if (k === 0 && parent.length) issuer.parent = recase(flat(parent.map((p) => p.text).join(' ')), vocab);
    return issuer;
  });
  if (!issuerLines.length) notes.push({ topic: 'masthead', where: 'Cơ quan ban hành', message: msg('import.note.no_issuer') });
  const expected = joint ? `KHLT-${issuersOut.map((i) => i.symbol).join('-')}` : `KH-${issuersOut[0]!.symbol}`;
  const planSymbol = symbol === expected || !/^[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*(\/[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*)?$/u.test(symbol) ? null : symbol;
  if (planSymbol === null && symbol !== expected) notes.push({ topic: 'masthead', where: 'Số', message: msg('import.note.bad_symbol', { symbol, expected }) });
  const when = date || mostFrequentYear(texts);
  return { issuers: issuersOut, number, symbol: planSymbol, place: place || '(địa danh)', date: /^\d{4}$/.test(when) ? Number(when) : when };
}

/** The year a document talks about most (when its date line gives none). */
function mostFrequentYear(texts: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const t of texts) for (const m of t.matchAll(/(?<!\d)(19[5-9]\d|20\d\d)(?!\d)/g)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || Number(b[0]) - Number(a[0]))[0]?.[0] ?? '2000';
}
