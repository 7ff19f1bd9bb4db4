// Regression tests 14-word-features: Word files ke-hoach did not write (test/fixtures/import/,
// made from the sources in src/ by LibreOffice and pandoc: scripts/make-import-fixtures.mjs)
// import to plans that pass check and print the document's words; the features offices use —
// automatic numbering, merged header cells, manual line breaks, fields, tracked changes, text
// boxes, tabs instead of tables — are read as a person reads them. The imported YAML of each is
// kept as a golden file (test/golden/import/).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../src/reader/docx/read-docx.js';
import type { DocxTable } from '../src/reader/types.js';
import { expectGolden } from './helpers/golden.js';
import { buildYaml, importFile, noteTexts, similarity, wordsOf } from './helpers/import.js';
import { foreignDocxTokens } from './helpers/seed-text.js';

const FIXTURES = readdirSync('test/fixtures/import').filter((f) => f.endsWith('.docx')).map((f) => f.replace(/\.docx$/, ''));

describe.each(FIXTURES)('14-word-features: %s.docx', (name) => {
  it('imports to a plan that passes check, prints ≥ 97 % of the document’s words in order (title to closing), as the golden YAML', async () => {
    const file = `test/fixtures/import/${name}.docx`;
    const imported = importFile(file);
    const built = await buildYaml(imported.yaml, `${name}.yaml`);
    expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // from "KẾ HOẠCH" to "Nơi nhận": the masthead and signature may be laid out with tabs, whose
    // reading order interleaves the two columns; their facts are checked one by one below
    const body = (words: string[]) => words.slice(words.indexOf('KẾ'), words.lastIndexOf('Nơi'));
    const source = body(foreignDocxTokens(readFileSync(file), false));
    expect(source.length).toBeGreaterThan(100);
    expect(similarity(source, body(await wordsOf(built, false)))).toBeGreaterThanOrEqual(0.97);
    expectGolden(`test/golden/import/${name}.yaml`, imported.yaml);
  });
});

