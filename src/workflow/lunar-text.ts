// Stage: workflow. The lunar calendar in a plan's text, for new-plan: names of lunar years (can
// chi) follow the year they name ("Xuân Bính Ngọ {year}" → "Xuân Đinh Mùi {year}" in next year's
// draft), and dates bound to the lunar calendar ("Đêm 16/02/{year} (Giao thừa)") are found so the
// review list can give the right day of the new year: a solar date a year on is not the same
// lunar day.
import { CAN_CHI_PATTERN, canChi, cycleOf, lunarToSolar, solarToLunar } from '../util/lunar.js';

const NAME = new RegExp(`(?<!\\p{L})(${CAN_CHI_PATTERN})(?!\\p{L})(?:(\\s+)(\\{year(?:([+-])(\\d{1,2}))?\\}|\\d{4}))?`, 'gu');

/** Words that tie a date to the lunar calendar. */
export const LUNAR_WORDS = /(âm lịch|giao thừa|tết nguyên đán|nguyên đán|mùng\s+\d|mồng\s+\d|rằm|tháng giêng|nguyên tiêu|ông công|ông táo|đoan ngọ|vu lan|trung thu|giỗ tổ|hàn thực|thanh minh)/iu;

/**
 * Can-chi names that follow the plan's year: before {year±n}, the name of the year it will
 * print; standing alone, the name of the plan's year (or the one before or after) moved on by
 * the same number of years. A name before a literal year stays (that year does not move).
 */
export function rollCanChi(text: string, from: number, to: number): { text: string; changed: [string, string][] } {
  const changed: [string, string][] = [];
  const out = text.replace(NAME, (whole, name: string, space: string | undefined, year: string | undefined, sign: string | undefined, n: string | undefined) => {
    let next: string | null = null;
    if (year?.startsWith('{')) next = canChi(to + (sign === '-' ? -1 : 1) * Number(n ?? 0));
    else if (year === undefined) {
      const cycle = cycleOf(name);
      for (const d of [0, -1, 1]) if (cycle !== null && cycle === cycleOf(canChi(from + d))) next = canChi(to + d);
    }
    if (next === null || next === name) return whole;
    changed.push([name, next]);
    return `${next}${space ?? ''}${year ?? ''}`;
  });
  return { text: out, changed };
}

export interface LunarDate {
  /** The date as the text writes it ("16/02/{year}"). */
  written: string;
  /** The day it prints this year, and its lunar date. */
  was: string;
  lunar: string;
  /** The day of the same lunar date in the new year, and what the draft prints. */
  should: string;
  prints: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const show = (d: { day: number; month: number; year: number }) => `${pad(d.day)}/${pad(d.month)}/${d.year}`;

/** Dates of a text that mentions the lunar calendar, with the day they should move to. */
export function lunarDates(text: string, from: number, to: number): LunarDate[] {
  if (!LUNAR_WORDS.test(text)) return [];
  const out: LunarDate[] = [];
  for (const m of text.matchAll(/(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4}|\{year(?:([+-])(\d{1,2}))?\})/g)) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    const placeholder = m[3]!.startsWith('{');
    const shift = placeholder ? (m[4] === '-' ? -1 : 1) * Number(m[5] ?? 0) : 0;
    const year = placeholder ? from + shift : Number(m[3]);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    const lunar = solarToLunar(day, month, year);
    const years = to - from;
    // Giao thừa is the last day of the year, 29 or 30 as the year has it: the eve of next Tết
    const tet = lunarToSolar({ day: 1, month: 1, year: lunar.year + 1, leap: false });
    const isEve = tet.day === nextDay(day, month, year).day && tet.month === nextDay(day, month, year).month && tet.year === nextDay(day, month, year).year;
    const target = isEve ? previousDay(lunarToSolar({ day: 1, month: 1, year: lunar.year + 1 + years, leap: false })) : lunarToSolar({ ...lunar, year: lunar.year + years });
    out.push({
      written: m[0],
      was: show({ day, month, year }),
      lunar: `${lunar.day}/${lunar.month}${lunar.leap ? ' nhuận' : ''} năm ${canChi(lunar.year)}${isEve ? ' (Giao thừa)' : ''}`,
      should: show(target),
      prints: placeholder ? show({ day, month, year: to + shift }) : show({ day, month, year }),
    });
  }
  return out;
}

const DAY_MS = 86_400_000;
const fromUtc = (t: number) => {
  const d = new Date(t);
  return { day: d.getUTCDate(), month: d.getUTCMonth() + 1, year: d.getUTCFullYear() };
};
const nextDay = (day: number, month: number, year: number) => fromUtc(Date.UTC(year, month - 1, day) + DAY_MS);
const previousDay = (d: { day: number; month: number; year: number }) => fromUtc(Date.UTC(d.year, d.month - 1, d.day) - DAY_MS);
