// Stage: reader (recognition). A year typed with five digits ("năm 20230", seed 000): `check`
// refuses it, so the importer puts the year the document most likely means (one digit fewer,
// the one the document names elsewhere) and says so in the review list. Pure.
import { msg } from '../../diag/index.js';
import type { ReviewNote } from '../types.js';
import { mapTexts } from './references.js';
import type { SectionInput } from './plan-input.js';

const YEAR_IN_TEXT = /(\b[Nn]ăm\s+|\b\d{1,2}\/(?:\d{1,2}\/)?)(\d{5,})(?![\d/])/gu;

/** The four-digit years one deleted digit away from `typed`, the document's most named first. */
export function yearGuesses(typed: string, texts: readonly string[]): string[] {
  const named = new Map<string, number>();
  for (const t of texts) for (const m of t.matchAll(/(?<!\d)(19\d\d|20\d\d)(?!\d)/g)) named.set(m[1]!, (named.get(m[1]!) ?? 0) + 1);
  const candidates = new Set([...Array(typed.length).keys()].map((i) => typed.slice(0, i) + typed.slice(i + 1)).filter((y) => y.length === 4 && Number(y) >= 1900 && Number(y) <= 2100));
  return [...candidates].sort((a, b) => (named.get(b) ?? 0) - (named.get(a) ?? 0));
}

export function fixYears(plan: { intro: string | string[]; sections: SectionInput[]; closing: string; title: string | string[] }, texts: readonly string[], notes: ReviewNote[]): void {
  const fix = (t: string) =>
    t.replace(YEAR_IN_TEXT, (whole, before: string, typed: string) => {
      const guess = yearGuesses(typed, texts)[0];
      if (!guess) return whole;
      notes.push({ topic: 'text', where: null, message: msg('import.note.year_typo', { typed: `${before}${typed}`, fixed: `${before}${guess}` }) });
      return `${before}${guess}`;
    });
  mapTexts(plan, fix);
  plan.title = Array.isArray(plan.title) ? plan.title.map(fix) : fix(plan.title);
}
