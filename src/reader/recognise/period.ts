// Stage: reader (recognition). The period of execution written out in the text ("từ ngày
// 01/4/2025 đến ngày 31/12/2025", as the tool prints {period}) → the plan's `period`, and the
// text's {period}: new-plan then moves it to next year with everything else. Pure.
import { msg } from '../../diag/index.js';
import { shortDate } from '../../template/format/dates.js';
import type { ReviewNote } from '../types.js';
import { mapTexts } from './references.js';
import type { SectionInput } from './plan-input.js';

const DAYS = /từ ngày (\d{1,2})\/(\d{1,2})\/(\d{4}) đến ngày (\d{1,2})\/(\d{1,2})\/(\d{4})/u;
const MONTHS = /từ tháng (\d{1,2})\/(\d{4}) đến tháng (\d{1,2})\/(\d{4})/u;

const iso = (y: number, m: number, d: number | null) => `${y}-${String(m).padStart(2, '0')}${d === null ? '' : `-${String(d).padStart(2, '0')}`}`;
const valid = (y: number, m: number, d: number | null) => m >= 1 && m <= 12 && y >= 1945 && y <= 2100 && (d === null || (d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate()));

type Found = { text: string; from: string; to: string };

function find(text: string): Found | null {
  const d = DAYS.exec(text);
  if (d) {
    const [a, b, c, e, f, g] = d.slice(1).map(Number) as [number, number, number, number, number, number];
    const printed = `từ ngày ${shortDate({ year: c, month: b, day: a })} đến ngày ${shortDate({ year: g, month: f, day: e })}`;
    if (valid(c, b, a) && valid(g, f, e) && printed === d[0] && iso(c, b, a) <= iso(g, f, e)) return { text: d[0], from: iso(c, b, a), to: iso(g, f, e) };
  }
  const m = MONTHS.exec(text);
  if (m) {
    const [b, c, f, g] = m.slice(1).map(Number) as [number, number, number, number];
    const printed = `từ ${shortDate({ year: c, month: b, day: null })} đến ${shortDate({ year: g, month: f, day: null })}`;
    if (valid(c, b, null) && valid(g, f, null) && printed === m[0] && iso(c, b, null) <= iso(g, f, null)) return { text: m[0], from: iso(c, b, null), to: iso(g, f, null) };
  }
  return null;
}

/** Finds the first period written out; every mention of the same period becomes {period}. */
export function recognisePeriod(plan: { intro: string | string[]; sections: SectionInput[]; closing: string }, notes: ReviewNote[]): { from: string; to: string } | null {
  let found: Found | null = null;
  mapTexts(plan, (t) => {
    found ??= find(t);
    return t;
  });
  if (!found) return null;
  const { text, from, to } = found as Found;
  let count = 0;
  mapTexts(plan, (t) => t.split(text).join('{period}').replace(/\{period\}/g, (x) => (count++, x)));
  notes.push({ topic: 'text', where: null, message: msg('import.note.period', { text, count }) });
  return { from, to };
}