describe('14-word-features: what Word does and a person sees', () => {
  it('automatic numbering (Writer lists) gives the parts and points; bullets give items; a merged header gives a column group', () => {
    const { plan } = importFile('test/fixtures/import/truong-pccc-2026.docx');
    expect(plan.sections.map((s) => s.title)).toEqual(['Mục đích, yêu cầu', 'Nội dung thực hiện', 'Tổ chức thực hiện']);
    expect(plan.sections[0]!.sections!.map((s) => s.title)).toEqual(['Mục đích', 'Yêu cầu']);
    expect(plan.sections[0]!.sections![0]!.body).toEqual([{ item: 'Nâng cao nhận thức của cán bộ, giáo viên, nhân viên và học sinh về phòng cháy, chữa cháy.' }, { item: 'Chủ động phòng ngừa, không để xảy ra cháy, nổ trong nhà trường.' }]);
    expect(plan.sections[1]!.sections![0]!.duties).toEqual({ lead: ['Tổ Văn phòng nhà trường'], cooperating: ['Liên đội', 'Công an xã Yên Phú'] });
    const table = plan.sections[1]!.sections![1]!.body!.find((e) => typeof e === 'object' && 'table' in e) as { table: { columns: unknown[]; total: unknown } };
    expect(table.table.columns[1]).toMatchObject({ group: 'Số bình chữa cháy (bình)', columns: [{ key: 'hien-co' }, { key: 'can-bo-sung' }, { key: 'tong-so', formula: 'hien-co + can-bo-sung', given: true }] });
    expect(table.table.total).toEqual({ label: 'Cộng', given: { 'tong-so': 23 } });
    expect(plan.sections[2]!.body).toEqual(expect.arrayContaining([{ when: 'Tháng 01/2026', task: 'kiện toàn Đội phòng cháy, chữa cháy cơ sở của nhà trường.' }]));
  });

  it('a manual line break splits the title into lines; in the body it is a space', () => {
    expect(importFile('test/fixtures/import/truong-pccc-2026.docx').plan.title).toEqual(['Công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ', 'tại Trường THCS Yên Phú năm 2026']);
    const seed002 = JSON.stringify(importFile('test/fixtures/import/seed-002.docx').plan.sections);
    expect(seed002).toContain('Hộ gia đình làm nông nghiệp có mức sống trung bình Đẩy mạnh tuyên truyền');
  });

  it('tracked changes read as accepted, fields show their result, a text box is left out with a note', () => {
    const { plan, notes, yaml } = importFile('test/fixtures/import/phuong-ve-sinh-2026.docx');
    expect(yaml).toContain('Huy động cán bộ, đoàn viên, hội viên và các tổ dân phố ra quân');
    expect(yaml).not.toContain('bản nháp');
    expect(yaml).toContain('Kế hoạch này gồm 2 trang.');
    const plain = yaml.replace(/^#.*\n/gm, '');
    expect(plain).not.toMatch(/NUMPAGES|PAGE\b|DỰ THẢO/);
    expect(noteTexts(notes)).toContain('Khung văn bản (text box) trong văn bản cũ không được nhập: «DỰ THẢO».');
    expect(plan.intro).toEqual(['Ủy ban nhân dân phường Đại Kim xây dựng Kế hoạch tổng vệ sinh môi trường năm 2026 như sau:']);
  });

  it('a masthead and a signature block laid out with tabs read like tables', () => {
    const { plan } = importFile('test/fixtures/import/phuong-ve-sinh-2026.docx');
    expect(plan).toMatchObject({ number: 88, place: 'Đại Kim', date: '2026-03-02' });
    expect(plan.issuer).toEqual({ parent: 'UBND quận Hoàng Mai', name: ['Ủy ban nhân dân', 'phường Đại Kim'], shortName: 'Ủy ban nhân dân phường Đại Kim', symbol: 'UBND' });
    expect(plan.signature).toEqual({ onBehalfOf: 'Ủy ban nhân dân', title: 'Chủ tịch', name: 'Trần Văn Bình' });
    expect(plan.recipients).toEqual({
      to: [{ to: 'UBND quận Hoàng Mai', purpose: 'để b/c' }, { to: 'Đảng ủy, HĐND phường', purpose: 'để b/c' }, { group: 'Văn phòng HĐND-UBND phường', to: [{ to: 'Các bộ phận chuyên môn', purpose: 'để t/h' }], archive: ['VT'] }],
    });
  });

  it('typed numbers that skip are listed; run-in headings and a bold number alone keep their form', () => {
    const { plan, notes } = importFile('test/fixtures/import/phuong-ve-sinh-2026.docx');
    const numbering = noteTexts(notes.filter((n) => n.topic === 'numbering'));
    expect(numbering).toEqual([expect.stringContaining('nhảy từ 2.2. sang 2.4.'), expect.stringContaining('nhảy từ III. sang V.')]);
    expect(plan.sections[3]!.sections).toMatchObject([
      { title: 'Phòng Kinh tế', text: 'chủ trì, tham mưu Ủy ban nhân dân phường tổ chức ra quân; tổng hợp kết quả hằng tháng.' },
      { title: 'Trạm Y tế phường' },
      { text: 'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường vận động Nhân dân tham gia.' },
    ]);
  });

  it('pandoc’s files: Heading styles, its bullet lists, and a table without borders that holds figures', () => {
    const { plan } = importFile('test/fixtures/import/xa-tre-em-2026.docx');
    expect(plan.sections.map((s) => s.title)).toEqual(['Mục đích, yêu cầu', 'Nội dung', 'Tổ chức thực hiện']);
    expect(plan.recipients.to).toEqual([{ to: 'UBND huyện Phú Hòa', purpose: 'để b/c' }, { to: 'Đảng ủy, HĐND xã', purpose: 'để b/c' }]);
    const body = plan.sections[1]!.sections![1]!.body!;
    expect(body[1]).toMatchObject({ table: { numbered: false, columns: [{ key: 'thon' }, {}, {}, { formula: 'tre-em-mo-coi + tre-em-khuyet-tat' }], total: { label: 'Cộng' } } });
  });

  it('14-widths: a table whose widths a ward set by hand: printed in the Word grid’s proportions, within 1 mm, and the review list says they are rounded', async () => {
    const file = 'test/fixtures/import/phuong-tiem-chung-2026.docx';
    const grid = readDocx(readFileSync(file)).blocks.find((b) => b.type === 'table' && b.bordered) as DocxTable;
    const imported = importFile(file);
    const built = await buildYaml(imported.yaml, 'phuong-tiem-chung-2026.yaml');
    const table = built.computed.tables[0]!;
    expect(table.columns.map((c) => c.key)).toEqual(['stt', 'khu-pho', 'can-tiem', 'tiem-nam', 'can-tiem-2', 'tiem-nam-2', 'can-tiem-3', 'tiem-nam-3']);
    // the tool's columns, laid out at the Word table's width, against the Word grid
    const [totalPt, sum] = [grid.columnsPt.reduce((a, b) => a + b, 0), table.columns.reduce((a, c) => a + c.width, 0)];
    const printedPt = table.columns.map((c) => (c.width / sum) * totalPt);
    const offMm = Math.max(...printedPt.map((w, i) => Math.abs(w - grid.columnsPt[i]!))) * (25.4 / 72);
    expect(offMm).toBeGreaterThan(0);
    expect(offMm).toBeLessThanOrEqual(1);
    // in tenths; the narrow STT column and the wide "Số đã tiêm" columns of the Word file stay so
    expect(table.columns.map((c) => c.width)).toEqual([0.8, 2.1, 1.3, 2.2, 1.3, 2.2, 1.3, 2.2]);
    const note = imported.notes.filter((n) => n.message.key === 'import.note.widths_rounded');
    expect(noteTexts(note)).toEqual([`Bảng "Chỉ tiêu theo khu phố": độ rộng các cột lấy theo file Word, làm tròn (lệch không quá ${String(Math.ceil(offMm * 10) / 10).replace('.', ',')} mm); bảng in rộng hết khổ giấy, giữ tỷ lệ các cột.`]);
    expect(noteTexts(note, 'en')[0]).toMatch(/^Table "Chỉ tiêu theo khu phố": the column widths are taken from the Word file, rounded \(at most 0\.\d mm off\)/);
    // a day of the month is no figure to make a target of
    expect(noteTexts(imported.notes).join('\n')).not.toMatch(/25 hằng/);
  });

  it('a joint plan typed by a commune: two bodies and signatures, numbered paragraphs, run-in headings, a body table, a table and a text appendix, the period', () => {
    const { plan, notes } = importFile('test/fixtures/import/xa-lien-tich-phu-nu-2026.docx');
    expect(plan.issuer).toEqual([
      { name: 'Ủy ban nhân dân xã An Hòa', shortName: 'Ủy ban nhân dân xã An Hòa', symbol: 'UBND' },
      { name: 'Hội Liên hiệp Phụ nữ xã An Hòa', shortName: 'Hội Liên hiệp Phụ nữ xã An Hòa', symbol: 'HLHPN' },
    ]);
    // the lead body signs on the right: first in the plan
    expect(plan.signature).toEqual([
      { onBehalfOf: 'Ủy ban nhân dân', authority: 'KT.', authorityTitle: 'Chủ tịch', title: 'Phó Chủ tịch', name: 'Lý Văn Thành' },
      { onBehalfOf: 'Ban chấp hành', title: 'Chủ tịch', name: 'Hoàng Thị Mai' },
    ]);
    expect(plan.period).toEqual({ from: '2026-03-01', to: '2026-11-30' });
    expect(plan.sections[0]!.sections).toEqual([
      { paragraph: 'Nâng cao nhận thức của hội viên phụ nữ về khởi nghiệp, hỗ trợ phụ nữ phát triển kinh tế hộ gia đình, hợp tác xã do phụ nữ làm chủ.' },
      { paragraph: 'Các hoạt động được triển khai {period}, bảo đảm thiết thực, tiết kiệm, đúng đối tượng.' },
    ]);
    expect(plan.sections[2]!.sections!.map((s) => [s.title, s.text?.slice(0, 24)])).toEqual([
      ['Ủy ban nhân dân xã', 'chỉ đạo các ban, ngành p'],
      ['Hội Liên hiệp Phụ nữ xã', 'chủ trì tổ chức các lớp '],
      ['Các chi hội phụ nữ thôn', 'vận động hội viên tham g'],
    ]);
    expect(plan.sections[2]!.sections![0]!.text).toContain('theo {phu-luc-1} kèm theo');
    expect(plan.sections[1]!.sections![1]!.body![1]).toMatchObject({ table: { columns: [{ key: 'nguon-von' }, { key: 'ho' }, { key: 'tien' }], rows: [[expect.any(String), 12, 240], [expect.any(String), 25, 1250]], total: { label: 'Tổng cộng' } } });
    expect(plan.appendices).toMatchObject([
      { id: 'phu-luc-1', title: 'Chỉ tiêu hộ vay vốn theo thôn năm 2026', columns: [{ key: 'thon' }, { key: 'hoi-vien' }, { group: 'Hộ vay vốn', columns: [{ key: 'ho' }, { key: 'ty-le', formula: 'ho / hoi-vien * 100' }] }], total: { label: 'Toàn xã' } },
      { id: 'phu-luc-2', title: 'Tiêu chí chọn hộ vay vốn', body: [{ item: expect.stringContaining('chủ hộ') }, {}, {}] },
    ]);
    // the typed rates agree with the computed ones: no arithmetic note, no given value
    expect(notes.filter((n) => n.topic === 'arithmetic')).toEqual([]);
    expect(JSON.stringify(plan.appendices)).not.toContain('given');
  });

  it('the DOCX tree keeps merged cells as spans and Word’s list labels', () => {
    const tree = readDocx(readFileSync('test/fixtures/import/seed-003.docx'));
    const table = tree.blocks.find((b) => b.type === 'table' && b.bordered);
    expect(table?.type === 'table' && table.rows[0]!.cells.map((c) => [c.colSpan, c.rowSpan])).toEqual([[1, 2], [1, 2], [4, 1], [4, 1], [4, 1]]);
    const lists = readDocx(readFileSync('test/fixtures/import/truong-pccc-2026.docx')).blocks.flatMap((b) => (b.type === 'paragraph' && b.list ? [b.list.label] : []));
    expect(lists.slice(0, 4)).toEqual(['I.', '1.', '•', '•']);
    expect(lists).toContain('II.');
  });
});
