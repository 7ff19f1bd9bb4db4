// Unit tests 14-rules (reader): the pure recognition rules, each on a few words or lines.
import { describe, expect, it } from 'vitest';
import { DUTY, splitUnits } from '../../../src/reader/recognise/body-entries.js';
import { findFormulas, formulaText } from '../../../src/reader/recognise/formulas.js';
import { parseBasis, recogniseLegalBases } from '../../../src/reader/recognise/legal-bases.js';
import { toLine } from '../../../src/reader/recognise/lines.js';
import { levelOf, typedMarker } from '../../../src/reader/recognise/markers.js';
import { recase, vocabulary } from '../../../src/reader/recognise/recase.js';
import { recogniseRecipients, recogniseSignature } from '../../../src/reader/recognise/closing.js';
import { nd30Notes } from '../../../src/reader/recognise/nd30.js';
import type { DocxParagraph, DocxTree } from '../../../src/reader/types.js';
import { readVnNumber } from '../../../src/reader/recognise/table-grid.js';
import { yearGuesses } from '../../../src/reader/recognise/years.js';
import type { ReviewNote } from '../../../src/reader/types.js';
import { word } from '../../../src/diag/index.js';

const line = (text: string) => toLine({ type: 'paragraph', style: null, outlineLevel: null, align: 'both', indentPt: { left: 0, firstLine: 0 }, list: null, runs: [{ text, bold: false, italic: false, caps: false, sizePt: null, font: null }], pageBreak: false });

describe('14-rules: typed numbers', () => {
  it.each([
    ['III. GIẢI PHÁP', 'roman', 1],
    ['1.Tăng cường công tác', 'arabic', 2],
    ['2. Đẩy mạnh', 'arabic', 2],
    ['4.3. Đối với nhóm', 'dotted', 3],
    ['1.1.2. Chi tiết', 'dotted', 4],
    ['a) Thôn A', 'letter', 4],
    ['đ) Thôn Đ', 'letter', 4],
    ['- Một ý', 'dash', null],
    ['+ Một ý con', 'plus', null],
  ])('%s', (text, kind, level) => {
    const m = typedMarker(text)!;
    expect([m.kind, levelOf(m)]).toEqual([kind, level]);
  });

  it.each(['1.082 người tham gia', '2025: năm bản lề', '100% hộ cận nghèo', 'Ivan', 'IV là số La Mã'])('%s is no number of a section', (text) => {
    expect(typedMarker(text)).toBeNull();
  });
});

describe('14-rules: legal bases', () => {
  const parse = (t: string) => parseBasis(t, []);
  it('splits kind, number, date, issuer and subject', () => {
    expect(parse('Quyết định số 08/QĐ-UBND ngày 04/01/2024 của UBND huyện về việc ban hành Kế hoạch hành động')).toEqual({ kind: 'Quyết định', number: '08/QĐ-UBND', date: '2024-01-04', dateStyle: 'short', issuer: 'UBND huyện', subject: 'về việc ban hành Kế hoạch hành động' });
    expect(parse('Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013')).toEqual({ kind: 'Luật', name: 'Phòng, chống thiên tai', date: '2013-06-19', dateStyle: 'long' });
    expect(parse('Nghị định số 66/2021/NĐ-CP ngày 06 tháng 7 năm 2021 của Chính phủ quy định chi tiết')).toMatchObject({ issuer: 'Chính phủ', subject: 'quy định chi tiết' });
  });

  it('keeps as text what does not follow the pattern (and a date that does not exist)', () => {
    expect(parse('chỉ đạo của Thường trực Huyện ủy tại buổi làm việc')).toBeNull();
    expect(parse('Quyết định số 5/QĐ-UBND ngày 31/02/2024 của UBND tỉnh')).toBeNull();
  });

  it('reads "Chỉ thị 52/CT-TW" without "số" and says the tool adds it', () => {
    const notes: ReviewNote[] = [];
    expect(parseBasis('Chỉ thị 52/CT-TW ngày 03 tháng 10 năm 2025 về thực hiện', notes)).toMatchObject({ kind: 'Chỉ thị', number: '52/CT-TW' });
    expect(word(notes[0]!.message, 'vi')).toMatch(/thiếu chữ "số"/);
    expect(word(notes[0]!.message, 'en')).toBe('"Chỉ thị 52/CT-TW": the word "số" is missing before the number (the tool prints "Chỉ thị số 52/CT-TW").');
  });

  it('one paragraph of several bases is combined; a comma before the next one is its separator; a closing intro sentence is a lead-in', () => {
    const { legalBases, intro } = recogniseLegalBases(
      [line('Thực hiện Hướng dẫn số 45/HD-MTTW ngày 20/8/2026 của Ban Thường trực về tổ chức Ngày hội, Kế hoạch số 112-KH/ĐU ngày 18/9/2026 của Ban Thường vụ Đảng ủy phường, Ủy ban nhân dân phường thống nhất xây dựng Kế hoạch liên tịch như sau:')],
      [],
    );
    expect(legalBases).toMatchObject({ verb: 'Thực hiện', layout: 'combined', leadIn: true, items: [{ kind: 'Hướng dẫn', separator: ',' }, { kind: 'Kế hoạch', issuer: 'Ban Thường vụ Đảng ủy phường' }] });
    expect(intro).toEqual(['Ủy ban nhân dân phường thống nhất xây dựng Kế hoạch liên tịch như sau:']);
  });

  it('a comma before a kind inside a subject does not start a basis', () => {
    const { legalBases } = recogniseLegalBases([line('Căn cứ Quyết định số 08/QĐ-UBND ngày 04/01/2024 của UBND huyện về việc thực hiện Kế hoạch của UBND tỉnh, Nghị quyết của Huyện ủy năm 2024;')], []);
    expect(legalBases.items).toHaveLength(1);
  });
});

