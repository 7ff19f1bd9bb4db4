import { describe, expect, it } from 'vitest';
import { createTextMetrics } from '../../../src/fonts/measure.js';
import { italicReservePt, lineHeightPt, singleLineTw } from '../../../src/layout/text/line-metrics.js';

const metrics = createTextMetrics();

/**
 * Measured on LibreOffice's rendering of a Word document (21 lines per paragraph, first to last
 * baseline): line heights in twips by font size, at single, 1.15 and 1.25 line spacing.
 */
const MEASURED: [number, number, number, number][] = [
  // size, single, 1.15, 1.25
  [11, 253, 290, 316],
  [12, 276, 317, 345],
  [13, 299, 343, 373],
  [14, 322, 370, 402],
  [15, 345, 396, 431],
  [16, 368, 423, 460],
];

describe('line metrics', () => {
  it.each(MEASURED)('%i pt lines are %i, %i and %i twips high', (size, single, x115, x125) => {
    expect(singleLineTw(size, metrics)).toBe(single);
    expect(lineHeightPt(size, { lineSpacing: 1 }, metrics) * 20).toBe(single);
    expect(lineHeightPt(size, { lineSpacing: 1.15 }, metrics) * 20).toBe(x115);
    expect(lineHeightPt(size, { lineSpacing: 1.25 }, metrics) * 20).toBe(x125);
  });

  it('keeps a twelfth of the line height free after italic text (measured: 26, 24 and 23 twips)', () => {
    expect([14, 13, 12].map((s) => italicReservePt(s, metrics) * 20)).toEqual([26, 24, 23]);
  });
});
