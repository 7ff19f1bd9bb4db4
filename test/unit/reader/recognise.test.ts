// Unit tests 14-rules (reader): recognition on small DOCX trees written by hand, and the DOCX
// reader on small documents zipped here (tracked changes, fields, hidden text, broken files).
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { NotDocxError, readDocx } from '../../../src/reader/docx/read-docx.js';
import { NotAPlanError } from '../../../src/reader/recognise/parts.js';
import { recognisePlan } from '../../../src/reader/recognise/recognise-plan.js';
import type { DocxBlock, DocxParagraph, DocxRun, DocxTree } from '../../../src/reader/types.js';
import { noteTexts } from '../../helpers/import.js';
import { word, type Lang } from '../../../src/diag/index.js';

const run = (text: string, bold = false, italic = false): DocxRun => ({ text, bold, italic, caps: false, sizePt: null, font: null });
/** A paragraph; "**x**" parts are bold runs. */
function p(text: string, o: Partial<DocxParagraph> = {}): DocxParagraph {
  const runs = text.split(/(\*\*[^*]+\*\*)/).filter(Boolean).map((t) => (t.startsWith('**') ? run(t.slice(2, -2), true) : run(t)));
  return { type: 'paragraph', style: null, outlineLevel: null, align: 'both', indentPt: { left: 0, firstLine: 0 }, list: null, runs, pageBreak: false, ...o };
}
const c = (text: string) => p(text, { align: 'center' });
const layout = (...cells: DocxParagraph[][]): DocxBlock => ({ type: 'table', bordered: false, columnsPt: cells.map(() => 200), pageBreak: false, rows: [{ header: false, cells: cells.map((blocks, k) => ({ column: k, colSpan: 1, rowSpan: 1, blocks, bordered: false })) }] });
const tree = (...blocks: DocxBlock[]): DocxTree => ({ blocks, pages: [{ widthMm: 210, heightMm: 297, margins: { top: 20, bottom: 20, left: 30, right: 15 } }], body: { font: 'Times New Roman', sizePt: 14 }, notes: [] });

const MASTHEAD = [p('**ỦY BAN NHÂN DÂN XÃ AN PHÚ**\t**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**'), p('Số: 05/KH-UBND\tAn Phú, ngày 03 tháng 02 năm 2026'), c('**KẾ HOẠCH**'), c('**Phòng, chống dịch bệnh năm 2026**')];
const CLOSING = [p('Trên đây là Kế hoạch phòng, chống dịch bệnh năm 2026./.'), layout([p('**Nơi nhận:**'), p('- UBND huyện (để b/c);'), p('- Lưu: VT, VHXH.')], [c('**KT. CHỦ TỊCH**'), c('**PHÓ CHỦ TỊCH**'), c('**Lê Văn Ba**')])];

