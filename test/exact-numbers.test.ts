// Numbers you can sign (issue 18, and issue 11's numbers printed wrong): tables compute exactly
// from the typed text to the one rounding at print; what cannot be exact is refused at its row
// and column; numbers typed in YAML are read from their source text; counts, rates and blanks
// are held to their column; goals are decided on the exact total.
import { describe, expect, it } from 'vitest';
import { canonicalYaml } from '../src/workflow/canonical-yaml.js';
import { build, plan, rowsText } from './helpers/tables.js';
import { en, type EnDiagnostic } from './helpers/en.js';
import type { Diagnostic } from '../src/diag/index.js';

/** One appendix with the given columns and rows (YAML lines), a totals row, and the targets. */
const table = (columns: string[], rows: string[], targets = '', total = true) => `
targets:
  bao-phu: { label: Bao phủ, value: 95.5 }
${targets}
appendices:
  - id: bang
    title: Bảng
    columns:
${columns.map((c) => `      - ${c}`).join('\n')}
    rows:
${rows.map((r) => `      - ${r}`).join('\n')}
${total ? '    total: { label: Cộng }\n' : ''}`;

const NAME = '{ key: ten, header: Tên, type: text }';
const RATE = [NAME, '{ key: dan-so, header: Dân số, type: integer }', '{ key: tham-gia, header: Tham gia, type: integer }'];
const messages = (ds: (Diagnostic | EnDiagnostic)[]) => ds.map((d) => en(d));

describe('exact arithmetic', () => {
  it('18-budget-percent: 33,33 % of 10.000.005.015 đồng is 3.333.001.671,4995, so 3.333.001.671 at 0 places', async () => {
    const { table: t, diagnostics } = await build(
      plan(
        table(
          [NAME, '{ key: tong, header: Tổng (đồng), type: integer }', '{ key: trich, header: Trích, type: decimal, decimals: 4, formula: tong * ti-le / 100 }', '{ key: tron, header: Làm tròn, type: decimal, decimals: 0, formula: tong * ti-le / 100 }'],
          ['[ Huyện A, 10000005015 ]'],
          '  ti-le: { label: Tỷ lệ trích, value: 33.33 }',
        ),
      ),
    );
    expect(diagnostics).toEqual([]);
    expect(rowsText(t!)[1]).toBe('1 | Huyện A | 10.000.005.015 | 3.333.001.671,4995 | 3.333.001.671');
  });

  it('18-floor-of-a-fraction: floor(33.330.000.000,9999) is 33.330.000.000, never above the value', async () => {
    const { table: t } = await build(plan(table([NAME, '{ key: x, header: Số tiền, type: decimal, decimals: 4 }', '{ key: y, header: Phần nguyên, type: integer, formula: floor(x) }'], ['[ A, 33330000000.9999 ]'])));
    expect(rowsText(t!)[1]).toBe('1 | A | 33.330.000.000,9999 | 33.330.000.000');
  });

  it('18-total-of-big-counts: 1.000.000.000.001 + 1 totals 1.000.000.000.002', async () => {
    const { table: t } = await build(plan(table([NAME, '{ key: n, header: Số tiền, type: integer }'], ['[ A, 1000000000001 ]', '[ B, 1 ]'])));
    expect(rowsText(t!).at(-1)).toBe(' | Cộng | 1.000.000.000.002');
  });

  it('18-national-rate: 95.515.411 / 100.010.901 = 95,50499…% prints 95,50, and a typed 95,50 agrees', async () => {
    const { table: t, diagnostics } = await build(plan(table([...RATE, '{ key: ty-le, header: Tỷ lệ, type: percent, formula: tham-gia / dan-so * 100, given: true }'], ['[ Toàn quốc, 100010901, 95515411, 95.50 ]'])));
    expect(diagnostics).toEqual([]);
    expect(rowsText(t!)[1]).toBe('1 | Toàn quốc | 100.010.901 | 95.515.411 | 95,50');
  });

  it('18-just-below-half: 86,4999999999865 % rounds to 86, not 87', async () => {
    const { table: t } = await build(plan(table([...RATE, '{ key: ty-le, header: Tỷ lệ, type: percent, decimals: 0, formula: tham-gia / dan-so * 100 }'], ['[ A, 1000000000000000, 864999999999865 ]'])));
    expect(rowsText(t!)[1]).toBe('1 | A | 1.000.000.000.000.000 | 864.999.999.999.865 | 86');
  });

  it('18-repeating-decimals: 668.845.933 / 6 at 4 places is 111.474.322,1667', async () => {
    const { table: t } = await build(plan(table([NAME, '{ key: x, header: Tổng, type: integer }', '{ key: y, header: Bình quân, type: decimal, decimals: 4, formula: x / 6 }'], ['[ A, 668845933 ]'])));
    expect(rowsText(t!)[1]).toBe('1 | A | 668.845.933 | 111.474.322,1667');
  });

  it('18-round-digits: round(x, 1.5) and round(x, 400) are refused at the formula, a digits column at its row', async () => {
    const cols = (f: string) => [NAME, '{ key: x, header: X, type: decimal }', '{ key: d, header: D, type: decimal }', `{ key: y, header: Y, type: decimal, formula: "${f}" }`];
    const half = await build(plan(table(cols('round(x, 1.5)'), ['[ A, 2.35, 1 ]'])));
    expect(half.diagnostics).toMatchObject([{ code: 'formula_error', message: expect.stringContaining('round(…, d) rounds to d places, a whole number from 0 to 10; here d is 1,5') }]);
    const many = await build(plan(table(cols('round(x, 400)'), ['[ A, 2.35, 1 ]'])));
    expect(en(many.diagnostics[0]!)).toContain('here d is 400');
    const column = await build(plan(table(cols('round(x, d)'), ['[ A, 2.35, 2 ]', '[ B, 2.35, 2.5 ]'])));
    expect(messages(column.diagnostics)).toEqual(["row 2 (B), column 'y': formula 'round(x, d)': round(…, d) rounds to d places, a whole number from 0 to 10; here d is 2,5"]);
  });
});

