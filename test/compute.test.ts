// Computed appendix tables: derived columns, totals from sums, checks against typed figures,
// goals, data files (CSV, XLSX) beside the plan, and the errors for each kind of mistake.
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dump } from '../src/model/dump.js';
import { buildDocument } from '../src/pipeline.js';
import { Exact } from '../src/util/exact.js';
import { formatNumber } from '../src/util/vn-number.js';
import { parseNumberText } from '../src/compute/table/parse-number.js';
import { build, plan, rowsText } from './helpers/tables.js';
import { en } from './helpers/en.js';

const VILLAGES = `
targets:
  bao-phu: { label: Bao phủ, value: 95.5 }
appendices:
  - id: chi-tieu
    title: Chỉ tiêu năm {year}
    columns:
      - { key: thon, header: Thôn, type: text }
      - { key: dan-so, header: Dân số, type: integer }
      - { key: tham-gia, header: Tham gia, type: integer }
      - { key: ty-le, header: "Tỷ lệ năm {year} (%)", type: percent, formula: tham-gia / dan-so * 100, goal: bao-phu }
      - { key: can, header: Chỉ tiêu, type: integer, formula: ceil(dan-so * bao-phu / 100) }
`;

describe('computed columns and totals', () => {
  it('derives rates and sums, and recomputes the total rate from the sums (seed 002)', async () => {
    const { table, diagnostics } = await build('plans/examples/002-trieu-son-2024.yaml');
    expect(diagnostics).toEqual([]);
    expect(rowsText(table!).at(-1)).toBe(' | Toàn thị trấn | 16.853 | 16.095 | 95,50');
    expect(rowsText(table!)[1]).toBe('1 | Tổ dân phố Dân Dân | 1.082 | 1.038 | 95,93');
    // nothing computed is typed: no rate column in the CSV, no total in the YAML
    expect(readFileSync('plans/examples/data/002-trieu-son-2024.csv', 'utf8').split('\n')[0]).not.toMatch(/tỷ lệ/i);
    expect(readFileSync('plans/examples/002-trieu-son-2024.yaml', 'utf8')).not.toMatch(/16\.?853|16\.?095|95[.,]50/);
  });

  it('takes the ratio of the totals, not the average of the row ratios', async () => {
    const { table } = await build(plan(`${VILLAGES}    rows:\n      - [A, 100, 50]\n      - [B, 900, 900]\n    total: { label: Cộng }\n`));
    expect(rowsText(table!).at(-1)).toBe(' | Cộng | 1.000 | 950 | 95,00 | 956');
  });

  it('renders grouped, repeated headers with merged cells (seed 003)', async () => {
    const { table } = await build('plans/examples/003-tuyen-quang-2018.yaml');
    const [top, bottom] = table!.children;
    expect(top!.children.map((c) => `${c.colSpan}x${c.rowSpan}`)).toEqual(['1x2', '1x2', '4x1', '4x1', '4x1']);
    expect(rowsText(table!)[0]).toBe('STT | Xã, phường | Đến hết năm 2018 | Đến hết năm 2019 | Đến hết năm 2020');
    expect(bottom!.children).toHaveLength(12);
    expect(rowsText(table!).at(-1)).toBe(' | Cộng | 102.233 | 2.043 | 104.276 | 98,0 | 107.511 | 499 | 108.010 | 99,5 | 111.672 | 0 | 111.672 | 100,0');
  });

  it('sums of a column always equal its total (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.integer({ min: 1, max: 50_000 }), fc.integer({ min: 0, max: 50_000 })), { minLength: 1, maxLength: 8 }), async (pairs) => {
        const rows = pairs.map(([pop, n], i) => `      - [T${i}, ${pop}, ${Math.min(n, pop)}]`).join('\n');
        const { table } = await build(plan(`${VILLAGES}    rows:\n${rows}\n    total: { label: Cộng }\n`));
        const pop = pairs.reduce((a, [p]) => a + p, 0);
        const ins = pairs.reduce((a, [p, n]) => a + Math.min(n, p), 0);
        const total = rowsText(table!).at(-1)!.split(' | ');
        expect(total[2]).toBe(formatNumber(pop));
        expect(total[3]).toBe(formatNumber(ins));
        expect(total[4]).toBe(formatNumber((ins / pop) * 100, 2));
      }),
      { numRuns: 15 },
    );
  });
});

