// Stage: plan schema. Building blocks shared by the plan sections: text, dates, ids.
import { z } from 'zod';
import { msg, type Data, type Msg, type TextKey } from '../../diag/index.js';

/** A zod message: a key of the catalogue (worded when printed, in the language chosen). */
export const says = (key: TextKey): { error: string } => ({ error: key });

/** Extra facts a refinement gives validate.ts: a missing key to report as such, and its hint. */
export interface ProblemParams {
  missing?: string;
  hint?: TextKey;
  date?: boolean;
}

/** A problem found by a refinement: a key of the catalogue with its values. */
export function problem(ctx: z.RefinementCtx, path: PropertyKey[], key: TextKey, data?: Data, params: ProblemParams = {}): void {
  ctx.addIssue({ code: 'custom', path, message: key, params: { data, ...params } });
}

/** Non-empty text; may use **bold**, *italic* and {target} references. */
export const textSchema = z
  .string()
  .trim()
  .min(1, says('plan.text_empty'));

/** An identifier used to refer to a target or an appendix from the text. */
export const idSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, says('plan.id_form'));

export const MIN_YEAR = 1945;
export const MAX_YEAR = 2100;

/** A date, possibly partial: the văn thư fills a blank day or month by hand. */
export interface PlanDate {
  year: number;
  month: number | null;
  day: number | null;
}

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Parses "2026", "2026-03" or "2026-03-05" (also a bare YAML number 2026); or says what is wrong. */
export function parsePlanDate(value: string | number): PlanDate | Msg {
  const text = String(value).trim();
  const m = /^(\d{4,5})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(text);
  if (!m) {
    const write = yearFirst(text);
    return write ? msg('date.form_write', { write }) : msg('date.form');
  }
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (year < MIN_YEAR || year > MAX_YEAR) return msg('date.year_range', { year, min: MIN_YEAR, max: MAX_YEAR });
  if (month !== null && (month < 1 || month > 12)) return msg('date.no_month', { month });
  if (month !== null && day !== null && (day < 1 || day > daysInMonth(year, month))) return msg('date.no_day', { year, month, day });
  return { year, month, day };
}

/** A date typed day first, as in Word ("15/01/2027", "15-1-2027", "ngày 15 tháng 01 năm 2027",
 * "01/2027", "tháng 01 năm 2027", "2027/01/15"), written year first as a plan wants it; or null. */
function yearFirst(text: string): string | null {
  const two = (n: string) => n.padStart(2, '0');
  const words = /^(?:ngày\s+(\d{1,2})\s+)?tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/iu.exec(text.normalize('NFC'));
  const digits = /^(?:(\d{1,2})[/.-])?(\d{1,2})[/.-](\d{4})$/.exec(text);
  const slashed = /^(\d{4})[/.](\d{1,2})(?:[/.](\d{1,2}))?$/.exec(text);
  const m = words ?? digits ?? (slashed && [slashed[0], slashed[3], slashed[2], slashed[1]]);
  if (!m) return null;
  const [, day, month, year] = m;
  return day ? `${year}-${two(month!)}-${two(day)}` : `${year}-${two(month!)}`;
}

export const isPlanDate = (d: PlanDate | Msg): d is PlanDate => 'year' in d;

export const partialDateSchema = z
  .union([z.string(), z.number()])
  .transform((value, ctx): PlanDate => {
    const parsed = parsePlanDate(value);
    if (isPlanDate(parsed)) return parsed;
    problem(ctx, [], 'date.invalid', { value: JSON.stringify(String(value)), reason: parsed }, { date: true });
    return z.NEVER;
  });

/** A complete date (legal bases always have one). */
export const fullDateSchema = partialDateSchema.refine((d) => d.month !== null && d.day !== null, { message: 'date.complete_needed' satisfies TextKey, params: { date: true } });

export const dateStyleSchema = z
  .enum(['short', 'long'])
  .describe('Cách viết ngày: short = 03/10/2025, long = ngày 03 tháng 10 năm 2025');

/** A period of execution: from a date to a date (a month alone is fine: 2026-03). */
export const periodSchema = z
  .strictObject({
    from: partialDateSchema.describe('Ngày bắt đầu, YYYY-MM-DD (hoặc YYYY-MM)'),
    to: partialDateSchema.describe('Ngày kết thúc, YYYY-MM-DD (hoặc YYYY-MM)'),
  })
  .superRefine((p, ctx) => {
    const key = (d: PlanDate) => d.year * 10000 + (d.month ?? 0) * 100 + (d.day ?? 0);
    if (key(p.to) < key(p.from)) problem(ctx, ['to'], 'date.period_backwards', {}, { date: true });
  })
  .describe('Thời gian thực hiện kế hoạch; trong văn bản viết {period} để in "từ ngày … đến ngày …"');
export type Period = z.infer<typeof periodSchema>;
