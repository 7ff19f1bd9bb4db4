// The native PDF: layout goldens with fake metrics, text read back with pdf.js (and, where
// poppler is installed, the same lines read by pdftotext), fonts that really draw Vietnamese
// glyphs, metadata, size, and qpdf's structural check.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../src/layout/layout-document.js';
import { dumpPaged } from '../src/layout/dump.js';
import { createTextMetrics } from '../src/fonts/measure.js';
import type { Document } from '../src/model/types.js';
import { writePdf } from '../src/pdf/write-pdf.js';
import { buildDocument, renderFormat } from '../src/pipeline.js';
import { loadTheme } from '../src/template/theme.js';
import { fakeMetrics } from './helpers/fake-metrics.js';
import { expectGolden } from './helpers/golden.js';
import { shippedPlans } from './helpers/plans.js';
import { popplerLines } from './helpers/poppler-lines.js';
import { darkPixels, pdfInfo, pdfLines, pdfText, type PdfLine } from './helpers/read-pdf.js';
import { requireTools } from './helpers/tools.js';

const tmpFile = (name: string, bytes: Uint8Array) => {
  const file = join(mkdtempSync(join(tmpdir(), 'kh-pdf-')), name);
  writeFileSync(file, bytes);
  return file;
};

describe.each(shippedPlans())('$name', ({ file, name }) => {
  it('lays out as its golden file says (fake metrics)', async () => {
    const { document } = await buildDocument(file);
    expectGolden(`test/golden/pdf/${name}.layout.txt`, dumpPaged(layoutDocument(document, fakeMetrics)));
  });

  const pdfOf = async () => (await renderFormat((await buildDocument(file)).document, 'pdf')).bytes;

  it('gives back its text (read with pdf.js)', async () => {
    const text = await pdfText(await pdfOf());
    expectGolden(`test/golden/pdf/${name}.text.txt`, text);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
  });

  it('reads the same with poppler as with pdf.js', async (ctx) => {
    requireTools(ctx, 'pdftotext');
    const pdf = tmpFile('plan.pdf', await pdfOf());
    const lines = (ls: PdfLine[]) => ls.map((l) => `${l.page}: ${l.text}`);
    expect(lines(popplerLines(pdf))).toEqual(lines(await pdfLines(pdf)));
  });

  it('passes qpdf --check', async (ctx) => {
    requireTools(ctx, 'qpdf');
    execFileSync('qpdf', ['--check', tmpFile('plan.pdf', await pdfOf())], { stdio: 'pipe' });
  });
});

describe('PDF file', () => {
  it('carries title, author and language, dated by the plan, under 200 KB', async () => {
    const { document } = await buildDocument('plans/2026.yaml');
    const { bytes } = await renderFormat(document, 'pdf');
    expect(bytes.length).toBeLessThan(200 * 1024);
    const info = await pdfInfo(bytes);
    expect(info.title).toMatch(/^Kế hoạch Thực hiện bảo hiểm y tế toàn dân/);
    expect(info.author).toBe('Ủy ban nhân dân xã Quảng Ngọc');
    expect(info.creationDate).toBe('D:20260101000000Z');
    expect(info.language).toBe('vi-VN');
    expect(info.pages).toBe(6);
  });

  it('draws Vietnamese letters with ink (subset fonts keep their glyphs)', async (ctx) => {
    requireTools(ctx, 'canvas');
    // A page with nothing but letters carrying Vietnamese diacritics, in all four faces.
    const theme = loadTheme('templates/ke-hoach/theme.yaml');
    const para = (style: string) => ({ type: 'paragraph' as const, style, children: [{ type: 'text' as const, value: 'ỦỪỮỰỲỴẶẬỆỘƠƯĐ ặậệộơưđ' }] });
    const doc: Document = {
      type: 'document',
      modelVersion: 1,
      meta: { title: 't', author: 'a', subject: 's', language: 'vi-VN', date: '2026-01-01' },
      theme,
      children: [{ type: 'section', orientation: 'portrait', pageNumbers: { show: false, showOnFirstPage: false }, children: ['Body', 'Issuer', 'PlaceDate', 'RecipientsHead'].map(para) }],
    };
    const pdf = await writePdf(layoutDocument(doc, createTextMetrics()));
    const dark = await darkPixels(pdf, 1, 50);
    // Measured at 50 dpi: 939 dark pixels with our fonts (pdftoppm: 929); 134 with pdf-lib's own
    // subsetting, whose Vietnamese glyphs come out blank (only Đ/đ, present in its Latin tables,
    // stay inked), and 114 for this page with only its Đ and đ drawn (pdftoppm: 111).
    expect(dark).toBeGreaterThan(600);
    expect(await pdfText(pdf)).toContain('ỦỪỮỰỲỴẶẬỆỘƠƯĐ ặậệộơưđ');
  });
});
