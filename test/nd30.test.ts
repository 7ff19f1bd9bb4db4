// The DOCX follows docs/nd30.md (Nghị định 30/2020/NĐ-CP, Phụ lục I) point by point,
// read back from the XML of plans/2026.yaml's output.
import { beforeAll, describe, expect, it } from 'vitest';
import { createMeasure } from '../src/fonts/measure.js';
import { buildDocument } from '../src/pipeline.js';
import { docxParts, renderDocx } from './helpers/docx.js';
import { attr, defaultRunFont, paragraphs, sections, styles, type StyleProps } from './helpers/wordml.js';

const MM = 1440 / 25.4; // twips per millimetre
/** A number or day left for the văn thư: four figure spaces. */
const BLANK = '\u2007'.repeat(4);
let documentXml = '';
let stylesXml = '';
let styleOf: Map<string, StyleProps>;
let parts: Record<string, string>;

const para = (text: string) => {
  const p = paragraphs(documentXml).find((x) => x.text === text || x.text.startsWith(text));
  if (!p) throw new Error(`no paragraph starting ${JSON.stringify(text)}`);
  return { ...p, props: styleOf.get(p.style ?? '')! };
};

beforeAll(async () => {
  parts = docxParts(await renderDocx((await buildDocument('plans/2026.yaml')).document));
  documentXml = parts['word/document.xml']!;
  stylesXml = parts['word/styles.xml']!;
  styleOf = styles(stylesXml);
});

describe('page', () => {
  it('is A4 portrait with margins 20/20/30/15 mm', () => {
    const first = sections(documentXml)[0]!;
    expect(Number(attr(first, 'w:pgSz', 'w:w'))).toBeCloseTo(210 * MM, -1);
    expect(Number(attr(first, 'w:pgSz', 'w:h'))).toBeCloseTo(297 * MM, -1);
    expect(Number(attr(first, 'w:pgMar', 'w:top'))).toBeCloseTo(20 * MM, -1);
    expect(Number(attr(first, 'w:pgMar', 'w:bottom'))).toBeCloseTo(20 * MM, -1);
    expect(Number(attr(first, 'w:pgMar', 'w:left'))).toBeCloseTo(30 * MM, -1);
    expect(Number(attr(first, 'w:pgMar', 'w:right'))).toBeCloseTo(15 * MM, -1);
  });

  it('uses Times New Roman everywhere', () => {
    expect(defaultRunFont(stylesXml)).toBe('Times New Roman');
    for (const [id, s] of styleOf) if (id.startsWith('Kh')) expect(s.font, id).toBe('Times New Roman');
  });

  it('numbers pages at the top centre from page 2, restarting in each section', () => {
    for (const sect of sections(documentXml)) {
      expect(sect).toContain('<w:titlePg/>');
      expect(attr(sect, 'w:pgNumType', 'w:start')).toBe('1');
      const defaultId = /<w:headerReference w:type="default" r:id="([^"]+)"/.exec(sect)?.[1];
      const firstId = /<w:headerReference w:type="first" r:id="([^"]+)"/.exec(sect)?.[1];
      const target = (id: string | undefined) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(parts['word/_rels/document.xml.rels']!)?.[1];
      const header = parts[`word/${target(defaultId)}`]!;
      expect(header).toMatch(/PAGE/);
      expect(header).toContain('<w:jc w:val="center"/>');
      expect(header).toContain('<w:sz w:val="28"/>');
      expect(parts[`word/${target(firstId)}`]).not.toMatch(/PAGE/);
    }
  });
});

