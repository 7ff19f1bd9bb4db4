// 10-plan-shapes: the forms of real plans beyond headings and dashes, each written as YAML and
// checked in the document model (both writers read the model; the fidelity and golden tests of
// plans/examples/ check what they make of it).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dump } from '../src/model/dump.js';
import { buildDocument, renderFormat } from '../src/pipeline.js';
import { DiagnosticError } from '../src/diag/index.js';
import { docxParts } from './helpers/docx.js';
import { inEnglish } from './helpers/en.js';

const MINIMAL = readFileSync('test/fixtures/plans/minimal.yaml', 'utf8');
const SECTIONS = '  - title: Mục đích\n    body:\n      - Một đoạn văn.\n';

/** The built plan, its diagnostics in English; a refused plan rejects with its diagnostics in English. */
async function build(edit: (s: string) => string) {
  const file = join(mkdtempSync(join(tmpdir(), 'kh-shapes-')), 'p.yaml');
  writeFileSync(file, edit(MINIMAL));
  try {
    const built = await buildDocument(file);
    return { ...built, diagnostics: built.diagnostics.map(inEnglish) };
  } catch (e) {
    if (e instanceof DiagnosticError) throw Object.assign(new Error('refused'), { diagnostics: e.diagnostics.map(inEnglish) });
    throw e;
  }
}
const dumpOf = async (edit: (s: string) => string): Promise<string> => dump((await build(edit)).document);
const withSections = (yaml: string) => (s: string) => s.replace(SECTIONS, yaml);

describe('10-plan-shapes: sections', () => {
  it('numbers paragraphs from their place, as headings, in body style', async () => {
    const d = await dumpOf(
      withSections('  - title: Nhiệm vụ\n    sections:\n      - paragraph: Tăng cường sự lãnh đạo.\n      - paragraph: Đẩy mạnh tuyên truyền.\n      - title: Kinh phí\n'),
    );
    expect(d).toContain('NumberedPara 2 "1." "Tăng cường sự lãnh đạo."');
    expect(d).toContain('NumberedPara 2 "2." "Đẩy mạnh tuyên truyền."');
    expect(d).toContain('Heading 2 "3." "Kinh phí"');
  });

  it('writes run-in headings: number and title in bold with a colon, the text after', async () => {
    const d = await dumpOf(
      withSections('  - title: Tổ chức thực hiện\n    sections:\n      - title: Sở Y tế\n        text: Chủ trì, phối hợp.\n      - title: "Công an tỉnh:"\n        text: Phối hợp.\n      - text: Các sở căn cứ Kế hoạch này.\n'),
    );
    expect(d).toContain('RunIn 2 "1." Strong["Sở Y tế:"] "Chủ trì, phối hợp."');
    expect(d).toContain('RunIn 2 "2." Strong["Công an tỉnh:"] "Phối hợp."');
    expect(d).toContain('RunIn 2 "3." Strong[] "Các sở căn cứ Kế hoạch này."');
    const docx = docxParts((await renderFormat((await build(withSections('  - title: Sở Y tế\n    text: Chủ trì.\n'))).document, 'docx')).bytes)['word/document.xml']!;
    expect(docx).toMatch(/<w:b\/>(?:<w:bCs\/>)?<\/w:rPr><w:t xml:space="preserve">I\. <\/w:t><\/w:r><w:r><w:rPr><w:b\/>(?:<w:bCs\/>)?<\/w:rPr><w:t xml:space="preserve">Sở Y tế:<\/w:t>/);
  });

  it('leaves a section unnumbered on request, and restarts the levels below it', async () => {
    const d = await dumpOf(withSections('  - title: Mục đích\n  - title: Ghi chú\n    numbered: false\n    sections:\n      - title: Con\n  - title: Kết luận\n'));
    expect(d).toContain('Heading 1 "I." "MỤC ĐÍCH"');
    expect(d).toContain('Heading 1 "" (unnumbered) "GHI CHÚ"');
    expect(d).toContain('Heading 2 "1." "Con"');
    expect(d).toContain('Heading 1 "II." "KẾT LUẬN"');
  });

  it('nests freely: paragraphs between an item and its + items, lone + items, text after subsections', async () => {
    const d = await dumpOf(
      withSections(
        '  - title: Kinh phí\n    body:\n      - item: "Mức hỗ trợ:"\n        body:\n          - "Ngân sách hỗ trợ thêm:"\n          - item: Hộ cận nghèo.\n          - Đoạn thứ hai của ý.\n      - plus: Ý cộng đứng riêng.\n    sections:\n      - title: Con\n    after:\n      - "Thời gian: tháng 3."\n',
      ),
    );
    const lines = d.split('\n').map((l) => l.trim());
    const at = (s: string) => lines.indexOf(s);
    expect(at('Item "-" "Mức hỗ trợ:"')).toBeGreaterThan(0);
    expect(at('Para Body "Ngân sách hỗ trợ thêm:"')).toBe(at('Item "-" "Mức hỗ trợ:"') + 1);
    expect(at('Item "+" "Hộ cận nghèo."')).toBe(at('Para Body "Ngân sách hỗ trợ thêm:"') + 1);
    expect(at('Para Body "Đoạn thứ hai của ý."')).toBe(at('Item "+" "Hộ cận nghèo."') + 1);
    expect(at('Item "+" "Ý cộng đứng riêng."')).toBe(at('Para Body "Đoạn thứ hai của ý."') + 1);
    expect(at('Para Body "Thời gian: tháng 3."')).toBe(at('Heading 2 "1." "Con"') + 1);
  });

  it('refuses a section that is both a numbered paragraph and a heading', async () => {
    await expect(build(withSections('  - title: A\n    paragraph: B\n'))).rejects.toMatchObject({ diagnostics: [expect.objectContaining({ message: expect.stringContaining('numbered paragraph') })] });
  });
});

