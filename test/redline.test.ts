// 17-redline: diff-plan --format docx writes this year's plan, laid out by our own DOCX writer,
// with last year's as tracked changes (w:ins, w:del): accepting them all gives this year's plan,
// rejecting them all last year's; LibreOffice opens it and shows both.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../src/plan/load.js';
import { buildFromSource, renderFormat } from '../src/pipeline.js';
import { outline } from '../src/workflow/diff/outline.js';
import { redlineHtml } from '../src/workflow/redline/html.js';
import { mergeDocuments } from '../src/workflow/redline/merge.js';
import { writeRedlineDocx } from '../src/workflow/redline/tracked-docx.js';
import { runCommand } from './helpers/cli.js';
import { docxParagraphs, docxParts } from './helpers/docx.js';
import { pdfText } from './helpers/read-pdf.js';
import { docxToPdf } from './helpers/soffice.js';
import { requireTools } from './helpers/tools.js';

const PLAN = 'plans/2026.yaml';
const OLD = readFileSync(PLAN, 'utf8');
// a year's worth of edits: a word, a figure, a row added and one removed, a paragraph added and
// one removed, sections reordered, the signer, a recipient
const NEW = OLD.replace('hoàn thành chỉ tiêu', 'hoàn thành vượt chỉ tiêu')
  .replace('[ Thôn Ngọc Trà, 1023, 958 ]', '[ Thôn Ngọc Trà, 1050, 958 ]')
  .replace('      - [ Thôn Cẩm Tú, 1761, 1662 ]\n', '      - [ Thôn Cẩm Tú, 1761, 1662 ]\n      - [ Thôn Mới, 300, 250 ]\n')
  .replace('      - [ Thôn Phú Lợi, 1784, 1695 ]\n', '')
  .replace('          - Tổ chức tốt khám, chữa bệnh', '          - Bố trí cán bộ trực tại Trạm Y tế xã.\n          - Tổ chức tốt khám, chữa bệnh')
  .replace(/^ +- item: Theo dõi thẻ sắp hết hạn.*\n/m, '')
  .replace('name: Nguyễn Văn An', 'name: Lê Thị Hoa')
  .replace('    - Các thành viên Ban Chỉ đạo\n', '');

const build = (text: string) => buildFromSource(parsePlanText(PLAN, text));

/** word/document.xml with every change accepted (or rejected): what Word leaves. */
function resolve(xml: string, accept: boolean): string {
  const drop = accept ? 'del' : 'ins';
  const keep = accept ? 'ins' : 'del';
  return xml
    .replace(new RegExp(`<w:${drop} [^>]*/>`, 'g'), '')
    .replace(new RegExp(`<w:${drop} [^>]*>[\\s\\S]*?</w:${drop}>`, 'g'), '')
    .replace(new RegExp(`<w:${keep} [^>]*/>`, 'g'), '')
    .replace(new RegExp(`</?w:${keep}(?: [^>]*)?>`, 'g'), '')
    .replace(/<w:delText/g, '<w:t')
    .replace(/<\/w:delText>/g, '</w:t>');
}

describe('17-redline: the plan with last year’s as tracked changes', async () => {
  const [a, b] = await Promise.all([build(OLD), build(NEW)]);
  const ids = (x: typeof a) => outline(x.document, x.computed).appendices.map((p) => p.id);
  const merged = mergeDocuments(a.document, b.document, ids(a), ids(b));
  const bytes = await writeRedlineDocx(merged);
  const xml = docxParts(bytes)['word/document.xml']!;
  const paragraphs = async (doc: typeof a.document) => docxParagraphs((await renderFormat(doc, 'docx')).bytes);
  // docxParagraphs reads a DOCX: give it one whose document part is this XML
  const asDocx = (documentXml: string) => docxParagraphs(zipSync({ 'word/document.xml': strToU8(documentXml) }));

  it('holds revisions, each with its own id, and no mark of ours is left', () => {
    const marks = [...xml.matchAll(/<w:(ins|del) w:id="(\d+)" w:author="diff-plan"/g)];
    expect(marks.filter((m) => m[1] === 'ins').length).toBeGreaterThan(5);
    expect(marks.filter((m) => m[1] === 'del').length).toBeGreaterThan(5);
    expect(new Set(marks.map((m) => m[2])).size).toBe(marks.length);
    expect(xml).not.toMatch(/[\uE100-\uE107]/);
    expect(xml).toContain('<w:delText xml:space="preserve">Các thành viên Ban Chỉ đạo;</w:delText>'.replace('Các', '- Các'));
    expect(xml).toMatch(/<w:trPr><w:cantSplit\/><w:ins w:id="\d+" w:author="diff-plan"\/><\/w:trPr>/);
    expect(xml).toMatch(/<w:trPr><w:cantSplit\/><w:del w:id="\d+" w:author="diff-plan"\/><\/w:trPr>/);
  });

  it('accepting every change gives this year’s plan, rejecting every one last year’s', async () => {
    expect(asDocx(resolve(xml, true))).toEqual(await paragraphs(b.document));
    expect(asDocx(resolve(xml, false))).toEqual(await paragraphs(a.document));
  });

  it('the same through the command; an HTML page too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kh-redline-'));
    const next = join(dir, '2026.yaml');
    writeFileSync(next, NEW);
    const r = runCommand('diff-plan', [PLAN, next, '--format', 'docx', '--out', join(dir, 'r.docx')]);
    expect(r.status).toBe(0);
    // the line in the run's language (English in tests), the summary in the document's words
    expect(r.stdout).toMatch(/^Wrote .*r\.docx: \d+ thay đổi: /);
    expect(Buffer.from(readFileSync(join(dir, 'r.docx')))).toEqual(Buffer.from(bytes));
    const vi = runCommand('diff-plan', [PLAN, next, '--format', 'html', '--out', join(dir, 'r.html')], { KE_HOACH_LANG: '' });
    expect(vi.stdout).toMatch(/^Đã ghi .*r\.html: \d+ thay đổi: /);
    const html = redlineHtml(merged, 'So sánh');
    expect(html).toContain('hoàn thành <ins>vượt </ins>chỉ tiêu');
    expect(html).toContain('<del>- Các thành viên Ban Chỉ đạo;</del>');
  });

  it('LibreOffice opens it and shows the changes (its PDF read with pdf.js)', async (ctx) => {
    requireTools(ctx, 'soffice');
    const dir = mkdtempSync(join(tmpdir(), 'kh-redline-lo-'));
    const file = join(dir, 'redline.docx');
    writeFileSync(file, bytes);
    const pdf = docxToPdf(file, dir);
    const text = await pdfText(pdf);
    expect(text).toContain('Lê Thị Hoa');
    expect(text).toContain('Nguyễn Văn An'); // deleted, shown struck through
    expect(text).toContain('Thôn Mới');
    expect(text).toContain('Thôn Phú Lợi');
  }, 200_000);
});
