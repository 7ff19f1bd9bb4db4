// Stage: reader (recognition). Appendix labels and the text that names them: the label pattern
// the old file used ("Phụ lục số 01" → appendixLabel "Phụ lục số {01}"), and each mention of an
// appendix in the text ("theo Phụ lục số 01") turned into its {id}, so that the label and the
// mentions stay in step when appendices are added or removed. Pure.
import { msg } from '../../diag/index.js';
import { toRoman } from '../../util/vn-number.js';
import type { ReviewNote } from '../types.js';
import type { BodyInput, SectionInput } from './plan-input.js';

/** The label the tool prints for appendix `index` of `count` with `pattern` (null: the default). */
export function labelOf(index: number, count: number, pattern: string | null): string {
  if (pattern === null) return count > 1 ? `Phụ lục ${toRoman(index + 1)}` : 'Phụ lục';
  const n = index + 1;
  return pattern.replace(/\{(I|1|01)\}/, (_, f: string) => (f === 'I' ? toRoman(n) : f === '01' ? String(n).padStart(2, '0') : String(n)));
}

export function appendixLabelPattern(labels: (string | null)[], notes: ReviewNote[]): string | null {
  const first = labels.find((l): l is string => l !== null);
  if (labels.some((l) => l !== null && l !== l.replace(/^PHỤ LỤC/u, 'Phụ lục') && /^PHỤ LỤC/u.test(l)))
    notes.push({ topic: 'nd30', where: null, message: msg('import.note.appendix_caps') });
  if (!first) {
    if (labels.length > 1) notes.push({ topic: 'table', where: null, message: msg('import.note.appendix_labels') });
    return null;
  }
  const m = /^ph[uụ]\s*l[uụ]c\s*(s[oố]\s*)?(\d{1,2}|[IVXL]+)?/iu.exec(first)!;
  const word = m[1] ? 'Phụ lục số ' : 'Phụ lục ';
  if (!m[2]) return null;
  const form = /^\d/.test(m[2]) ? (m[2].length === 2 && m[2].startsWith('0') ? '{01}' : '{1}') : '{I}';
  const pattern = `${word}${form}`;
  return pattern === 'Phụ lục {I}' && labels.length > 1 ? null : pattern;
}

function link(text: string, mentions: { id: string; label: string }[]): string {
  let out = text;
  // longest labels first: "Phụ lục số 01" before "Phụ lục"
  for (const { id, label } of [...mentions].sort((a, b) => b.label.length - a.label.length)) {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(?<![\\p{L}{])${escaped}(?![\\p{L}\\p{N}}]|\\s+(?:s[oố]\\s+)?(?:\\d|[IVXL]+\\b))`, 'gu'), `{${id}}`);
  }
  return out;
}

type Texts = { intro: string | string[]; sections: SectionInput[]; closing: string };

function mapBody(entries: BodyInput[] | undefined, f: (s: string) => string): BodyInput[] | undefined {
  return entries?.map((e): BodyInput => {
    if (typeof e === 'string') return f(e);
    if ('item' in e) return { ...e, item: f(e.item), ...(e.items ? { items: e.items.map(f) } : {}), ...(e.body ? { body: mapBody(e.body, f) } : {}) };
    if ('plus' in e) return { ...e, plus: f(e.plus), ...(e.body ? { body: mapBody(e.body, f) } : {}) };
    if ('when' in e) return { when: f(e.when), task: f(e.task) };
    return e;
  });
}

function mapSection(s: SectionInput, f: (s: string) => string): void {
  for (const k of ['title', 'paragraph', 'text'] as const) if (s[k]) s[k] = f(s[k]!);
  if (s.body) s.body = mapBody(s.body, f);
  s.sections?.forEach((c) => mapSection(c, f));
}

/** Applies `f` to every text of the plan's intro, sections and closing (tables and bases aside). */
export function mapTexts(plan: Texts, f: (s: string) => string): void {
  plan.intro = Array.isArray(plan.intro) ? plan.intro.map(f) : f(plan.intro);
  plan.sections.forEach((s) => mapSection(s, f));
  plan.closing = f(plan.closing);
}

/** Mentions of the appendices in the plan's text → {id}. */
export function linkMentions(plan: Texts, mentions: { id: string; label: string }[]): void {
  mapTexts(plan, (t) => link(t, mentions));
}
