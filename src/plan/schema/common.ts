// Stage: plan schema. Building blocks shared by the plan sections: text, dates, ids.
import { z } from 'zod';

/** Non-empty text; may use **bold**, *italic* and {target} references. */
export const textSchema = z
  .string({ error: 'expected text' })
  .trim()
  .min(1, { error: 'must not be empty' });

/** An identifier used to refer to a target or an appendix from the text. */
export const idSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, { error: 'an id uses lowercase letters and digits joined by single "-", starting with a letter (e.g. dan-so-2026)' });

export const MIN_YEAR = 1945;
export const MAX_YEAR = 2100;

/** A date, possibly partial: the văn thư fills a blank day or month by hand. */
export interface PlanDate {
  year: number;
  month: number | null;
  day: number | null;
}

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Parses "2026", "2026-03" or "2026-03-05" (also a bare YAML number 2026). */
export function parsePlanDate(value: string | number): PlanDate | string {
  const text = String(value).trim();
  const m = /^(\d{4,5})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(text);
  if (!m) return 'write it as YYYY-MM-DD, YYYY-MM or YYYY';
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (year < MIN_YEAR || year > MAX_YEAR) return `year ${year} is implausible (expected ${MIN_YEAR}–${MAX_YEAR})`;
  if (month !== null && (month < 1 || month > 12)) return `there is no month ${month}`;
  if (month !== null && day !== null && (day < 1 || day > daysInMonth(year, month)))
    return `month ${month} of ${year} has no day ${day}`;
  return { year, month, day };
}

export const partialDateSchema = z
  .union([z.string(), z.number()], { error: 'expected a date such as 2026-03-05' })
  .transform((value, ctx): PlanDate => {
    const parsed = parsePlanDate(value);
    if (typeof parsed === 'string') {
      ctx.addIssue({ code: 'custom', message: `${JSON.stringify(String(value))} is not a valid date: ${parsed}`, params: { date: true } });
      return z.NEVER;
    }
    return parsed;
  });

/** A complete date (legal bases always have one). */
export const fullDateSchema = partialDateSchema.refine((d) => d.month !== null && d.day !== null, {
  message: 'a complete date is needed here (YYYY-MM-DD)',
});

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
    if (key(p.to) < key(p.from)) ctx.addIssue({ code: 'custom', path: ['to'], message: 'the period ends before it starts' });
  })
  .describe('Thời gian thực hiện kế hoạch; trong văn bản viết {period} để in "từ ngày … đến ngày …"');
export type Period = z.infer<typeof periodSchema>;
