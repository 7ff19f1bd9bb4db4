// Stage: reader (recognition). DocxTree → the plan (input form) and the review list: the parts
// found by their landmarks, each recognised by its own rules, then put together in the order of
// the plan format. Pure.
import { msg } from '../../diag/index.js';
import type { DocxTree, ReviewNote } from '../types.js';
import { recogniseAppendix } from './appendices.js';
import { recogniseRecipients, recogniseSignature, splitClosingBlocks, type RecipientsInput, type SignatureInput } from './closing.js';
import { recogniseLegalBases, type LegalBasesInput } from './legal-bases.js';
import { flat, planText, type Line } from './lines.js';
import { recogniseMasthead, type IssuerInput } from './masthead.js';
import { nd30Notes } from './nd30.js';
import { cellLines, splitParts, type Item } from './parts.js';
import type { AppendixInput, SectionInput } from './plan-input.js';
import { vocabulary } from './recase.js';
import { appendixLabelPattern, labelOf, linkMentions } from './references.js';
import { recognisePeriod } from './period.js';
import { fixYears } from './years.js';
import { recogniseSections, startsSection } from './sections.js';
import { recogniseTable } from './table.js';

export interface PlanInput {
  issuer: IssuerInput | IssuerInput[];
  number: number | null;
  symbol?: string;
  place: string;
  date: string | number;
  period?: { from: string; to: string };
  title: string | string[];
  legalBases?: LegalBasesInput;
  intro: string | string[];
  sections: SectionInput[];
  closing: string;
  signature: SignatureInput | SignatureInput[];
  recipients: RecipientsInput;
  appendixLabel?: string;
  appendices?: AppendixInput[];
}

const itemTexts = (items: Item[]): string[] => items.flatMap((i) => (i.kind === 'line' ? [i.line.text] : cellLines(i.table).map((l) => l.text)));