describe('checks', () => {
  it('catch the six 2019 rows of seed 003 that do not add up, and its 2019 total', async () => {
    const { diagnostics } = await build('test/fixtures/plans/003-original-2019.yaml');
    expect(diagnostics.map((d) => en(d))).toEqual([
      "row 1 (Phường Phan Thiết): column 'chua-2019' is typed as 45 but computes to 50 (dan-so - tham-gia)",
      "row 2 (Phường Minh Xuân): column 'chua-2019' is typed as 58 but computes to 50 (dan-so - tham-gia)",
      "row 5 (Phường Nông Tiến): column 'chua-2019' is typed as 59 but computes to 49 (dan-so - tham-gia)",
      "row 9 (Xã An Khang): column 'chua-2019' is typed as 31 but computes to 36 (dan-so - tham-gia)",
      "row 12 (Xã Thái Long): column 'chua-2019' is typed as 31 but computes to 20 (dan-so - tham-gia)",
      "row 13 (Xã Đội Cấn): column 'chua-2019' is typed as 68 but computes to 46 (dan-so - tham-gia)",
      "the totals row: column 'chua-2019' is typed as 540 but computes to 499 (sum of the rows)",
    ]);
    expect(diagnostics[0]).toMatchObject({ severity: 'warning', code: 'given_mismatch', line: 32 });
  });

  it('report a division by zero at its row', async () => {
    const { diagnostics } = await build(plan(`${VILLAGES}    rows:\n      - [A, 100, 96]\n      - [B, 0, 0]\n`));
    expect(diagnostics.map((d) => [d.code, en(d), d.line])).toContainEqual(['division_by_zero', "row 2 (B): column 'ty-le' divides by zero (tham-gia / dan-so * 100)", 36]);
  });

  it('warn when the total falls short of the goal, naming both', async () => {
    const { table, diagnostics } = await build(plan(`${VILLAGES}    rows:\n      - [A, 1000, 940]\n    total: { label: Cộng }\n`));
    expect(table).toBeDefined();
    expect(diagnostics).toMatchObject([{ severity: 'warning', code: 'goal_not_met', message: "appendix 'chi-tieu': the total of column 'ty-le' is 94,00%, below the goal {bao-phu} = 95,5%" }]);
  });

  it.each([
    ['tham-gia / dan-s * 100', "dan-s is neither a column of this table nor a target", 'did you mean dan-so?'],
    ['dan-so-tham-gia', 'dan-so-tham-gia is neither', 'write a minus sign with spaces around it: a - b'],
    ['tham-gia / (dan-so * 100', 'expected ")" at the end', undefined],
  ])('explain formula mistakes: %s', async (formula, message, hint) => {
    const { diagnostics } = await build(plan(`${VILLAGES.replace('tham-gia / dan-so * 100', formula)}    rows:\n      - [A, 100, 96]\n`));
    expect(en(diagnostics[0]!)).toContain(message);
    if (hint) expect(diagnostics[0]!.hints).toContain(hint);
    expect(diagnostics[0]).toMatchObject({ code: 'formula_error', line: 32 });
  });

  it('refuse formulas that go round in a circle, and fractional counts', async () => {
    const circle = await build(plan(`${VILLAGES.replace('ceil(dan-so * bao-phu / 100)', 'can + 1')}    rows:\n      - [A, 100, 96]\n`));
    expect(en(circle.diagnostics[0]!)).toContain('go round in a circle: can → can');
    const fraction = await build(plan(`${VILLAGES.replace('ceil(dan-so * bao-phu / 100)', 'dan-so * bao-phu / 100')}    rows:\n      - [A, 1023, 96]\n`));
    expect(fraction.diagnostics[0]).toMatchObject({ message: "row 1 (A), column 'can': formula 'dan-so * bao-phu / 100': gives 976,965, not a whole number", hints: ['round it with ceil(…), floor(…) or round(…)'] });
  });

  it('check typed cells: whole counts, rates within 0–100, row length', async () => {
    const { diagnostics } = await build(plan(`${VILLAGES.replace('formula: tham-gia / dan-so * 100, ', '')}    rows:\n      - [A, 100.5, 96, 90]\n      - [B, 100, 96, 101]\n      - [C, 100]\n`));
    expect(diagnostics.map((d) => en(d))).toEqual([
      "row 3: this row has 2 values, the table takes 4 (thon, dan-so, tham-gia, ty-le)",
      "row 1: column 'dan-so': expected a whole number ≥ 0, found 100,5",
      "row 2: column 'ty-le': a rate must lie between 0 and 100, found 101",
      "appendix 'chi-tieu': the goal {bao-phu} of column 'ty-le' is not checked: the column holds typed figures and has no total (give it a formula)",
    ]);
  });

  it('resolve {appendix} references in the text and refuse unknown ones', async () => {
    const ok = await buildDocument(plan(`${VILLAGES}    rows:\n      - [A, 100, 96]\n`, {}, 'Xem {chi-tieu} kèm theo.'));
    expect(dump(ok.document)).toContain('Para Body "Xem Phụ lục kèm theo."');
    const bad = await build(plan(`${VILLAGES}    rows:\n      - [A, 100, 96]\n`, {}, 'Xem {chi-tieu-2} kèm theo.'));
    expect(bad.diagnostics[0]).toMatchObject({ code: 'unknown_reference', hints: ['did you mean {chi-tieu}?'] });
  });
});

