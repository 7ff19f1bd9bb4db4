// Stage: plan. Plan → diagnostics for the labels people paste from last year's Word file and the
// tool prints by itself: "I." before a section's title, "KH-" before the issuer's symbol, "Phụ lục"
// before an appendix's title, "Kế hoạch" before the plan's title. Typed, they print twice
// ("I. I. MỤC ĐÍCH…", "/KH-KH-UBND"); each is said at its line with the line to write instead.
import { diagnostic, type Diagnostic } from '../diag/index.js';
import { toRoman, VIETNAMESE_LETTERS } from '../util/vn-number.js';
import { fieldAt } from './field-words.js';
import type { PlanSource } from './load.js';
import { locate } from './locate.js';
import type { Plan } from './schema/plan-schema.js';
import type { Section } from './schema/sections.js';

/** A number typed before a heading: "I.", "2.", "1.1.", "a)" (then at least one space). */
const TYPED_NUMBER = /^((?:[IVXLC]+|\d{1,2}(?:\.\d{1,2})*)\.|[a-zđ]\))\s+(?=\S)/u;

/** The number the tool prints before a numbered section at this depth (1-based), given its counters. */
function printedNumber(depth: number, counters: readonly number[]): string {
  const [c1 = 0, c2 = 0, c3 = 0, c4 = 0] = counters;
  if (depth === 1) return `${toRoman(c1)}.`;
  if (depth === 2) return `${c2}.`;
  if (depth === 3) return `${c2}.${c3}.`;
  return `${VIETNAMESE_LETTERS[c4 - 1] ?? c4})`;
}

function sectionLabels(source: PlanSource, sections: readonly Section[], path: PropertyKey[], depth: number, counters: number[], out: Diagnostic[]): void {
  sections.forEach((s, i) => {
    if (s.numbered) counters[depth - 1] = (counters[depth - 1] ?? 0) + 1;
    counters.fill(0, depth);
    const here = [...path, i];
    for (const key of ['title', 'paragraph'] as const) {
      const text = s[key];
      const typed = text === null || !s.numbered ? null : TYPED_NUMBER.exec(text);
      if (!typed) continue;
      const rest = text!.slice(typed[0].length);
      const printed = `${printedNumber(depth, counters)} ${typed[1]} ${rest}`;
      out.push(typedLabel(source, [...here, key], { typed: typed[1]!, printed: cut(printed), write: rest }));
    }
    sectionLabels(source, s.sections, [...here, 'sections'], depth + 1, counters, out);
  });
}

/** Was this field of the plan written as a list (its path then goes through [0])? */
const listed = (source: PlanSource, key: string): boolean => Array.isArray((source.data as Record<string, unknown> | null)?.[key]);

const cut = (s: string): string => (s.length > 60 ? `${s.slice(0, 60)}…` : s);

function typedLabel(source: PlanSource, path: PropertyKey[], data: { typed: string; printed: string; write: string }): Diagnostic {
  return diagnostic('typed_label', { ...fieldAt(path), ...data, write: JSON.stringify(data.write) }, locate(source, path));
}

export function checkLabels(plan: Plan, source: PlanSource): Diagnostic[] {
  const out: Diagnostic[] = [];
  sectionLabels(source, plan.sections, ['sections'], 1, [0, 0, 0, 0], out);
  plan.appendices.forEach((a, i) => sectionLabels(source, a.sections, ['appendices', i, 'sections'], 1, [0, 0, 0, 0], out));
  if (plan.symbol === null)
    plan.issuer.forEach((issuer, i) => {
      const typed = /^(KHLT|KH)-(?=.)/.exec(issuer.symbol);
      const many = plan.issuer.length > 1;
      if (!typed) return;
      const path = listed(source, 'issuer') ? ['issuer', i, 'symbol'] : ['issuer', 'symbol'];
      const rest = issuer.symbol.slice(typed[0].length);
      out.push(typedLabel(source, path, { typed: typed[0], printed: `…/${many ? 'KHLT' : 'KH'}-${issuer.symbol}`, write: rest }));
    });
  const title = plan.title[0] ?? '';
  const kh = /^kế hoạch\s+(?=\S)/iu.exec(title.normalize('NFC'));
  const rest = title.slice(kh?.[0].length ?? 0);
  if (kh) out.push(typedLabel(source, listed(source, 'title') ? ['title', 0] : ['title'], { typed: kh[0].trim(), printed: `KẾ HOẠCH / ${cut(title)}`, write: rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1) }));
  plan.appendices.forEach((a, i) => {
    const pl = /^phụ lục(?:\s+(?:số\s+)?[IVXLC\d]+)?\s*[:.–-]?\s+(?=\S)/iu.exec(a.title.normalize('NFC'));
    if (pl) out.push(typedLabel(source, ['appendices', i, 'title'], { typed: pl[0].trim(), printed: `Phụ lục … / ${cut(a.title)}`, write: a.title.slice(pl[0].length) }));
  });
  return out;
}