export function recognisePlan(tree: DocxTree): { plan: PlanInput; notes: ReviewNote[] } {
  const notes: ReviewNote[] = [...tree.notes];
  const parts = splitParts(tree.blocks);
  const texts = [...itemTexts(parts.body), ...(parts.closing ? [parts.closing.text] : []), ...parts.appendices.flatMap(itemTexts)];
  const vocab = vocabulary(texts);
  const table = (t: Parameters<typeof recogniseTable>[0], title: string | null, where: string, name?: string) => {
    const r = recogniseTable(t, title, where, name);
    if (r) notes.push(...r.notes);
    return r?.table ?? null;
  };
  const appendices = parts.appendices.map((items, k) => recogniseAppendix(items, k, { vocab, notes, table, count: parts.appendices.length }));
  const ref = appendices.find((a) => a.ref)?.ref ?? null;
  const masthead = recogniseMasthead(parts.masthead, parts.docType, ref?.issuer ?? null, texts, vocab, notes);
  if (ref && ref.number !== null && ref.number !== masthead.number)
    notes.push({ topic: 'masthead', where: 'Số', message: msg('import.note.appendix_number', { cited: ref.number, number: masthead.number ?? '' }) });

  const start = parts.body.findIndex((i) => i.kind === 'line' && startsSection(i.line));
  const front = (start < 0 ? [] : parts.body.slice(0, start)).flatMap((i): Line[] => (i.kind === 'line' ? [i.line] : []));
  if (start > 0 && parts.body.slice(0, start).some((i) => i.kind !== 'line')) notes.push({ topic: 'structure', where: null, message: msg('import.note.table_before_sections') });
  const { legalBases, intro } = recogniseLegalBases(front, notes);
  let sections = start < 0 ? [] : recogniseSections(parts.body.slice(start), { vocab, notes, table, prefix: '' });
  if (sections.length === 0) {
    notes.push({ topic: 'structure', where: null, message: msg('import.note.no_sections') });
    sections = [{ title: 'Nội dung', numbered: false, body: parts.body.flatMap((i) => (i.kind === 'line' ? [planText(i.line)] : [])) }];
  }
  if (intro.length === 0) notes.push({ topic: 'structure', where: 'Mở đầu', message: msg('import.note.no_intro') });

  const closingText = parts.closing ? planText(parts.closing) : '';
  if (parts.closing && !/\.\/\.\s*$/.test(flat(parts.closing.text))) notes.push({ topic: 'nd30', where: null, message: msg('import.note.closing_stop') });
  const closing = closingText.replace(/\s*\.\/\.\s*$/, '.').replace(/\.\.$/, '.') || '(đoạn kết)';
  const blocks = splitClosingBlocks(parts.closingBlocks);
  const recipients = recogniseRecipients(blocks.recipients, notes);
  const issuers = masthead.issuers;
  let signatures = blocks.signatures.map((s) => recogniseSignature(s, vocab, notes)).filter((s): s is SignatureInput => s !== null);
  if (signatures.length === 0) {
    notes.push({ topic: 'signature', where: 'Người ký', message: msg('import.note.no_signature') });
    signatures = [{ title: '(chức vụ)', name: '(họ và tên)' }];
  }
  if (signatures.length !== issuers.length) {
    notes.push({ topic: 'signature', where: 'Người ký', message: msg('import.note.signature_count', { issuers: issuers.length, signatures: signatures.length }) });
    while (signatures.length < issuers.length) signatures.push({ ...signatures[0]! });
    signatures = signatures.slice(0, issuers.length);
  }

  const plan: PlanInput = {
    issuer: issuers.length === 1 ? issuers[0]! : issuers,
    number: masthead.number,
    ...(masthead.symbol ? { symbol: masthead.symbol } : {}),
    place: masthead.place,
    date: masthead.date,
    period: undefined, // found in the text below; the key keeps its place in the schema's order
    title: parts.title.length === 1 ? flat(parts.title[0]!.text) : parts.title.length ? parts.title.map((l) => flat(l.text)) : '(trích yếu)',
    ...(legalBases.items.length ? { legalBases } : {}),
    intro: intro.length ? intro : ['(đoạn mở đầu)'],
    sections,
    closing,
    signature: signatures.length === 1 ? signatures[0]! : signatures,
    recipients,
  };
  if (!parts.title.length) notes.push({ topic: 'masthead', where: 'Trích yếu', message: msg('import.note.no_title') });
  if (appendices.length) {
    const pattern = appendixLabelPattern(appendices.map((a) => a.label), notes);
    if (pattern) plan.appendixLabel = pattern;
    plan.appendices = appendices.map((a) => a.appendix);
    linkMentions(plan, appendices.map((a, k) => ({ id: a.appendix.id, label: labelOf(k, appendices.length, pattern) })));
  }
  const period = recognisePeriod(plan, notes);
  if (period) plan.period = period;
  fixYears(plan, texts, notes);
  notes.push(...guessNotes(plan, parts.body.flatMap((i) => (i.kind === 'line' ? [i.line.text] : []))), ...nd30Notes(tree));
  return { plan, notes };
}

/** Notes on what the importer chose where the Word file cannot say. */
function guessNotes(plan: PlanInput, running: readonly string[]): ReviewNote[] {
  const out: ReviewNote[] = [];
  // figures in running text: rates, and counts with their unit ("26 thôn", "4 cuộc"); not years, dates
  // ("trước ngày 25 hằng tháng") or document numbers
  const figures = [...running.join(' ').matchAll(/(?<![\p{L}\d/.,-])(?<!ngày\s)(\d{1,3}(?:\.\d{3})*(?:,\d+)?)(?:\s?%|\s(?!tháng|năm|ngày|hằng|hàng)\p{Ll}+)(?![\d/])/gu)]
    .map((m) => m[0])
    .filter((f) => !/^(19|20)\d\d\b/.test(f));
  if (figures.length)
    out.push({ topic: 'targets', where: null, message: msg('import.note.figures_in_text', { figures: [...new Set(figures)].slice(0, 4).join('; ') }) });
  for (const a of plan.appendices ?? []) out.push({ topic: 'table', where: `Phụ lục ${a.id}`, message: msg('import.note.appendix_id', { id: a.id, title: a.title.slice(0, 50) }) });
  const lines = plan.recipients.to;
  const loose = lines.some((r, k) => k > 0 && typeof r === 'object' && 'purpose' in r && r.purpose && !Array.isArray(r.to) && typeof lines[k - 1] === 'string');
  if (loose)
    out.push({ topic: 'recipient', where: 'Nơi nhận', message: msg('import.note.recipient_purpose') });
  return out;
}