describe('numbers typed in the plan are read from their text', () => {
  it('18-yaml-thousands: [ Thôn A, 10.000, 9.000 ] is ten thousand and nine thousand in count columns', async () => {
    const { table: t, diagnostics } = await build(plan(table([...RATE, '{ key: ty-le, header: Tỷ lệ, type: percent, formula: tham-gia / dan-so * 100 }'], ['[ Thôn A, 10.000, 9.000 ]', '[ Thôn B, 1.234.567, 1.000.000 ]'])));
    expect(diagnostics).toEqual([]);
    expect(rowsText(t!).slice(1, 3)).toEqual(['1 | Thôn A | 10.000 | 9.000 | 90,00', '2 | Thôn B | 1.234.567 | 1.000.000 | 81,00']);
  });

  it('18-yaml-ambiguous-decimal: 16.095 in a decimal column is read as 16,095 with a warning showing both readings', async () => {
    const { table: t, diagnostics } = await build(plan(table([NAME, '{ key: x, header: Diện tích (ha), type: decimal, decimals: 3 }'], ['[ A, 16.095 ]'])));
    expect(rowsText(t!)[1]).toBe('1 | A | 16,095');
    expect(diagnostics).toMatchObject([{ severity: 'warning', code: 'ambiguous_number', line: expect.any(Number), message: `row 1 (A), column 'x': "16.095" is read as 16,095, but it could also mean 16.095` }]);
  });

  it('18-target-digits: a target keeps every digit typed (12345678901234567 is not rounded to a double)', async () => {
    const file = plan(table([NAME, '{ key: x, header: X, type: integer }'], ['[ A, 1 ]'], '  lon: { label: Lớn, value: 12345678901234567, unit: đồng }'), {}, 'Tổng {lon}.');
    const { document } = await build(file);
    expect(JSON.stringify(document)).toContain('Tổng 12.345.678.901.234.567 đồng.');
  });
});

