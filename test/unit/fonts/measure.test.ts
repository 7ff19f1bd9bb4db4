import { describe, expect, it } from 'vitest';
import { createMeasure } from '../../../src/fonts/measure.js';

const R = { bold: false, italic: false };
const B = { bold: true, italic: false };
const measure = createMeasure();

/**
 * Lines measured on LibreOffice 7.4 (Liberation Serif 2, Times New Roman's metrics): the
 * narrowest line width, in twips, at which LibreOffice keeps the whole text on one line. Found by
 * converting paragraphs of the text with the line width stepped one twip at a time.
 */
const MEASURED: [string, typeof R, number, number][] = [
  ['tin, bài tuyên truyền về chính sách bảo hiểm y tế phát trên hệ thống truyền thanh cơ', R, 14, 9356],
  ['iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii iiii', R, 14, 5674],
  ['AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA AAAA', R, 14, 9572],
  ['Trên đây là Kế hoạch thực hiện bảo hiểm y tế toàn dân trên địa bàn xã năm', B, 14, 9043],
  ['Phối hợp với các cơ quan, đơn vị liên quan triển khai thực hiện có hiệu quả', R, 14, 8420],
  ['Phối hợp với các cơ quan, đơn vị liên quan triển khai thực hiện có hiệu quả', B, 14, 8964],
  ['Mục Phấn Số chuyên giao tục. người hiểm subject: lợi. Thủ', R, 14, 6686],
  ['và Chỉ đến Ủy để thẻ. tổ viên: rà chí gia, để đích trì - Tháng purpose:', B, 14, 8229],
  ['Quyết Lai, năm Ủy hệ chỉ - về tham tế Trạm cách BHYT thôn.', R, 13, 6533],
  ['Mục hoc-sinh Trạm nào không gián xã, Quảng theo. - vận', B, 13, 6415],
];

describe('measure', () => {
  it.each(MEASURED)('%s (%o, %i pt) fits a line as wide as LibreOffice needs, and no narrower', (text, face, size, neededTw) => {
    const widthTw = measure(text, face, size) * 20;
    expect(widthTw).toBeLessThanOrEqual(neededTw);
    expect(widthTw).toBeGreaterThan(neededTw - 1);
  });

  it('rounds each glyph to LibreOffice device pixels (1/120 pt) rather than summing exact advances', () => {
    // 'i' is 569/2048 em: 3.8896 pt at 14 pt, 467 pixels of 1/120 pt (3.8917 pt)
    expect(measure('i', R, 14)).toBe(467 / 120);
    expect(measure('ii', R, 14)).toBe((2 * 467) / 120);
  });
});
