// Stage: template. The formal parts of a plan for the templates: issuers (one, or several for a
// joint plan), legal bases with their verbs and separators, signatures and recipients (Nơi nhận)
// as the lines they print.
import type { Issuer, LegalBases, Plan, Recipient, RecipientLine, Signature } from '../plan/types.js';

type Text = (s: string) => string;
type Opt = (s: string | null) => string | null;

export function issuersContext(issuers: readonly Issuer[], text: Text, opt: Opt) {
  return issuers.map((i) => ({ parent: opt(i.parent), name: i.name.map(text), shortName: text(i.shortName), symbol: i.symbol }));
}

/** "KH-UBND"; a joint plan "KHLT-UBND-MTTQ"; or the plan's own symbol. */
export const documentSymbol = (plan: Plan): string => plan.symbol ?? (plan.issuer.length > 1 ? `KHLT-${plan.issuer.map((i) => i.symbol).join('-')}` : `KH-${plan.issuer[0]!.symbol}`);

/** "Ủy ban nhân dân xã A", or "Ủy ban nhân dân xã A và Hội Nông dân xã A". */
export const issuersPhrase = (names: readonly string[]): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} và ${names[names.length - 1]}`;

/**
 * The legal bases as the paragraphs they print: one per basis (separate), all in one (combined),
 * or bases joined with the next one (joinNext). Each basis carries the verb printed before it
 * ('' where its paragraph goes on with the same verb) and the punctuation after it: its separator
 * (";" by default, or ","), "." after the last, or "," when the first intro paragraph follows in
 * the same paragraph (leadIn).
 */
export function legalBasesContext(bases: LegalBases, introFirst: string | null, text: Text, opt: Opt) {
  const paragraphs: { items: ReturnType<typeof basis>[] }[] = [];
  let previousVerb = '';
  let joined = false;
  const basis = (b: LegalBases['items'][number], k: number) => {
    const last = k === bases.items.length - 1;
    const verb = text((typeof b === 'string' ? null : b.verb) ?? bases.verb);
    const printedVerb = joined && verb === previousVerb ? '' : verb;
    previousVerb = verb;
    const end = last ? (bases.leadIn && introFirst !== null ? ',' : '.') : ((typeof b === 'string' ? null : b.separator) ?? ';');
    const common = { verb: printedVerb, end, leadIn: last && bases.leadIn && introFirst !== null ? introFirst : '' };
    if (typeof b === 'string') return { ...common, isText: true, text: text(b), kind: '', name: null, number: null, date: null, dateStyle: bases.dateStyle, issuer: null, subject: null };
    return {
      ...common,
      isText: false,
      text: '',
      kind: text(b.kind),
      name: opt(b.name),
      number: opt(b.number),
      date: b.date,
      dateStyle: b.dateStyle ?? bases.dateStyle,
      issuer: opt(b.issuer),
      subject: opt(b.subject),
    };
  };
  bases.items.forEach((b, k) => {
    const item = basis(b, k);
    if (joined) paragraphs[paragraphs.length - 1]!.items.push(item);
    else paragraphs.push({ items: [item] });
    joined = bases.layout === 'combined' || (typeof b === 'object' && b.joinNext);
  });
  return { paragraphs };
}

export function signatureContext(s: Signature, text: Text, opt: Opt) {
  return { onBehalfOf: opt(s.onBehalfOf), authority: s.authority, authorityTitle: opt(s.authorityTitle), title: opt(s.title), name: text(s.name) };
}

export interface RecipientLineContext {
  /** The whole line as printed: "- Sở Y tế (để t/h);", "+ CVP, các PCVP;", "- Lưu: VT, VHXH." */
  line: string;
  /** Lines drawn with one brace and their purpose beside it, or null. */
  brace: { lines: string[]; purpose: string } | null;
}

const archiveLine = (marker: string, units: readonly string[], text: Text): string => `${marker} Lưu: ${units.map(text).join(', ')}.`;

/** The lines of one recipient entry ("-" at the top, "+" inside a named group). */
function lines(r: RecipientLine, marker: string, text: Text): RecipientLineContext[] {
  if (typeof r === 'string') return [{ line: `${marker} ${text(r)};`, brace: null }];
  if (r.brace && r.purpose !== null) return [{ line: '', brace: { lines: r.to.map((t) => `${marker} ${text(t)};`), purpose: `(${text(r.purpose)})` } }];
  const purpose = r.purpose === null ? '' : ` (${text(r.purpose)})`;
  return r.to.map((t, k) => ({ line: `${marker} ${text(t)}${k === r.to.length - 1 ? purpose : ''};`, brace: null }));
}

/** The Nơi nhận lines, in order; the "Lưu" line last, or inside the group that carries it. */
export function recipientsContext(recipients: Plan['recipients'], text: Text): RecipientLineContext[] {
  const out: RecipientLineContext[] = [];
  const plain = (line: string) => ({ line, brace: null });
  let archived = false;
  for (const r of recipients.to as Recipient[]) {
    if (typeof r === 'object' && 'group' in r) {
      out.push(plain(`- ${text(r.group)}:`));
      for (const x of r.to) out.push(...lines(x, '+', text));
      if (r.archive) {
        out.push(plain(archiveLine('+', r.archive, text)));
        archived = true;
      }
    } else out.push(...lines(r, '-', text));
  }
  if (!archived) out.push(plain(archiveLine('-', recipients.archive ?? ['VT'], text)));
  return out;
}
