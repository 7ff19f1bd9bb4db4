// Spreadsheets as offices have them (issue 12): a title row above the header, two-row headers
// with merged cells, a total row left at the bottom, and CSV files in the encodings Excel writes
// on Vietnamese Windows. Workbooks are made with exceljs (merged cells as Excel stores them),
// CSV bytes as Excel saves "CSV (Comma delimited)" (Windows-1258) and "Unicode Text" (UTF-16).
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { messageOf, type Diagnostic } from '../src/diag/index.js';
import { build, plan, rowsText } from './helpers/tables.js';

const vi = (ds: Diagnostic[]) => ds.map((d) => `${d.line}:${d.column} ${messageOf(d, 'vi')}`);

const SIMPLE = (file: string) => `
appendices:
  - id: thon
    title: Các thôn
    source: { file: ${file} }
    columns:
      - { key: thon, header: Thôn, type: text }
      - { key: dan-so, header: Dân số, type: integer }
      - { key: tham-gia, header: Tham gia, type: integer }
    total: { label: Cộng }
`;

async function xlsx(fill: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet('Tổng hợp'));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('12-title-rows: title rows above the header', () => {
  it('finds the header below "BẢNG TỔNG HỢP …" and a blank row (XLSX, merged title)', async () => {
    const bytes = await xlsx((ws) => {
      ws.addRow(['BẢNG TỔNG HỢP DÂN SỐ THAM GIA BẢO HIỂM Y TẾ NĂM 2026']);
      ws.mergeCells('A1:C1');
      ws.addRow([]);
      ws.addRow(['Thôn', 'Dân số', 'Tham gia']);
      ws.addRow(['Thôn Đông', 1200, 1100]);
      ws.addRow(['Thôn Tây', 800, 790]);
    });
    const { table, diagnostics } = await build(plan(SIMPLE('thon.xlsx'), { 'thon.xlsx': bytes }));
    expect(diagnostics).toEqual([]);
    expect(rowsText(table!).slice(1)).toEqual(['1 | Thôn Đông | 1.200 | 1.100', '2 | Thôn Tây | 800 | 790', ' | Cộng | 2.000 | 1.890']);
  });

  it('CSV with a title line: rows keep their own line numbers in messages', async () => {
    const csv = 'BẢNG TỔNG HỢP,,\nThôn,Dân số,Tham gia\nThôn Đông,1200,1100\nThôn Tây,8OO,790\n';
    const { raw } = await build(plan(SIMPLE('thon.csv'), { 'thon.csv': csv }));
    expect(vi(raw)).toEqual(['4:2 dòng 4: cột \'dan-so\': cần một con số, nhưng ở đây là "8OO"']);
  });
});

describe('12-two-row-header: merged group cells over two header rows', () => {
  const GROUPED = `
appendices:
  - id: vung
    title: Dân cư trong vùng nguy hiểm
    source: { file: vung.xlsx }
    columns:
      - { key: xa, header: Xã, type: text }
      - { key: ho-lu, header: Số hộ, from: Vùng lũ quét Số hộ, type: integer }
      - { key: nguoi-lu, header: Số người, from: Vùng lũ quét Số người, type: integer }
      - { key: ho-sat, header: Số hộ, from: Vùng sạt lở Số hộ, type: integer }
      - { key: nguoi-sat, header: Số người, from: Vùng sạt lở Số người, type: integer }
    total: { label: Toàn huyện }
`;
  it('maps each column by the upper and lower header texts', async () => {
    const bytes = await xlsx((ws) => {
      ws.addRow(['Xã', 'Vùng lũ quét', null, 'Vùng sạt lở', null]);
      ws.addRow([null, 'Số hộ', 'Số người', 'Số hộ', 'Số người']);
      ws.mergeCells('A1:A2');
      ws.mergeCells('B1:C1');
      ws.mergeCells('D1:E1');
      ws.addRow(['Xã Thọ Bình', 120, 480, 35, 140]);
      ws.addRow(['Xã Bình Sơn', 60, 250, 12, 41]);
    });
    const { table, diagnostics } = await build(plan(GROUPED, { 'vung.xlsx': bytes }));
    expect(diagnostics).toEqual([]);
    expect(rowsText(table!).slice(-3)).toEqual(['1 | Xã Thọ Bình | 120 | 480 | 35 | 140', '2 | Xã Bình Sơn | 60 | 250 | 12 | 41', ' | Toàn huyện | 180 | 730 | 47 | 181']);
  });

  it('a lower text alone is enough when it is unique', async () => {
    const bytes = await xlsx((ws) => {
      ws.addRow(['Thôn', 'Dân số', null]);
      ws.addRow([null, 'Tổng số', 'Tham gia']);
      ws.mergeCells('A1:A2');
      ws.mergeCells('B1:C1');
      ws.addRow(['Thôn Đông', 1200, 1100]);
    });
    const cols = SIMPLE('thon.xlsx').replace('header: Dân số, type', 'header: Dân số, from: Tổng số, type');
    const { table, diagnostics } = await build(plan(cols, { 'thon.xlsx': bytes }));
    expect(diagnostics).toEqual([]);
    expect(rowsText(table!)[1]).toBe('1 | Thôn Đông | 1.200 | 1.100');
  });
});