describe('fmt keeps numbers as typed', () => {
  it('18-fmt-keeps-digits: 12345678901234567, 0,12345678901234567891 and 10.000 come back digit for digit', () => {
    const text = 'appendices:\n  - id: a\n    rows:\n      - [ A, 12345678901234567, 0.12345678901234567891, 10.000, 95.50 ]\n';
    expect(canonicalYaml('plan.yaml', text)).toContain('- [ A, 12345678901234567, 0.12345678901234567891, 10.000, 95.50 ]');
  });
});

describe('what a column may hold', () => {
  const RATE_COL = '{ key: ty-le, header: Tỷ lệ, type: percent, formula: tham-gia / dan-so * 100 }';

  it('18-blank-cells: an empty number cell is an error at its row, unless the column allows blanks', async () => {
    const refused = await build(plan(table([...RATE, RATE_COL], ['[ A, 1000, null ]', '[ B, 1000, 900 ]'])));
    expect(refused.diagnostics).toMatchObject([{ code: 'cell_value', message: "row 1: column 'tham-gia': the cell is empty", line: expect.any(Number) }]);
    const allowed = await build(plan(table([RATE[0]!, RATE[1]!, '{ key: tham-gia, header: Tham gia, type: integer, allow: [blank] }', RATE_COL], ['[ A, 1000, null ]', '[ B, 1000, 900 ]'])));
    expect(allowed.diagnostics).toEqual([]);
    expect(rowsText(allowed.table!).slice(1)).toEqual(['1 | A | 1.000 |  | ', '2 | B | 1.000 | 900 | 90,00', ' | Cộng | 2.000 | 900 | 45,00']);
  });

  it('18-negative-count: dan-so - co-the = -200 is an error at its row, unless the column allows negatives', async () => {
    const col = (allow: string) => `{ key: con-lai, header: Còn lại, type: integer, formula: dan-so - tham-gia${allow} }`;
    const refused = await build(plan(table([...RATE, col('')], ['[ A, 1000, 1200 ]'])));
    expect(messages(refused.diagnostics)).toEqual(["row 1 (A): column 'con-lai': expected a whole number ≥ 0, computes to -200 (dan-so - tham-gia)"]);
    expect(refused.diagnostics[0]!.hints).toEqual(['if it may, write allow: [negative] on the column']);
    const allowed = await build(plan(table([...RATE, col(', allow: [negative]')], ['[ A, 1000, 1200 ]'])));
    expect(rowsText(allowed.table!)[1]).toBe('1 | A | 1.000 | 1.200 | -200');
  });

  it('18-rate-above-100: a computed rate above 100 is an error at its row, unless the column allows it', async () => {
    const refused = await build(plan(table([...RATE, RATE_COL], ['[ A, 1000, 1050 ]'])));
    expect(messages(refused.diagnostics)).toEqual(["row 1 (A): column 'ty-le': a rate must lie between 0 and 100, computes to 105 (tham-gia / dan-so * 100)"]);
    const allowed = await build(plan(table([...RATE, RATE_COL.replace(' }', ', allow: [over-100] }')], ['[ A, 1000, 1050 ]'])));
    expect(rowsText(allowed.table!)[1]).toBe('1 | A | 1.000 | 1.050 | 105,00');
  });
});

