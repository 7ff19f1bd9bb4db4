// Figures from CSV and XLSX files are read as the office typed or Excel shows them, never
// misread in silence (issue 18), and a workbook cannot make the reader hang or run out of memory
// (issue 11: XLSX limits). Workbooks are built here, with exceljs or part by part.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MAX_XLSX_CELLS } from '../src/compute/table/read-xlsx.js';
import { MAX_XLSX_PART_BYTES } from '../src/compute/table/xlsx-workbook.js';
import { build, plan, rowsText } from './helpers/tables.js';
import { inflatingSheet, minimalXlsx, part } from './helpers/xlsx.js';
import { en, type EnDiagnostic } from './helpers/en.js';
import type { Diagnostic } from '../src/diag/index.js';

const COLUMNS = `
appendices:
  - id: thon
    title: Các thôn
    source: { file: SOURCE }
    columns:
      - { key: thon, header: Thôn, type: text }
      - { key: dan-so, header: Dân số, type: integer }
      - { key: tham-gia, header: Tham gia, type: integer }
      - { key: ty-le, header: Tỷ lệ (%), type: percent, formula: tham-gia / dan-so * 100 }
    total: { label: Cộng }
`;
const withSource = (file: string, columns = COLUMNS) => columns.replace('SOURCE', file);
const messages = (ds: (Diagnostic | EnDiagnostic)[]) => ds.map((d) => en(d));

async function workbook(fill: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet('Thôn'));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('CSV', () => {
  it('18-csv-field-count: a row with more or fewer fields than the header is an error naming file, line and fields', async () => {
    const csv = 'Thôn,Dân số,Tham gia\nThôn A,1,023,958\nThôn B,985,940,\nThôn C,985\n';
    const { diagnostics } = await build(plan(withSource('thon.csv'), { 'thon.csv': csv }));
    expect(diagnostics).toMatchObject([
      { code: 'data_file', file: expect.stringMatching(/thon\.csv$/), line: 2, hints: ['a number written with "," must be in quotes ("1,023"), or separate the fields with ";" (as Excel does in Vietnamese)'] },
      { code: 'data_file', file: expect.stringMatching(/thon\.csv$/), line: 4 },
    ]);
    expect(en(diagnostics[0]!)).toMatch(/thon\.csv: line 2: this row has 4 fields, the header row has 3: "Thôn A", "1", "023", "958"$/);
    expect(en(diagnostics[1]!)).toMatch(/thon\.csv: line 4: this row has 2 fields, the header row has 3: "Thôn C", "985"$/);
  });

  it('18-csv-number-forms: ambiguous forms warn showing both readings; English grouping and misplaced "%" are errors', async () => {
    const columns = `
appendices:
  - id: thon
    title: Các thôn
    source: { file: thon.csv }
    columns:
      - { key: thon, header: Thôn, type: text }
      - { key: dan-so, header: Dân số, type: integer }
      - { key: dien-tich, header: Diện tích (ha), type: decimal, decimals: 3 }
      - { key: ty-le, header: Tỷ lệ (%), type: percent }
`;
    const csv = 'Thôn;Dân số;Diện tích (ha);Tỷ lệ (%)\nA;1.082;16.095;95,5%\nB;5%;1,234.56;90\nC;1,234;1,5;93,65 %\n';
    const { table, diagnostics } = await build(plan(columns, { 'thon.csv': csv }));
    expect(table).toBeUndefined();
    expect(diagnostics.map((d) => [d.severity, d.line, d.column, en(d), d.hints])).toEqual([
      ['warning', 2, 3, `row 2 (A), column 'dien-tich': "16.095" is read as 16,095, but it could also mean 16.095`, ['to say which, write 16,095 or 16.095 (in YAML, text with a comma goes in quotes: "16,095")']],
      ['error', 3, 2, `row 3: column 'dan-so': "5%" has a percent sign, but the column is not a percent column`, ['type the number without "%", or give the column type: percent']],
      ['error', 3, 3, `row 3: column 'dien-tich': "1,234.56" is written the English way ("," between thousands); plans write numbers the Vietnamese way`, ['write 1.234,56 or 1234.56']],
      ['error', 4, 2, "row 4: column 'dan-so': expected a whole number ≥ 0, found 1,234", ['if it means 1.234, write 1.234 or 1234']],
    ]);
  });
});

