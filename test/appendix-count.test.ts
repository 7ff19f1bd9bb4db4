// 10-appendices: a plan with 0, 1, 2 or 3 appendices builds in both formats, each appendix in a
// section of its own (DOCX) and starting a page of its own (PDF), with the same words in both.
// (Two appendices used to crash the DOCX writer: the section break landed in the placeholder of
// the first table.)
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTextMetrics } from '../src/fonts/measure.js';
import { PT_PER_MM } from '../src/model/theme.js';
import { layoutDocument } from '../src/layout/layout-document.js';
import { buildDocument, renderFormat } from '../src/pipeline.js';
import { docxParts, docxParagraphs, wellFormedDocx } from './helpers/docx.js';
import { sections } from './helpers/wordml.js';
import { tokens } from './helpers/seed-text.js';

const MINIMAL = readFileSync('test/fixtures/plans/minimal.yaml', 'utf8');
const ROMAN = ['I', 'II', 'III'];

const appendix = (k: number): string => `  - id: phu-luc-${k + 1}
    title: Bảng số ${k + 1}
    columns:
      - { key: ten, header: Tên, type: text }
      - { key: so, header: Số người, type: integer }
    rows:
      - [ Thôn A${k}, ${100 + k} ]
      - [ Thôn B${k}, ${200 + k} ]
    total: { label: Cộng }
`;

function planWith(n: number): string {
  const mentions = Array.from({ length: n }, (_, k) => `{phu-luc-${k + 1}}`).join(', ');
  const text = MINIMAL.replace('      - Một đoạn văn.', `      - Một đoạn văn${n ? ` (xem ${mentions})` : ''}.`);
  return n === 0 ? text : `${text}appendices:\n${Array.from({ length: n }, (_, k) => appendix(k)).join('')}`;
}

describe('10-appendices: any number of appendices', () => {
  it.each([0, 1, 2, 3])('%i appendices: one section each, own pages, same words in DOCX and PDF', async (n) => {
    const file = join(mkdtempSync(join(tmpdir(), 'kh-appx-')), 'p.yaml');
    writeFileSync(file, planWith(n));
    const { document } = await buildDocument(file);
    const docx = wellFormedDocx((await renderFormat(document, 'docx')).bytes);
    expect(sections(docxParts(docx)['word/document.xml']!)).toHaveLength(n + 1);

    const paged = layoutDocument(document, createTextMetrics());
    const labels = n === 1 ? ['Phụ lục'] : ROMAN.slice(0, n).map((r) => `Phụ lục ${r}`);
    for (const label of labels) {
      // the label is the first text of its page (page numbers aside, which are hidden on it)
      const page = paged.pages.find((p) => p.items.some((i) => i.type === 'text' && i.text === label));
      expect(page, label).toBeDefined();
      expect(page!.items.find((i) => i.type === 'text')).toMatchObject({ text: label });
    }
    // the words drawn in the PDF, page numbers (in the top margin) aside, are the DOCX's words
    const top = document.theme.page.marginTopMm * PT_PER_MM;
    const pdfText = paged.pages.flatMap((p) => p.items.flatMap((i) => (i.type === 'text' && i.yPt > top ? [i.text] : [])));
    expect(tokens(pdfText.join(' '))).toEqual(tokens(docxParagraphs(docx).join(' ')));
    for (let k = 0; k < n; k++) expect(docxParagraphs(docx)).toContain(`Thôn B${k}`);
    await renderFormat(document, 'pdf');
  });
});