describe('10-plan-shapes: tables in the body', () => {
  it('computes them like appendix tables, with their title, and a space after them', async () => {
    const { document } = await build(
      withSections(
        '  - title: Kinh phí\n    body:\n      - table:\n          title: Dự toán\n          columns:\n            - { key: muc, header: Mục, type: text }\n            - { key: sl, header: Số lượng, type: integer }\n            - { key: gia, header: Đơn giá, type: integer, total: none }\n            - { key: tien, header: Thành tiền, type: integer, formula: sl * gia }\n          rows:\n            - [ Băng rôn, 10, 350000 ]\n            - [ Tờ rơi, 500, 2000 ]\n          total: { label: Cộng }\n      - Sau bảng.\n',
      ),
    );
    const d = dump(document);
    expect(d).toContain('Para TableTitle "Dự toán"');
    expect(d).toMatch(/Row total \| center {2}\| left "Cộng" \| right "510" \| right  \| right "4.500.000"/);
    const docx = docxParts((await renderFormat(document, 'docx')).bytes)['word/document.xml']!;
    // the paragraph after the table starts 6 pt (120 twips) below it
    expect(docx).toMatch(/<\/w:tbl><w:p><w:pPr><w:pStyle w:val="KhBody"\/><w:widowControl\/><w:spacing w:before="120"\/>/);
  });

  it('checks a body table as an appendix table is checked', async () => {
    await expect(
      build(withSections('  - title: K\n    body:\n      - table:\n          columns:\n            - { key: a, header: A, type: integer }\n            - { key: b, header: B, type: integer, formula: a / 0 }\n          rows:\n            - [ 1 ]\n')),
    ).rejects.toMatchObject({ diagnostics: [expect.objectContaining({ code: 'division_by_zero', path: 'sections[0].body[0].table.rows[0]' })] });
  });
});