describe('XLSX', () => {
  it('18-xlsx-percent-format: a cell shown as 93,65 % is read as 93,65 in a percent column, refused in a count column', async () => {
    const columns = withSource('thon.xlsx').replace('formula: tham-gia / dan-so * 100', 'allow: [blank]');
    const bytes = await workbook((ws) => {
      ws.addRow(['Thôn', 'Dân số', 'Tham gia', 'Tỷ lệ (%)']);
      ws.addRow(['Thôn A', 1082, 1038, 0.9365]);
      ws.getCell('D2').numFmt = '0.00%';
    });
    const { table, diagnostics } = await build(plan(columns, { 'thon.xlsx': bytes }));
    expect(diagnostics).toEqual([]);
    expect(rowsText(table!)[1]).toBe('1 | Thôn A | 1.082 | 1.038 | 93,65');
    const counted = await workbook((ws) => {
      ws.addRow(['Thôn', 'Dân số', 'Tham gia']);
      ws.addRow(['Thôn A', 1082, 0.9593]);
      ws.getCell('C2').numFmt = '0%';
    });
    const refused = await build(plan(withSource('thon.xlsx'), { 'thon.xlsx': counted }));
    expect(refused.diagnostics).toMatchObject([{ line: 2, column: 3, message: "sheet 'Thôn', row 2: column 'tham-gia': the cell shows 95,93%, but the column is not a percent column" }]);
  });

  it('18-xlsx-formula-without-value: a formula whose result was never saved is an error at its cell, saying to open and save the file', async () => {
    const bytes = await workbook((ws) => {
      ws.addRow(['Thôn', 'Dân số', 'Tham gia']);
      ws.addRow(['Thôn A', 1000, 950]);
      ws.addRow(['Thôn B', 1000, { formula: 'C2-50' } as ExcelJS.CellFormulaValue]);
    });
    const { diagnostics } = await build(plan(withSource('thon.xlsx'), { 'thon.xlsx': bytes }));
    expect(diagnostics).toMatchObject([
      {
        file: expect.stringMatching(/thon\.xlsx$/),
        line: 3,
        column: 3,
        message: "sheet 'Thôn', row 3: column 'tham-gia': cell C3 holds a formula whose result was never saved (the file was written by a program, not by Excel)",
        hints: ['open the file in Excel or LibreOffice and save it: the results of its formulas are then stored'],
      },
    ]);
  });

  it('18-xlsx-values-as-shown: numbers as Excel shows them (15 digits: 4,35*100 is 435), error values refused at their cell', async () => {
    const bytes = await workbook((ws) => {
      ws.addRow(['Thôn', 'Dân số', 'Tham gia']);
      ws.addRow(['Thôn A', 123456789012345, { formula: '4.35*100', result: 4.35 * 100 } as ExcelJS.CellFormulaValue]);
      ws.addRow(['Thôn B', 1000, { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue]);
    });
    expect(4.35 * 100).not.toBe(435); // what the file holds: 434.99999999999994
    const { diagnostics } = await build(plan(withSource('thon.xlsx'), { 'thon.xlsx': bytes }));
    expect(diagnostics).toMatchObject([{ line: 3, column: 3, message: "sheet 'Thôn', row 3: column 'tham-gia': cell C3 shows the error #DIV/0!", hints: ['correct the formula in Excel and save the file again'] }]);
    const fine = await workbook((ws) => {
      ws.addRow(['Thôn', 'Dân số', 'Tham gia']);
      ws.addRow(['Thôn A', 123456789012345, { formula: '4.35*100', result: 4.35 * 100 } as ExcelJS.CellFormulaValue]);
    });
    const { table } = await build(plan(withSource('thon.xlsx'), { 'thon.xlsx': fine }));
    expect(rowsText(table!)[1]).toBe('1 | Thôn A | 123.456.789.012.345 | 435 | 0,00');
  });
});

describe('XLSX limits (issue 11)', () => {
  it(`11-xlsx-inflating-cell: a 400 KB workbook whose one cell inflates to 400 MB is refused by name and limit (${MAX_XLSX_PART_BYTES / 2 ** 20} MB)`, async () => {
    const sheet = inflatingSheet(400);
    const honest = minimalXlsx(sheet);
    expect(honest.length).toBeLessThan(500 * 1024);
    const lying = minimalXlsx({ ...sheet, declaredSize: 1000 });
    for (const bytes of [honest, lying]) {
      const { diagnostics } = await build(plan(withSource('thon.xlsx'), { 'thon.xlsx': bytes }));
      expect(diagnostics).toMatchObject([{ code: 'data_file', message: 'thon.xlsx: xl/worksheets/sheet1.xml inflates to more than 64 MB, the most a part of a data workbook may have' }]);
    }
  });

  it(`11-xlsx-far-cell: a small workbook with a cell at XFD1048576 is refused at once, naming the cell and the limit (${MAX_XLSX_CELLS} cells)`, async () => {
    const rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>Thôn</t></is></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>';
    const bytes = minimalXlsx(part('sheet', `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`));
    expect(bytes.length).toBeLessThan(2000);
    const { diagnostics } = await build(plan(withSource('thon.xlsx'), { 'thon.xlsx': bytes }));
    expect(diagnostics).toMatchObject([
      {
        code: 'data_file',
        message: "thon.xlsx: sheet 'Thôn' has a filled cell at XFD1048576: 1 048 576 rows × 16 384 columns is more than the 2 000 000 cells a data sheet may span",
        hints: ['delete what lies beyond the table (from XFD1048576 on) and save the file again'],
      },
    ]);
  });

  it('11-xlsx-not-a-workbook: a damaged or foreign file is refused in words, never with a stack', async () => {
    for (const bytes of [new TextEncoder().encode('Thôn,Dân số\n'), minimalXlsx(part('sheet', '<worksheet><sheetData><row><c r="A1"'))]) {
      const { diagnostics } = await build(plan(withSource('thon.xlsx'), { 'thon.xlsx': bytes }));
      expect(en(diagnostics[0]!)).toMatch(/^thon\.xlsx: this is not a readable \.xlsx workbook: /);
    }
  });
});