describe('14-rules: capitals to normal case', () => {
  const vocab = vocabulary(['Ủy ban nhân dân phường Hạc Thành giao chỉ tiêu BHYT cho các tổ dân phố.', 'Giao cho Phòng Văn hóa - Xã hội theo dõi.']);
  it.each([
    ['ỦY BAN NHÂN DÂN PHƯỜNG HẠC THÀNH', 'Ủy ban nhân dân phường Hạc Thành'],
    ['XÃ QUẢNG NGỌC', 'Xã Quảng Ngọc'],
    ['MỤC ĐÍCH, YÊU CẦU', 'Mục đích, yêu cầu'],
    ['PHÓ CHỦ TỊCH', 'Phó Chủ tịch'],
    ['CHỈ TIÊU BHYT CÁC XÃ, PHƯỜNG NĂM 2026', 'Chỉ tiêu BHYT các xã, phường năm 2026'],
    ['Đã viết thường', 'Đã viết thường'],
    ['CHỈ TIÊU HỘ VAY VỐN THEO THÔN NĂM 2026', 'Chỉ tiêu hộ vay vốn theo thôn năm 2026'],
    ['KẾ HOẠCH CỦA XÃ AN HÒA NĂM 2026', 'Kế hoạch của xã An Hòa năm 2026'],
  ])('%s → %s', (upper, normal) => {
    expect(recase(upper, vocab)).toBe(normal);
  });
});

describe('14-rules: figures and formulas', () => {
  it.each([
    ['16.095', { value: 16095, decimals: 0, grouped: true, percent: false }],
    ['95,50', { value: 95.5, decimals: 2, grouped: false, percent: false }],
    ['98,8%', { value: 98.8, decimals: 1, grouped: false, percent: true }],
    ['1.5', null],
    ['Thôn 1', null],
  ])('%s', (text, read) => {
    expect(readVnNumber(text)).toEqual(read);
  });

  const col = (index: number, header: string, values: number[], decimals = 0) => ({ index, key: `c${index}`, header, decimals, values });
  it('finds a rate, a difference named by its header, and keeps figures that do not add up as given', () => {
    const found = findFormulas([col(0, 'Đã tham gia', [100, 200, 300, 400]), col(1, 'Chưa tham gia', [5, 10, 99, 20]), col(2, 'Dân số', [105, 210, 315, 420]), col(3, 'Tỷ lệ (%)', [95.2, 95.2, 95.2, 95.2], 1)]);
    const text = (i: number) => formulaText(found.find((f) => f.target === i)!, (k) => `c${k}`);
    expect(text(1)).toBe('c2 - c0');
    expect(found.find((f) => f.target === 1)!.mismatches).toEqual([2]);
    expect(text(3)).toBe('c0 / c2 * 100');
    expect(found.find((f) => f.target === 2)).toBeUndefined();
  });

  it('does not see a formula in columns that only look alike', () => {
    expect(findFormulas([col(0, 'A', [3, 1, 2]), col(1, 'B', [2, 4, 1]), col(2, 'C', [7, 1, 9])])).toEqual([]);
    expect(findFormulas([col(0, 'A', [3, 1, 2]), col(1, 'B', [0, 0, 0]), col(2, 'C', [3, 1, 2])])).toEqual([]);
  });
});

describe('14-rules: duties and years', () => {
  it('reads duties lines and splits units at commas, a piece in lower case going on with the one before', () => {
    expect(DUTY.exec('Đơn vị phối hợp thực hiện: Các cơ quan')?.[1]).toBe('Đơn vị phối hợp thực hiện');
    expect(splitUnits('Phòng Tư pháp thành phố, Ủy ban nhân dân các xã, phường, các tổ chức chính trị - xã hội, các cơ quan, đơn vị có liên quan.')).toEqual([
      'Phòng Tư pháp thành phố',
      'Ủy ban nhân dân các xã, phường',
      'các tổ chức chính trị - xã hội',
      'các cơ quan, đơn vị có liên quan',
    ]);
  });

  it('guesses the year a five-digit year meant from the years the document names', () => {
    expect(yearGuesses('20230', ['bao phủ toàn dân vào năm 2030', 'năm 2030'])[0]).toBe('2030');
    expect(yearGuesses('20255', ['năm 2025'])[0]).toBe('2025');
  });
});