describe('10-plan-shapes: legal bases, period, recipients', () => {
  it('cites laws by name, joins bases, changes a verb, and leads into the intro', async () => {
    const d = await dumpOf((s) =>
      s.replace(
        'intro:',
        'legalBases:\n  dateStyle: long\n  leadIn: true\n  items:\n    - { kind: Luật, name: "Phòng, chống thiên tai", date: 2013-06-19, joinNext: true }\n    - { kind: Luật, name: sửa đổi, date: 2020-06-17 }\n    - Luật Đê điều ngày 29 tháng 11 năm 2006\n    - { verb: Thực hiện, kind: Kế hoạch, number: 15/KH-UBND, date: 2026-01-20, issuer: UBND huyện, separator: "," }\nintro:',
      ),
    );
    expect(d).toContain('Para Intro "Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013; Luật sửa đổi ngày 17 tháng 6 năm 2020;"');
    expect(d).toContain('Para Intro "Căn cứ Luật Đê điều ngày 29 tháng 11 năm 2006;"');
    expect(d).toContain('Para Intro "Thực hiện Kế hoạch số 15/KH-UBND ngày 20 tháng 01 năm 2026 của UBND huyện, Ủy ban nhân dân xã xây dựng Kế hoạch như sau."');
  });

  it('refuses a basis that repeats the verb', async () => {
    await expect(build((s) => s.replace('intro:', 'legalBases:\n  items:\n    - Căn cứ Luật Đê điều\nintro:'))).rejects.toMatchObject({
      diagnostics: [expect.objectContaining({ message: expect.stringContaining('the verb') })],
    });
  });

  it('prints the period wherever the text says {period}', async () => {
    const d = await dumpOf((s) => s.replace('title: Thử nghiệm', 'period: { from: 2026-03-01, to: 2026-03-31 }\ntitle: Thử nghiệm').replace('Một đoạn văn.', 'Thực hiện {period}; bắt đầu {period.from}.'));
    expect(d).toContain('"Thực hiện từ ngày 01/3/2026 đến ngày 31/3/2026; bắt đầu 01/3/2026."');
    await expect(build((s) => s.replace('Một đoạn văn.', 'Thực hiện {period}.'))).rejects.toMatchObject({
      diagnostics: [expect.objectContaining({ code: 'unknown_reference', hints: [expect.stringContaining('period:')] })],
    });
  });

  it('writes recipient groups with "+" lines, the Lưu line inside its group, and braces', async () => {
    const d = await dumpOf((s) =>
      s.replace(
        '  to: [ Các thôn ]',
        '  to:\n    - { to: [ TT Đảng ủy, TT HĐND ], purpose: để b/c, brace: true }\n    - group: Văn phòng UBND\n      to:\n        - CVP, các PCVP\n        - { to: Các phòng chuyên môn, purpose: để thực hiện }\n      archive: [ VT ]',
      ),
    );
    expect(d).toContain('Brace Recipient "(để b/c)"');
    expect(d).toMatch(/Brace Recipient "\(để b\/c\)"\n\s+Para Recipient "- TT Đảng ủy;"\n\s+Para Recipient "- TT HĐND;"/);
    expect(d).toMatch(/Para Recipient "- Văn phòng UBND:"\n\s+Para Recipient "\+ CVP, các PCVP;"\n\s+Para Recipient "\+ Các phòng chuyên môn \(để thực hiện\);"\n\s+Para Recipient "\+ Lưu: VT."/);
    expect(d).not.toContain('"- Lưu: VT."');
  });
});

describe('10-plan-shapes: joint plans and appendices', () => {
  const joint = (s: string) =>
    s
      .replace(
        'issuer:\n  name: Ủy ban nhân dân xã Thử Nghiệm\n  shortName: UBND xã Thử Nghiệm\n  symbol: UBND',
        'issuer:\n  - { name: Ủy ban nhân dân xã Thử Nghiệm, shortName: UBND xã Thử Nghiệm, symbol: UBND }\n  - { name: Hội Nông dân xã Thử Nghiệm, shortName: Hội Nông dân xã, symbol: HND }',
      )
      .replace('signature:\n  onBehalfOf: Ủy ban nhân dân\n  title: Chủ tịch\n  name: Nguyễn Văn A', 'signature:\n  - { onBehalfOf: Ủy ban nhân dân, title: Chủ tịch, name: Nguyễn Văn A }\n  - { onBehalfOf: Ban Thường vụ, title: Chủ tịch, name: Trần Thị B }');

  it('puts both bodies in the masthead and both signatures side by side, the lead one on the right', async () => {
    const d = await dumpOf(joint);
    expect(d).toContain('Para Issuer "ỦY BAN NHÂN DÂN XÃ THỬ NGHIỆM"');
    expect(d).toContain('Para Issuer "HỘI NÔNG DÂN XÃ THỬ NGHIỆM"');
    expect(d).toContain('Para Number "Số: 05/KHLT-UBND-HND"');
    expect(d).toContain('Para DocType "KẾ HOẠCH LIÊN TỊCH"');
    expect(d).toMatch(/Cell 1\.1\n\s+Para SignAuthority "TM\. BAN THƯỜNG VỤ"[\s\S]*Cell 1\.2\n\s+Para SignAuthority "TM\. ỦY BAN NHÂN DÂN"/);
  });

  it('refuses a joint plan with a signature missing', async () => {
    await expect(build((s) => joint(s).replace('\n  - { onBehalfOf: Ban Thường vụ, title: Chủ tịch, name: Trần Thị B }', ''))).rejects.toMatchObject({
      diagnostics: [expect.objectContaining({ message: expect.stringContaining('2 issuers, 1 signatures') })],
    });
  });

  const appendices = (label: string) => (s: string) =>
    s.replace('Một đoạn văn.', 'Xem {a}, {b} và {c}.') +
    `appendixLabel: "${label}"\nappendices:\n  - id: a\n    title: Bảng\n    columns: [ { key: t, header: Tên, type: text } ]\n    rows: [ [ Một ] ]\n  - id: b\n    title: Mẫu\n    body: [ "Tên đơn vị: ……" ]\n    sections:\n      - title: Kết quả\n  - id: c\n    title: Biểu riêng\n    separate: true\n`;

  it.each([
    ['Phụ lục {I}', ['Phụ lục I', 'Phụ lục II', 'Phụ lục III']],
    ['Phụ lục {01}', ['Phụ lục 01', 'Phụ lục 02', 'Phụ lục 03']],
    ['Phụ lục số {01}', ['Phụ lục số 01', 'Phụ lục số 02', 'Phụ lục số 03']],
  ])('labels appendices "%s"; a text appendix numbers its sections from I.; a separate one is not printed', async (label, names) => {
    const d = await dumpOf(appendices(label));
    expect(d).toContain(`"Xem ${names[0]}, ${names[1]} và ${names[2]}."`);
    expect(d).toContain(`Para AppendixLabel "${names[0]}"`);
    expect(d).toContain(`Para AppendixLabel "${names[1]}"`);
    expect(d).not.toContain(`Para AppendixLabel "${names[2]}"`);
    expect(d.split('\n  Section').length - 1).toBe(3);
    expect(d).toMatch(/Para AppendixLabel "[^"]*"\n\s+Para AppendixTitle "MẪU"[\s\S]*Para Body "Tên đơn vị: ……"\n\s+Heading 1 "I\." "KẾT QUẢ"/);
  });

  it('warns of a plain-text mention of an appendix the plan does not declare', async () => {
    const { diagnostics } = await build((s) => appendices('Phụ lục số {01}')(s).replace('Xem {a}', 'Theo Phụ lục số 04, xem {a}'));
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'warning', code: 'undeclared_appendix', message: expect.stringContaining("'Phụ lục số 04'") })]);
  });
});

