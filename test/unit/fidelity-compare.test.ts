// The fidelity test's comparison explains each differing line: these cases make sure the
// explanations are right, since the shipped plans and the corpus currently give none.
import { describe, expect, it } from 'vitest';
import { compareLines, shiftedPlan } from '../helpers/fidelity.js';
import type { PdfLine } from '../helpers/read-pdf.js';

const line = (page: number, text: string, xMax = 500): PdfLine => ({ page, y: 0, xMin: 85, xMax, text });

describe('compareLines', () => {
  it('counts identical lines on the same page', () => {
    const a = [line(1, 'một hai'), line(1, 'ba bốn')];
    expect(compareLines(a, a)).toEqual({ agreement: 1, explanations: [] });
  });

  it('explains a line broken at another word, with the widths', () => {
    const theirs = [line(1, 'một hai ba', 540), line(1, 'bốn năm')];
    const ours = [line(1, 'một hai ba bốn', 552.7), line(1, 'năm')];
    const { agreement, explanations } = compareLines(theirs, ours);
    expect(agreement).toBe(0);
    expect(explanations).toHaveLength(1);
    expect(explanations[0]).toMatch(/^line broken differently: ours fits more on the line \(it reaches 552\.70 pt; LibreOffice's shorter line ends at 540\.00 pt\)/);
  });

  it('explains a page break placed elsewhere, and tells different words apart', () => {
    const moved = compareLines([line(1, 'a'), line(1, 'b'), line(2, 'c')], [line(1, 'a'), line(2, 'b'), line(2, 'c')]);
    expect(moved.agreement).toBeCloseTo(2 / 3);
    expect(moved.explanations[0]).toMatch(/^page break placed differently \(LibreOffice pages 1, ours 2\)/);
    expect(compareLines([line(1, 'a')], [line(1, 'b')]).explanations[0]).toMatch(/^different words/);
  });
});

describe('shiftedPlan', () => {
  it('adds an introduction paragraph of so many sentences before the first', () => {
    const text = 'title: X\nintro:\n  - Một đoạn.\nsections: []\n';
    expect(shiftedPlan(text, 0)).toBe(text);
    expect(shiftedPlan(text, 2)).toMatch(/intro:\n {2}- "Các cơ quan[^"]+thực hiện Các cơ quan[^"]+thực hiện\."\n {2}- Một đoạn\./);
  });
});