describe('header block', () => {
  it('puts the issuer (13 pt bold, centred) left of the quốc hiệu (13 pt bold) and tiêu ngữ (14 pt bold)', () => {
    const issuer = para('ỦY BAN NHÂN DÂN');
    expect(issuer.props).toMatchObject({ sizeHalfPt: 26, bold: true, jc: 'center' });
    expect(para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').props).toMatchObject({ sizeHalfPt: 26, bold: true, italic: false, jc: 'center' });
    expect(para('Độc lập - Tự do - Hạnh phúc').props).toMatchObject({ sizeHalfPt: 28, bold: true, jc: 'center' });
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(documentXml)![0];
    const [left, right] = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(left! / (left! + right!)).toBeCloseTo(0.38, 2);
    // the quốc hiệu must never wrap: it fits its column at 13 pt bold
    const widthPt = createMeasure()('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, italic: false }, 13);
    expect(widthPt * 20).toBeLessThan(right!);
  });

  it('draws a rule under the issuer and one as long as the tiêu ngữ', () => {
    const rules = paragraphs(documentXml).filter((p) => p.xml.includes('<w:pBdr>'));
    expect(rules.length).toBeGreaterThanOrEqual(3);
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(documentXml)![0];
    const cols = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    const mottoRule = rules[1]!.xml;
    const ruleTwips = cols[1]! - Number(attr(mottoRule, 'w:ind', 'w:left')) - Number(attr(mottoRule, 'w:ind', 'w:right'));
    const mottoTwips = createMeasure()('Độc lập - Tự do - Hạnh phúc', { bold: true, italic: false }, 14) * 20;
    expect(ruleTwips).toBeCloseTo(mottoTwips, -1);
  });

  it('writes "Số:" with a blank number and the italic place and date on the same row, with ND30 zero padding', () => {
    expect(para('Số:').text).toBe(`Số: ${BLANK}/KH-UBND`);
    expect(para('Số:').props).toMatchObject({ sizeHalfPt: 26 });
    const date = para('Quảng Ngọc, ngày');
    expect(date.text).toMatch(/tháng 01 năm 2026$/);
    expect(date.props).toMatchObject({ sizeHalfPt: 28, italic: true, jc: 'center' });
    const rows = [...(/<w:tbl>[\s\S]*?<\/w:tbl>/.exec(documentXml)![0].matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g))].map((m) => m[0]);
    expect(rows[1]).toContain('Số:');
    expect(rows[1]).toContain('Quảng Ngọc, ngày');
  });
});

describe('title and body', () => {
  it('centres KẾ HOẠCH and the trích yếu in 14 pt bold', () => {
    expect(para('KẾ HOẠCH').props).toMatchObject({ sizeHalfPt: 28, bold: true, jc: 'center' });
    expect(para('Thực hiện bảo hiểm y tế toàn dân').props).toMatchObject({ sizeHalfPt: 28, bold: true, jc: 'center' });
  });

  it('justifies 14 pt body text with a 1.27 cm first-line indent, 6 pt after, 1.15 lines', () => {
    const body = para('Tăng nhanh diện bao phủ').props;
    expect(body).toMatchObject({ sizeHalfPt: 28, jc: 'both', firstLine: 720, after: 120, line: 276 });
  });

  it('numbers headings I., 1., 1.1. with level 1 in capitals', () => {
    expect(para('I. MỤC ĐÍCH, YÊU CẦU').props).toMatchObject({ bold: true });
    expect(para('1. Mục đích').props).toMatchObject({ bold: true });
    expect(para('3.1. Nhóm do ngân sách').props).toMatchObject({ bold: true, italic: true });
  });

  it('ends the content with "./."', () => {
    expect(para('Trên đây là Kế hoạch').text.endsWith('./.')).toBe(true);
  });
});

describe('closing and appendix', () => {
  it('puts Nơi nhận (12 pt bold italic, 11 pt lines) left of the signature (14 pt bold)', () => {
    expect(para('Nơi nhận:').props).toMatchObject({ sizeHalfPt: 24, bold: true, italic: true });
    expect(para('- Bảo hiểm xã hội tỉnh').props).toMatchObject({ sizeHalfPt: 22, bold: false });
    expect(para('- Lưu: VT, VHXH.').text).toBe('- Lưu: VT, VHXH.');
    expect(para('KT. CHỦ TỊCH').props).toMatchObject({ sizeHalfPt: 28, bold: true, jc: 'center' });
    expect(para('Nguyễn Văn An').props).toMatchObject({ sizeHalfPt: 28, bold: true });
    const closing = [...documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).find((t) => t.includes('Nơi nhận:'))!;
    expect(closing.indexOf('Nơi nhận:')).toBeLessThan(closing.indexOf('KT. CHỦ TỊCH'));
  });

  it('starts the appendix on a new section with the "Kèm theo" line built from the plan', () => {
    expect(sections(documentXml)).toHaveLength(2);
    expect(para('(Kèm theo Kế hoạch số').text).toBe(
      `(Kèm theo Kế hoạch số ${BLANK}/KH-UBND ngày ${BLANK} tháng 01 năm 2026 của Ủy ban nhân dân xã Quảng Ngọc)`,
    );
    expect(para('(Kèm theo Kế hoạch số').props).toMatchObject({ italic: true, jc: 'center' });
    expect(documentXml).toContain('<w:tblHeader/>');
  });
});