describe('14-rules: recognising a plan', () => {
  it('a heading, a numbered paragraph and a run-in heading, by what is bold', () => {
    const { plan } = recognisePlan(tree(...MASTHEAD, p('Ủy ban nhân dân xã xây dựng Kế hoạch như sau:'), p('**I. NHIỆM VỤ**'), p('**1. Tuyên truyền**'), p('Nội dung tuyên truyền.'), p('2. Kiểm tra các hộ chăn nuôi trên địa bàn.'), p('**3. Trạm Y tế:** chủ trì giám sát dịch.'), ...CLOSING));
    expect(plan.sections).toEqual([{ title: 'Nhiệm vụ', sections: [{ title: 'Tuyên truyền', body: ['Nội dung tuyên truyền.'] }, { paragraph: 'Kiểm tra các hộ chăn nuôi trên địa bàn.' }, { title: 'Trạm Y tế', text: 'chủ trì giám sát dịch.' }] }]);
    expect(plan).toMatchObject({ number: 5, place: 'An Phú', date: '2026-02-03', title: 'Phòng, chống dịch bệnh năm 2026', closing: 'Trên đây là Kế hoạch phòng, chống dịch bệnh năm 2026.' });
    expect(plan.issuer).toMatchObject({ name: 'Ủy ban nhân dân xã An Phú', symbol: 'UBND' });
    expect(plan.signature).toEqual({ authority: 'KT.', authorityTitle: 'Chủ tịch', title: 'Phó Chủ tịch', name: 'Lê Văn Ba' });
    expect(plan.recipients).toEqual({ to: [{ to: 'UBND huyện', purpose: 'để b/c' }], archive: ['VT', 'VHXH'] });
  });

  it('items with their "+" items and the paragraph between them; duties after the body; a timeline', () => {
    const { plan } = recognisePlan(
      tree(...MASTHEAD, p('Ủy ban nhân dân xã xây dựng Kế hoạch như sau:'), p('**I. NHIỆM VỤ**'), p('- Các thôn phải:'), p('Rà soát danh sách.'), p('+ Hoàn thành trước ngày 30/4;'), p('- Báo cáo hằng tháng.'), p('- Đơn vị chủ trì: Trạm Y tế xã, Ủy ban nhân dân các xã, phường.'), p('- Đơn vị phối hợp thực hiện: Các thôn.'), p('**II. TIẾN ĐỘ**'), p('Tháng 3/2026: tập huấn.'), ...CLOSING),
    );
    expect(plan.sections[0]).toEqual({
      title: 'Nhiệm vụ',
      body: [{ item: 'Các thôn phải:', body: ['Rà soát danh sách.', { item: 'Hoàn thành trước ngày 30/4;' }] }, { item: 'Báo cáo hằng tháng.' }],
      duties: { lead: ['Trạm Y tế xã', 'Ủy ban nhân dân các xã, phường'], cooperating: ['Các thôn'] },
    });
    expect(plan.sections[1]!.body).toEqual([{ when: 'Tháng 3/2026', task: 'tập huấn.' }]);
  });

  it('duties lines followed by more text stay items, in their place', () => {
    const { plan } = recognisePlan(tree(...MASTHEAD, p('Ủy ban nhân dân xã xây dựng Kế hoạch như sau:'), p('**I. NHIỆM VỤ**'), p('- Đơn vị chủ trì: Trạm Y tế xã.'), p('Kinh phí do xã bảo đảm.'), ...CLOSING));
    expect(plan.sections[0]!.body).toEqual([{ item: 'Đơn vị chủ trì: Trạm Y tế xã.' }, 'Kinh phí do xã bảo đảm.']);
    expect(plan.sections[0]!.duties).toBeUndefined();
  });

  it('a number that does not fit the levels is placed one level down and said so', () => {
    const { plan, notes } = recognisePlan(tree(...MASTHEAD, p('Ủy ban nhân dân xã xây dựng Kế hoạch như sau:'), p('**I. NHIỆM VỤ**'), p('**a) Thôn A**'), p('Nội dung.'), ...CLOSING));
    expect(plan.sections[0]!.sections![0]!.title).toBe('Thôn A');
    expect(noteTexts(notes)).toContainEqual(expect.stringMatching(/"a\)" không theo thứ tự cấp.*in "1\."/));
  });

  it('a file without "KẾ HOẠCH" is not a plan', () => {
    expect(() => recognisePlan(tree(p('Báo cáo kết quả năm 2025')))).toThrow(NotAPlanError);
  });
});

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
function docx(body: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/document.xml': strToU8(`<w:document ${W}><w:body>${body}</w:body></w:document>`),
  });
}
const texts = (bytes: Uint8Array) => readDocx(bytes).blocks.map((b) => (b.type === 'paragraph' ? b.runs.map((r) => r.text).join('') : '[table]'));

describe('14-rules: reading DOCX', () => {
  it('accepts tracked changes: insertions in, deletions out, a deleted paragraph mark joins two paragraphs', () => {
    const bytes = docx('<w:p><w:r><w:t>Một </w:t></w:r><w:ins><w:r><w:t>hai </w:t></w:r></w:ins><w:del><w:r><w:delText>bỏ </w:delText></w:r></w:del><w:r><w:t>ba</w:t></w:r><w:pPr><w:rPr><w:del/></w:rPr></w:pPr></w:p><w:p><w:r><w:t> bốn</w:t></w:r></w:p>');
    expect(texts(bytes)).toEqual(['Một hai ba bốn']);
  });

  it('shows a field’s result, never its code; hidden text is left out; Shift+Enter and tabs are kept', () => {
    const field = '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';
    const bytes = docx(`<w:p><w:r><w:t xml:space="preserve">Trang </w:t></w:r>${field}<w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r><w:r><w:br/><w:t>dòng</w:t><w:tab/><w:t>cột</w:t></w:r></w:p>`);
    expect(texts(bytes)).toEqual(['Trang 3\ndòng\tcột']);
  });

  it('refuses what is not a Word file with a message that says what to do', () => {
    const refusal = (bytes: Uint8Array, lang: Lang = 'vi'): string => {
      try {
        readDocx(bytes);
      } catch (e) {
        if (e instanceof NotDocxError) return word(e.reason, lang);
        throw e;
      }
      throw new Error('read as a Word file');
    };
    expect(refusal(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).toBe('đây là file Word 97-2003 (.doc): hãy mở bằng Word hoặc LibreOffice rồi lưu lại thành .docx');
    expect(refusal(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), 'en')).toBe('this is a Word 97-2003 file (.doc): open it in Word or LibreOffice and save it as .docx');
    expect(refusal(strToU8('%PDF-1.7'))).toMatch(/PDF/);
    expect(refusal(strToU8('hello'))).toBe('đây không phải file Word (.docx)');
    expect(refusal(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toMatch(/file bị hỏng, không giải nén được/);
    expect(refusal(zipSync({ 'word/document.xml': strToU8('<w:document><w:body>') }))).toMatch(/file bị hỏng, phần word\/document\.xml không đọc được/);
  });
});
