// 18-numbers-never-split: a number is never broken inside a table cell ("1.234.567,2" over "5"),
// in our PDF nor in LibreOffice's rendering of our DOCX. Columns widen to their widest number,
// the text shrinks when the page is too narrow for that, and the build warns when even that fails.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createTextMetrics } from '../src/fonts/measure.js';
import { layoutDocument } from '../src/layout/index.js';
import type { Document } from '../src/model/types.js';
import { buildDocument, renderFormat } from '../src/pipeline.js';
import { fitTableColumns } from '../src/transform/fit-table-columns.js';
import { pdfLines } from './helpers/read-pdf.js';
import { shippedPlans } from './helpers/plans.js';
import { docxToPdf } from './helpers/soffice.js';
import { build, plan } from './helpers/tables.js';
import { requireTools } from './helpers/tools.js';
import { en, inEnglish } from './helpers/en.js';

const NUMBER = /^-?\d{1,3}(?:\.\d{3})*(?:,\d+)?$/;

/** Six number columns of figures in đồng: on a portrait page their default widths are too narrow. */
const BUDGET = (orientation: string, rows: string[]) => `
appendices:
  - id: ngan-sach
    title: Kinh phí thực hiện
    orientation: ${orientation}
    columns:
      - { key: xa, header: Xã, type: text }
      - { key: a, header: Kinh phí năm trước (đồng), type: integer }
      - { key: b, header: Kinh phí năm nay (đồng), type: integer }
      - { key: c, header: Tăng thêm (đồng), type: integer, formula: b - a }
      - { key: d, header: Tỷ lệ (%), type: percent, decimals: 2, formula: b / a * 100, allow: [over-100] }
      - { key: e, header: Bình quân tháng (đồng), type: decimal, decimals: 1, formula: b / 12 }
    rows:
${rows.map((r) => `      - ${r}`).join('\n')}
    total: { label: Cộng }
`;
const ROWS = ['[ Quảng Ngọc, 1234567890, 1334567891 ]', '[ Quảng Phú, 987654321, 997654321 ]', '[ Quảng Yên, 2345678901, 2445678905 ]'];

/** The numbers of the document's tables, as the DOCX writes them. */
async function docxNumbers(document: Document): Promise<{ numbers: string[]; gridTwips: number[]; sizes: string[] }> {
  const xml = strFromU8(unzipSync((await renderFormat(document, 'docx')).bytes)['word/document.xml']!);
  const table = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).find((t) => t.includes('<w:tblHeader/>'))!; // not the header block's grid
  return {
    numbers: [...table.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!).filter((t) => NUMBER.test(t)),
    gridTwips: [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1])),
    sizes: [...new Set([...table.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => m[1]!))],
  };
}

/** Text items of the PDF's layout (what writePdf draws), each a run of one line. */
function drawn(document: Document): string[] {
  const metrics = createTextMetrics();
  return layoutDocument(fitTableColumns(document, metrics.measure).document, metrics).pages.flatMap((p) => p.items.flatMap((i) => (i.type === 'text' ? [i.text] : [])));
}

describe('words kept whole', () => {
  // A table set by hand in Word, imported with its widths: the STT column is narrower than "STT"
  const NARROW = `
appendices:
  - id: khu-pho
    title: Chỉ tiêu theo khu phố
    columns:
      - { key: khu, header: Khu phố, type: text, width: 3 }
      - { key: can, header: Số cần tiêm, type: integer, width: 5 }
      - { key: da, header: Số đã tiêm, type: integer, width: 5 }
      - { key: thai, header: Phụ nữ có thai, type: integer, width: 5 }
    rows:
      - [ Khu phố 1, 64, 61, 70 ]
    total: { label: Cộng }
`;
  it('"STT" is not split when the other columns have room beyond their widest word', async () => {
    const { document, diagnostics } = await build(plan(NARROW));
    expect(diagnostics).toEqual([]);
    const items = drawn(document!);
    expect(items).toContain('STT');
    expect(items).not.toContain('ST');
  });
});