describe('10-plan-shapes: the yearly workflow knows the new forms', () => {
  const source = (yaml: string) => {
    const file = join(mkdtempSync(join(tmpdir(), 'kh-shapes-wf-')), 'p.yaml');
    writeFileSync(file, yaml);
    return file;
  };

  it('new-plan moves the period a year on; diff-plan reports run-in text, numbered paragraphs and the period', async () => {
    const { rollPlan } = await import('../src/workflow/roll-plan.js');
    const { diffPlans } = await import('../src/workflow/diff-plans.js');
    const yaml = MINIMAL.replace('title: Thử nghiệm', 'period: { from: 2026-03-01, to: 2026-03-31 }\ntitle: Thử nghiệm').replace(
      SECTIONS,
      '  - title: Tổ chức\n    sections:\n      - title: Sở Y tế\n        text: Chủ trì.\n      - paragraph: Các sở phối hợp.\n',
    );
    const a = await buildDocument(source(yaml));
    const rolled = rollPlan(yaml, a.computed, { outFile: 'p.yaml', year: 2027, dataExists: () => false }).text;
    expect(rolled).toMatch(/period: \{ from: 2027-03-01, to: 2027-03-31 \}/);
    const b = await buildDocument(source(rolled.replace('text: Chủ trì.', 'text: Chủ trì, tổng hợp.').replace('paragraph: Các sở phối hợp.', 'paragraph: Các sở, ngành phối hợp.')));
    const changes = diffPlans(a, b);
    expect(changes).toContainEqual(expect.objectContaining({ label: 'Thời gian thực hiện', before: '1/3/2026 – 31/3/2026', after: '1/3/2027 – 31/3/2027' }));
    expect(changes).toContainEqual(expect.objectContaining({ area: 'text', label: 'I. Tổ chức › 1. Sở Y tế', before: 'Sở Y tế: Chủ trì.', after: 'Sở Y tế: Chủ trì, tổng hợp.' })); // run-in, as printed
    expect(changes).toContainEqual(expect.objectContaining({ area: 'text', before: 'Các sở phối hợp.', after: 'Các sở, ngành phối hợp.' }));
  });

  it('fmt puts the keys of each new form in its own order', async () => {
    const { canonicalYaml } = await import('../src/workflow/canonical-yaml.js');
    const messy = MINIMAL.replace(SECTIONS, '  - body: [ { body: [ Đoạn. ], plus: Ý. } ]\n    title: A\n    after: [ Cuối. ]\n  - text: Chủ trì.\n    title: Sở Y tế\n').replace(
      '  to: [ Các thôn ]',
      '  to:\n    - { archive: [ VT ], to: [ CVP ], group: Văn phòng }',
    );
    const out = canonicalYaml('p.yaml', messy);
    expect(out).toContain('  - title: A\n    body:\n      - plus: Ý.\n        body: [ Đoạn. ]\n    after: [ Cuối. ]');
    expect(out).toContain('  - title: Sở Y tế\n    text: Chủ trì.');
    expect(out).toContain('    - { group: Văn phòng, to: [ CVP ], archive: [ VT ] }');
    expect(canonicalYaml('p.yaml', out)).toBe(out);
  });
});