describe('12-total-row: a total row left at the bottom', () => {
  for (const label of ['Tổng cộng', 'Cộng', 'Toàn huyện', 'TỔNG CỘNG:']) {
    it(`"${label}" is not one more commune: the totals are not doubled`, async () => {
      const csv = `Thôn,Dân số,Tham gia\nThôn Đông,1200,1100\nThôn Tây,800,790\n${label},2000,1890\n`;
      const { table, diagnostics } = await build(plan(SIMPLE('thon.csv'), { 'thon.csv': csv }));
      expect(diagnostics).toEqual([]);
      expect(rowsText(table!).slice(1)).toEqual(['1 | Thôn Đông | 1.200 | 1.100', '2 | Thôn Tây | 800 | 790', ' | Cộng | 2.000 | 1.890']);
    });
  }

  it('a total that does not match the rows is an error at its cell', async () => {
    const csv = 'Thôn,Dân số,Tham gia\nThôn Đông,1200,1100\nThôn Tây,800,790\nTổng cộng,2100,1890\n';
    const { raw } = await build(plan(SIMPLE('thon.csv'), { 'thon.csv': csv }));
    expect(vi(raw)).toEqual(["4:2 dòng tổng cộng của tệp (dòng 4): cột 'dan-so' ghi 2.100 nhưng tính ra 2.000 (tổng các dòng)"]);
  });

  it('a commune whose name starts like a total ("Cộng Hòa") stays a row, even the last one', async () => {
    const csv = 'Thôn,Dân số,Tham gia\nThôn Tây,800,790\nCộng Hòa,1200,1100\n';
    const { table } = await build(plan(SIMPLE('thon.csv'), { 'thon.csv': csv }));
    expect(rowsText(table!)[2]).toBe('2 | Cộng Hòa | 1.200 | 1.100');
  });
});