describe('18-numbers-never-split', () => {
  it('widens the columns of numbers: every number is drawn whole, at the same widths in DOCX and PDF', async () => {
    const { document, diagnostics } = await build(plan(BUDGET('portrait', ROWS)));
    expect(diagnostics).toEqual([]);
    const { numbers, gridTwips, sizes } = await docxNumbers(document!);
    expect(numbers).toContain('398.158.426,4');
    expect(sizes).toEqual([]); // the columns could widen: no text had to shrink
    const items = drawn(document!);
    for (const n of numbers) expect(items, n).toContain(n);
    const fitted = fitTableColumns(document!, createTextMetrics().measure).document;
    const table = fitted.children[1]!.children.find((b) => b.type === 'table')!;
    const sum = table.widths.reduce((a, b) => a + b, 0);
    const twips = gridTwips.reduce((a, b) => a + b, 0);
    table.widths.forEach((w, i) => expect(Math.abs(gridTwips[i]! / twips - w / sum)).toBeLessThan(0.001));
  });

  it('shrinks the text, the same in both writers, when the page cannot hold the numbers at full size', async () => {
    const rows = ['[ Quảng Ngọc, 123456789012345, 133456789012345 ]', '[ Quảng Phú, 9876543210987, 9976543210987 ]'];
    const { document } = await build(plan(BUDGET('portrait', rows)));
    const fitted = fitTableColumns(document!, createTextMetrics().measure);
    expect(fitted.diagnostics).toEqual([]);
    const table = fitted.document.children[1]!.children.find((b) => b.type === 'table')!;
    expect(table.textScale).toBeLessThan(1);
    const { numbers, sizes } = await docxNumbers(document!);
    const bodyHalfPoints = String(Math.round(13 * table.textScale! * 2));
    expect(sizes).toContain(bodyHalfPoints);
    const metrics = createTextMetrics();
    const items = layoutDocument(fitted.document, metrics).pages.at(-1)!.items.flatMap((i) => (i.type === 'text' && NUMBER.test(i.text) ? [i] : []));
    for (const n of numbers) expect(items.map((i) => i.text), n).toContain(n);
    expect(items.find((i) => i.text === '123.456.789.012.345')!.sizePt * 2).toBe(Number(bodyHalfPoints));
  });

  it('warns, once, when even the smallest text cannot hold the numbers', async () => {
    const columns = Array.from({ length: 8 }, (_, i) => `      - { key: c${i}, header: Cột ${i}, type: integer }`).join('\n');
    const yaml = `\nappendices:\n  - id: rong\n    title: Bảng rộng\n    orientation: portrait\n    columns:\n${columns}\n    rows:\n      - [ ${Array(8).fill('999999999999999999').join(', ')} ]\n`;
    const { document } = await build(plan(yaml));
    const docx = await renderFormat(document!, 'docx');
    const pdf = await renderFormat(document!, 'pdf');
    expect(docx.diagnostics.map(inEnglish)).toMatchObject([{ severity: 'warning', code: 'table_too_narrow', message: expect.stringContaining('the table after "BẢNG RỘNG" is too narrow for its numbers: even at 9 pt') }]);
    expect(pdf.diagnostics.map((d) => en(d))).toEqual(docx.diagnostics.map((d) => en(d)));
  });

  it.each(shippedPlans())('leaves the tables of $name as they were (their numbers fit)', async ({ file }) => {
    const { document } = await buildDocument(file);
    expect(fitTableColumns(document, createTextMetrics().measure).document).toBe(document);
  });

  it('no number is split in our PDF nor in LibreOffice’s rendering of our DOCX (both read with pdf.js)', async (ctx) => {
    requireTools(ctx, 'soffice');
    const dir = mkdtempSync(join(tmpdir(), 'kh-split-'));
    const shrunk = BUDGET('portrait', ['[ Quảng Ngọc, 123456789012345, 133456789012345 ]', '[ Quảng Phú, 9876543210987, 9976543210987 ]']).replace('appendices:\n', '').replace('id: ngan-sach', 'id: ngan-sach-2');
    const { document } = await build(plan(`${BUDGET('portrait', ROWS)}${shrunk}`));
    const xml = strFromU8(unzipSync((await renderFormat(document!, 'docx')).bytes)['word/document.xml']!);
    const numbers = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!).filter((t) => NUMBER.test(t) && t.length > 3);
    expect(numbers).toContain('11.121.399.084.362,1');
    writeFileSync(join(dir, 'plan.docx'), (await renderFormat(document!, 'docx')).bytes);
    writeFileSync(join(dir, 'plan.pdf'), (await renderFormat(document!, 'pdf')).bytes);
    for (const pdf of [join(dir, 'plan.pdf'), docxToPdf(join(dir, 'plan.docx'), join(dir, 'lo'))]) {
      const words = (await pdfLines(pdf)).flatMap((l) => l.text.split(' '));
      for (const n of numbers) expect(words, `${n} in ${pdf}`).toContain(n);
    }
  }, 240_000);
});
