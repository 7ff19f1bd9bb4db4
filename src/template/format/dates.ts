// Stage: template (formatting). Dates as Nghị định 30 writes them: days below 10 and months
// 1 and 2 get a leading zero; blank parts stay as spaces for the văn thư to fill by hand.
import type { PlanDate } from '../../plan/types.js';

/** A blank left for the văn thư: figure spaces (a digit's width each; they never break a line). */
const BLANK = '\u2007'.repeat(4);

export const padDay = (d: number): string => String(d).padStart(2, '0');
export const padMonth = (m: number): string => (m <= 2 ? String(m).padStart(2, '0') : String(m));

/** "ngày 05 tháng 3 năm 2026"; blanks for a missing day or month. */
export function longDate(date: PlanDate): string {
  const day = date.day === null ? BLANK : padDay(date.day);
  const month = date.month === null ? BLANK : padMonth(date.month);
  return `ngày ${day} tháng ${month} năm ${date.year}`;
}

/** "05/3/2026"; a partial date falls back to "tháng 3/2026" or "năm 2026". */
export function shortDate(date: PlanDate): string {
  if (date.month === null) return `năm ${date.year}`;
  if (date.day === null) return `tháng ${padMonth(date.month)}/${date.year}`;
  return `${padDay(date.day)}/${padMonth(date.month)}/${date.year}`;
}

/** Number and symbol: "05/KH-UBND", or blanks for the văn thư: "     /KH-UBND". `symbol` is the
 * whole symbol after the "/" (KH-UBND, KHLT-UBND-MTTQ). */
export function documentNumber(number: number | null, symbol: string): string {
  const n = number === null ? BLANK : number < 10 ? `0${number}` : String(number);
  return `${n}/${symbol}`;
}

/** ISO form for document properties: the missing parts become 01. */
export function isoDate(date: PlanDate): string {
  return `${date.year}-${String(date.month ?? 1).padStart(2, '0')}-${String(date.day ?? 1).padStart(2, '0')}`;
}
