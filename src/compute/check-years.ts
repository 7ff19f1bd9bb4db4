// Stage: compute. Years written in the plan's text: "năm 20230" (seed 000 has it) is a typo no
// office wants signed. Five or more digits after "năm", or as the year of a date, is an error;
// a four-digit year far from any plan (before 1900, after 2100) is a warning.
import { diagnostic, msg, type Diagnostic } from '../diag/index.js';
import type { PlanSource } from '../plan/load.js';
import { locate } from '../plan/locate.js';
import { textStrings } from './check-references.js';

const YEAR_IN_TEXT = /(?:\b[Nn]ăm\s+|\b\d{1,2}\/(?:\d{1,2}\/)?)(\d{3,})(?![\d/])/gu;

export function checkYears(source: PlanSource): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [text, path] of textStrings(source.data)) {
    for (const m of text.matchAll(YEAR_IN_TEXT)) {
      const digits = m[1]!;
      const year = Number(digits);
      if (digits.length === 4 && year >= 1900 && year <= 2100) continue;
      const severity = digits.length >= 5 ? 'error' : 'warning';
      out.push(diagnostic('implausible_year', { year: digits, context: m[0] }, locate(source, path), { severity, hints: [msg(digits.length >= 5 ? 'year.five_digits' : 'year.out_of_range')] }));
    }
  }
  return out;
}