describe('goals', () => {
  const goal = (decimals: number) => [...RATE_COLS, `{ key: ty-le, header: Tỷ lệ, type: percent, decimals: ${decimals}, formula: tham-gia / dan-so * 100, goal: muc-tieu }`];
  const RATE_COLS = [NAME, '{ key: dan-so, header: Dân số, type: integer }', '{ key: tham-gia, header: Tham gia, type: integer }'];
  const target = (v: string) => `  muc-tieu: { label: Mục tiêu, value: ${v} }`;

  it.each([
    ['95,4999 against 95,5', 2, '1000000, 954999', '95.5', "appendix 'bang': the total of column 'ty-le' is 95,50% (exactly 95,4999%), below the goal {muc-tieu} = 95,5%"],
    ['95,495 against 95,5', 2, '200000, 190990', '95.5', "appendix 'bang': the total of column 'ty-le' is 95,50% (exactly 95,495%), below the goal {muc-tieu} = 95,5%"],
    ['95,52 against 95,505 (printed 95,5)', 1, '10000, 9552', '95.505', null],
  ])('18-goal-exact: %s is decided on the exact total', async (_, decimals, row, value, warning) => {
    const { diagnostics } = await build(plan(table(goal(decimals), [`[ A, ${row} ]`], target(value))));
    expect(messages(diagnostics)).toEqual(warning ? [warning] : []);
  });

  it('18-goal-unchecked: a goal on a column without a total, or on typed rates, is reported as not checked', async () => {
    const none = await build(plan(table(goal(2).map((c) => c.replace('goal: muc-tieu', 'goal: muc-tieu, total: none')), ['[ A, 1000, 900 ]'], target('95.5'))));
    expect(none.diagnostics).toMatchObject([{ severity: 'warning', code: 'goal_unchecked', message: "appendix 'bang': the goal {muc-tieu} of column 'ty-le' is not checked: the column has no total (total: none)" }]);
    const typed = await build(plan(table([NAME, '{ key: ty-le, header: Tỷ lệ, type: percent, goal: muc-tieu }'], ['[ A, 90 ]'], target('95.5'))));
    expect(en(typed.diagnostics[0]!)).toBe("appendix 'bang': the goal {muc-tieu} of column 'ty-le' is not checked: the column holds typed figures and has no total (give it a formula)");
  });
});

describe('numbers that cannot be printed exactly are refused at their cell (issue 11, numbers printed wrong)', () => {
  it.each([
    ['an integer of 1e21', 'integer', '1e21', `"1e21" is in scientific notation, which hides digits`],
    ['1234567890123456789', 'integer', '1234567890123456789', 'found 1.234.567.890.123.456.789: a table holds numbers of at most 18 digits before the decimal mark'],
    ['a decimal of 1.79e308', 'decimal', '1.79e308', `"1.79e308" is in scientific notation, which hides digits`],
  ])('11-numbers-printed-wrong: %s', async (_, type, value, reason) => {
    const { diagnostics } = await build(plan(table([NAME, `{ key: x, header: X, type: ${type} }`], [`[ A, ${value} ]`])));
    expect(diagnostics).toMatchObject([{ code: 'cell_value', message: `row 1: column 'x': ${reason}`, line: expect.any(Number), column: expect.any(Number) }]);
  });

  it('11-numbers-printed-wrong: a formula that overflows is an error at its row and column, not a template error', async () => {
    const f = Array.from({ length: 19 }, () => 'x').join(' * ');
    const { diagnostics } = await build(plan(table([NAME, '{ key: x, header: X, type: integer }', `{ key: y, header: Y, type: decimal, formula: ${f} }`], ['[ A, 100000000000000000 ]'])));
    expect(messages(diagnostics)).toEqual([`row 1 (A): column 'y': computes to a number of 324 digits: a table holds numbers of at most 18 digits before the decimal mark (${f})`]);
    expect(diagnostics[0]!.file).toMatch(/plan\.yaml$/);
  });

  it('11-numbers-printed-wrong: a target too large to print exactly is refused where it is typed', async () => {
    const { diagnostics } = await build(plan(table([NAME, '{ key: x, header: X, type: integer }'], ['[ A, 1 ]'], '  lon: { label: Lớn, value: 1e21, unit: đồng }')));
    expect(diagnostics).toMatchObject([{ code: 'invalid_value', path: 'targets.lon.value', message: expect.stringContaining('1.000.000.000.000.000.000.000 is more than the 18 digits') }]);
  });
});