describe('14-rules: signatures, recipients and the old file against ND30', () => {
  const vocab = vocabulary(['Giao Chánh Văn phòng theo dõi.']);
  it.each([
    [['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Lê Văn Ba'], { onBehalfOf: 'Ủy ban nhân dân', title: 'Chủ tịch', name: 'Lê Văn Ba' }],
    [['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lê Văn Ba'], { authority: 'KT.', authorityTitle: 'Chủ tịch', title: 'Phó Chủ tịch', name: 'Lê Văn Ba' }],
    [['Q. CHỦ TỊCH', 'Lê Văn Ba'], { authority: 'Q.', authorityTitle: 'Chủ tịch', name: 'Lê Văn Ba' }],
    [['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG', 'LÊ VĂN BA'], { authority: 'TL.', authorityTitle: 'Chủ tịch', title: 'Chánh Văn phòng', name: 'Lê Văn Ba' }],
    [['TUQ. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG', 'Lê Văn Ba'], { authority: 'TUQ.', authorityTitle: 'Chủ tịch', title: 'Chánh Văn phòng', name: 'Lê Văn Ba' }],
  ])('%j', (lines, expected) => {
    expect(recogniseSignature(lines, vocab, [])).toEqual(expected);
  });

  it('recipients: purposes, a named group with its "+" lines and its own Lưu line, the archive', () => {
    const lines = ['- UBND huyện (để b/c);', '- Văn phòng HĐND và UBND xã:', '+ CVP, PCVP;', '+ Các bộ phận (để t/h);', '+ Lưu: VT.', '- Lưu: VT, VHXH.'];
    expect(recogniseRecipients(lines.map((text) => ({ kind: 'line' as const, text })), [])).toEqual({
      to: [{ to: 'UBND huyện', purpose: 'để b/c' }, { group: 'Văn phòng HĐND và UBND xã', to: ['CVP, PCVP', { to: 'Các bộ phận', purpose: 'để t/h' }], archive: ['VT'] }],
      archive: ['VT', 'VHXH'],
    });
  });

  it('the old file’s paper, margins, font and size, when they are not ND30’s', () => {
    const para = (text: string, font: string | null, sizePt: number | null): DocxParagraph => ({ type: 'paragraph', style: null, outlineLevel: null, align: 'both', indentPt: { left: 0, firstLine: 0 }, list: null, runs: [{ text, bold: false, italic: false, caps: false, sizePt, font }], pageBreak: false });
    const tree = (page: DocxTree['pages'][number], blocks: DocxParagraph[]): DocxTree => ({ blocks, pages: [page], body: { font: 'Calibri', sizePt: 11 }, notes: [] });
    const a4 = { widthMm: 210, heightMm: 297, margins: { top: 20, bottom: 20, left: 30, right: 15 } };
    expect(nd30Notes(tree(a4, [para('Nội dung kế hoạch', 'Times New Roman', 14)]))).toEqual([]);
    const letter = nd30Notes(tree({ widthMm: 216, heightMm: 279, margins: a4.margins }, [para('Nội dung kế hoạch', null, null)]));
    expect(letter.map((n) => word(n.message, 'vi'))).toEqual([
      'Văn bản cũ: khổ giấy 216 × 279 mm (ND30: A4, 210 × 297 mm); công cụ in theo ND30.',
      'Văn bản cũ: phông chữ "Calibri" (ND30: Times New Roman); công cụ in theo ND30.',
      'Văn bản cũ: cỡ chữ nội dung 11 (ND30: 13–14); công cụ in theo ND30.',
    ]);
    expect(letter.map((n) => word(n.message, 'en'))).toEqual([
      'Old document: paper 216 × 279 mm (ND30: A4, 210 × 297 mm); the tool prints by ND30.',
      'Old document: font "Calibri" (ND30: Times New Roman); the tool prints by ND30.',
      'Old document: body text size 11 (ND30: 13–14); the tool prints by ND30.',
    ]);
    const margins = nd30Notes(tree({ ...a4, margins: { top: 20, bottom: 12.7, left: 25.4, right: 15 } }, [para('Nội dung kế hoạch', 'Times New Roman', 13)]));
    expect(margins.map((n) => word(n.message, 'vi'))).toEqual(['Văn bản cũ: lề dưới 12,7 mm (20–25), trái 25,4 mm (30–35); công cụ in theo ND30.']);
    expect(margins.map((n) => word(n.message, 'en'))).toEqual(['Old document: margins bottom 12.7 mm (20–25), left 25.4 mm (30–35); the tool prints by ND30.']);
  });
});