describe('data files', () => {
  const SOURCE = VILLAGES.replace('    columns:', '    source: { file: data/thon.csv }\n    columns:');

  it('read CSV with a BOM, ";" separators and Vietnamese number format, matching headers', async () => {
    const csv = '\uFEFFThôn;Dân số;Tham gia;Ghi chú\nThôn A;"1.082";1.038;x\nThôn B;985;940;\n';
    const { table, diagnostics } = await build(plan(SOURCE, { 'data/thon.csv': csv }));
    expect(diagnostics).toEqual([]);
    expect(rowsText(table!).slice(1)).toEqual(['1 | Thôn A | 1.082 | 1.038 | 95,93 | 1.034', '2 | Thôn B | 985 | 940 | 95,43 | 941']);
  });

  it('name the file, line and column of a bad cell, and a missing column with a suggestion', async () => {
    const bad = await build(plan(SOURCE, { 'data/thon.csv': 'Thôn,Dân số,Tham gia\nA,100,96\nB,nhiều,5\n' }));
    expect(bad.diagnostics[0]).toMatchObject({ file: expect.stringMatching(/data\/thon\.csv$/), line: 3, column: 2, message: 'row 3: column \'dan-so\': expected a number, found "nhiều"' });
    const missing = await build(plan(SOURCE, { 'data/thon.csv': 'Thôn,Dân sô,Tham gia\nA,100,96\n' }));
    expect(en(missing.diagnostics[0]!)).toContain('no column named "Dân số"');
    expect(missing.diagnostics[0]!.hints).toEqual(['did you mean "Dân sô"? (or set from: on the column)']);
  });

  it('refuse files outside the plan folder, also through a link, and missing files', async () => {
    const outside = await build(plan(SOURCE.replace('data/thon.csv', '../thon.csv')));
    expect(en(outside.diagnostics[0]!)).toContain("must be inside the plan's folder");
    const dir = mkdtempSync(join(tmpdir(), 'kh-secret-'));
    writeFileSync(join(dir, 'x.csv'), 'Thôn,Dân số,Tham gia\n');
    const file = plan(SOURCE);
    mkdirSync(join(file, '..', 'data'));
    symlinkSync(join(dir, 'x.csv'), join(file, '..', 'data', 'thon.csv'));
    expect(en((await build(file)).diagnostics[0]!)).toContain('links outside');
    expect(en((await build(plan(SOURCE))).diagnostics[0]!)).toContain('no such file');
  });

  it('read a sheet of an XLSX workbook, formula cells by their value', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Ghi chú').addRow(['không phải dữ liệu']);
    const ws = wb.addWorksheet('Thôn');
    ws.addRow(['Thôn', 'Dân số', 'Tham gia']);
    ws.addRow(['Thôn A', 1082, 1038]);
    ws.addRow(['Thôn B', { formula: '900+85', result: 985 }, '940']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const src = VILLAGES.replace('    columns:', '    source: { file: thon.xlsx, sheet: Thôn }\n    columns:');
    const { table, diagnostics } = await build(plan(src, { 'thon.xlsx': bytes }));
    expect(diagnostics).toEqual([]);
    expect(rowsText(table!).slice(1)).toEqual(['1 | Thôn A | 1.082 | 1.038 | 95,93 | 1.034', '2 | Thôn B | 985 | 940 | 95,43 | 941']);
    const noSheet = await build(plan(src.replace('sheet: Thôn', 'sheet: Thon'), { 'thon.xlsx': bytes }));
    expect(noSheet.diagnostics[0]).toMatchObject({ message: 'thon.xlsx: there is no sheet "Thon"', hints: ['sheets: Ghi chú, Thôn'] });
  });
});

describe('numbers from data files', () => {
  const read = (text: string, type: 'integer' | 'decimal' | 'percent') => {
    const r = parseNumberText(text, type);
    return r.kind === 'number' ? r.value.toString() : r.kind;
  };

  it('read back whatever formatNumber writes, exactly (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 18n - 1n }), (n) => {
        expect(read(formatNumber(Exact.fraction(n)), 'integer')).toBe(n.toString());
      }),
    );
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 1, max: 4 }), (n, d) => {
        const v = Exact.fraction(n, 10n ** BigInt(d));
        expect(read(formatNumber(v, d), 'decimal')).toBe(v.toString());
      }),
    );
  });

  it('read integer and decimal writing styles', () => {
    expect(read('16.095', 'integer')).toBe('16095');
    expect(read('95,50', 'decimal')).toBe('95.5');
    expect(read('95.50', 'decimal')).toBe('95.5');
    expect(read('1.234,5', 'decimal')).toBe('1234.5');
    expect(read('95,5%', 'percent')).toBe('95.5');
    expect(read('', 'integer')).toBe('blank');
    expect(read('abc', 'integer')).toBe('invalid');
  });
});
