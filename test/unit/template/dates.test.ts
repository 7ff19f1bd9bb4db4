import { describe, expect, it } from 'vitest';
import { documentNumber, longDate, shortDate } from '../../../src/template/format/dates.js';
import { parsePlanDate } from '../../../src/plan/schema/common.js';
import { word, type Msg } from '../../../src/diag/index.js';

/** Why a date is refused, in English (parsePlanDate says it as a sentence of the catalogue). */
const dateProblem = (v: string | number): string => word(parsePlanDate(v) as Msg, 'en');

const B = '\u2007'.repeat(4);

describe('dates (ND30)', () => {
  it('pads days below 10 and months 1 and 2 only', () => {
    expect(longDate({ year: 2026, month: 2, day: 5 })).toBe('ngày 05 tháng 02 năm 2026');
    expect(longDate({ year: 2026, month: 3, day: 5 })).toBe('ngày 05 tháng 3 năm 2026');
    expect(longDate({ year: 2018, month: 11, day: 8 })).toBe('ngày 08 tháng 11 năm 2018');
    expect(shortDate({ year: 2025, month: 10, day: 3 })).toBe('03/10/2025');
    expect(shortDate({ year: 2024, month: 1, day: 4 })).toBe('04/01/2024');
    expect(shortDate({ year: 2018, month: 3, day: 30 })).toBe('30/3/2018');
  });

  it('leaves blanks for a day or month the văn thư fills by hand', () => {
    expect(longDate({ year: 2025, month: 12, day: null })).toBe(`ngày ${B} tháng 12 năm 2025`);
    expect(longDate({ year: 2024, month: null, day: null })).toBe(`ngày ${B} tháng ${B} năm 2024`);
  });

  it('writes document numbers with a leading zero below 10, or blank', () => {
    expect(documentNumber(5, 'KH-UBND')).toBe('05/KH-UBND');
    expect(documentNumber(131, 'KH-UBND')).toBe('131/KH-UBND');
    expect(documentNumber(null, 'KH-UBND')).toBe(`${B}/KH-UBND`);
  });

  it('accepts complete, month-only and year-only dates and rejects impossible ones', () => {
    expect(parsePlanDate('2026-03-05')).toEqual({ year: 2026, month: 3, day: 5 });
    expect(parsePlanDate('2026-03')).toEqual({ year: 2026, month: 3, day: null });
    expect(parsePlanDate(2026)).toEqual({ year: 2026, month: null, day: null });
    expect(dateProblem('2026-02-30')).toMatch(/no day 30/);
    expect(parsePlanDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(dateProblem('2025-02-29')).toMatch(/no day 29/);
    expect(dateProblem('20230')).toMatch(/implausible/);
    expect(dateProblem('2026-13')).toMatch(/no month 13/);
    expect(dateProblem('05/03/2026')).toBe('write 2026-03-05 (year first, then month, then day)');
    expect(dateProblem('2026-3-5x')).toMatch(/YYYY-MM-DD/);
  });
});