describe('12-total-row-typed: a total row pasted into rows: of the plan', () => {
  const TYPED = (last: string, total = '    total: { label: Cộng }\n') => `
appendices:
  - id: thon
    title: Các thôn
    columns:
      - { key: thon, header: Thôn, type: text }
      - { key: dan-so, header: Dân số, type: integer }
      - { key: tham-gia, header: Tham gia, type: integer }
    rows:
      - [Thôn Đông, 1200, 1100]
      - [Thôn Tây, 800, 790]
      - ${last}
${total}`;

  it('figures that are the sums of the rows above: an error, the plan is not built', async () => {
    const { raw, diagnostics } = await build(plan(TYPED('[Tổng cộng, 2000, 1890]', '')));
    expect(diagnostics.map((d) => d.severity)).toEqual(['error']);
    expect(vi(raw)[0]).toMatch(/dòng 3: 'Tổng cộng' là dòng tổng cộng gõ tay \(các số bằng tổng các dòng trên\); nếu tính như một dòng thì tổng sẽ gấp đôi$/);
    expect(messageOf({ ...raw[0]!, hints: [] }, 'vi')).not.toContain('trông như');
  });

  it('the table prints its own total: the typed one is an error even when its figures differ', async () => {
    const { diagnostics } = await build(plan(TYPED('[Toàn xã, 2100, 1890]')));
    expect(diagnostics.map((d) => [d.severity, d.message])).toEqual([['error', "row 3: 'Toàn xã' is a total row typed by hand; counted as a row it would double the totals"]]);
  });

  it('no total of its own and figures that are not the sums ("Toàn huyện" compared with the communes): a warning, the row stays', async () => {
    const { table, diagnostics } = await build(plan(TYPED('[Toàn huyện, 52000, 49100]', '')));
    expect(diagnostics.map((d) => d.severity)).toEqual(['warning']);
    expect(diagnostics[0]!.message).toContain('looks like a total row');
    expect(rowsText(table!)[3]).toBe('3 | Toàn huyện | 52.000 | 49.100');
  });

  it('a figure typed with a word ("38 trẻ") or a row of the wrong length: one error each, as typed, and none about the totals they leave unknown', async () => {
    const rate = `
appendices:
  - id: thon
    title: Các thôn
    columns:
      - { key: thon, header: Thôn, type: text }
      - { key: tre, header: Số trẻ, type: integer }
      - { key: du, header: Tiêm đủ, type: integer }
      - { key: tl, header: Tỷ lệ, type: percent, formula: du / tre * 100 }
    rows:
      - [Tổ 1, 45, 44]
      - [Tổ 2, 38 trẻ, 37]
      - [Tổ 3, 1,234.5, 3]
    total: { label: Cộng }
`;
    const { raw } = await build(plan(rate));
    expect(vi(raw).map((m) => m.replace(/^\d+:\d+ /, '')).sort()).toEqual([
      "dòng 2: cột 'tre': cần một con số, nhưng ở đây là \"38 trẻ\"",
      'dòng 3: dòng này có 4 giá trị, bảng cần 3 (thon, tre, du)',
    ]);
  });

  it('a commune named like a total word ("Cộng Hòa") is a row like the others', async () => {
    const { diagnostics } = await build(plan(TYPED('[Cộng Hòa, 2000, 1890]')));
    expect(diagnostics).toEqual([]);
  });
});

describe('12-csv-encodings: CSV as Excel saves it on Vietnamese Windows', () => {
  const rows = 'Thôn,Dân số,Tham gia\r\nThôn Đông,1200,1100\r\nThôn Ải,800,790\r\n';
  it('"CSV (Comma delimited)": Windows-1258, tones as combining marks', async () => {
    // Windows-1258 has ô (F4) and Ð/đ but writes tones as combining marks: Ả = A + 0xD2 (hook above)
    const cp1258 = Buffer.from(rows.replace(/ô/g, '\xf4').replace(/Đ/g, '\xd0').replace(/Ả/g, 'A\xd2').replace(/ố/g, '\xf4\xec'), 'latin1');
    const { table, diagnostics } = await build(plan(SIMPLE('thon.csv'), { 'thon.csv': cp1258 }));
    expect(diagnostics).toEqual([]);
    expect(rowsText(table!).slice(1, 3)).toEqual(['1 | Thôn Đông | 1.200 | 1.100', '2 | Thôn Ải | 800 | 790']);
  });

  it('"Unicode Text": UTF-16 with a BOM, tab-separated, saved as .txt', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(rows.replace(/,/g, '\t'), 'utf16le')]);
    const { table, diagnostics } = await build(plan(SIMPLE('thon.txt'), { 'thon.txt': utf16 }));
    expect(diagnostics).toEqual([]);
    expect(rowsText(table!)[2]).toBe('2 | Thôn Ải | 800 | 790');
  });

  it('bytes in no encoding Excel writes: says how to save as CSV UTF-8', async () => {
    const { raw } = await build(plan(SIMPLE('thon.csv'), { 'thon.csv': Buffer.from([0x54, 0x81, 0x0a, 0x01, 0x02]) }));
    expect(raw.map((d) => d.hints.map((h) => h.key))).toEqual([['data.save_as_csv_utf8']]);
    expect(messageOf(raw[0]!, 'vi')).toContain('không đọc được chữ');
  });
});
