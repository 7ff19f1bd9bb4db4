// Regression tests 14-widths: the column widths of a Word table → `width:` of the imported plan.
// A table the tool wrote comes back with its plan's widths (the STT column counting 0.8, columns
// at their type's default left without `width:`); a table typed elsewhere keeps its columns'
// proportions in tenths, or hundredths when tenths would be more than 1 mm off, and says how far.
import { describe, expect, it } from 'vitest';
import { columnWidthsTw, twipsToPt } from '../../../src/model/units.js';
import { importWidths, widthsOffPt, type WidthColumn } from '../../../src/reader/recognise/table-widths.js';

/** The grid the DOCX writer makes of relative widths over a text width of 9 355 twips (A4, ND30 margins). */
const written = (widths: number[]): number[] => columnWidthsTw(widths, 9355).map(twipsToPt);

describe('14-widths: widths of imported tables', () => {
  it('gives back the plan widths of a numbered table the tool wrote (huyen-pctt-2025, "III. Kinh phí")', () => {
    const [stt, ...pts] = written([0.8, 3, 1.4, 1.4, 1.4]);
    const columns: WidthColumn[] = pts.map((widthPt, i) => ({ widthPt, type: i === 0 ? 'text' : 'integer' }));
    const r = importWidths(columns, stt!)!;
    expect(r.widths).toEqual([null, null, null, null]);
    expect(r.offPt).toBeLessThanOrEqual(0.05); // the edges' rounding to twips
  });

  it('gives back widths that differ from the defaults, numbered or not', () => {
    const [stt, ...pts] = written([0.8, 2.6, 1.4, 1.4, 1.7, 1.25]);
    const numbered = importWidths(pts.map((widthPt, i) => ({ widthPt, type: i === 0 ? 'text' : 'integer' })), stt!);
    expect(numbered!.widths).toEqual([2.6, null, null, 1.7, 1.25]);
    expect(numbered!.offPt).toBeLessThanOrEqual(0.05);
    // without STT only the proportions count: the unit that leaves a column at its default
    const plain = importWidths(written([1.5, 3, 1.6, 1.6]).map((widthPt) => ({ widthPt, type: 'text' })), null);
    expect(plain!.widths).toEqual([1.5, null, 1.6, 1.6]);
    expect(plain!.offPt).toBeLessThanOrEqual(0.05);
  });

  it('keeps the proportions of a table typed in Word in tenths when they are within 1 mm, and says how far they are', () => {
    // LibreOffice's grid of a numbered table: STT 43 pt, then 190.85, 89.75, 146.95, 96.35 pt
    const columns: WidthColumn[] = [190.85, 89.75, 146.95, 96.35].map((widthPt, i) => ({ widthPt, type: i === 0 ? 'text' : 'integer' }));
    const r = importWidths(columns, 43)!;
    expect(r.widths.every((w) => w === null || Math.round(w * 10) === w * 10)).toBe(true);
    expect(r.offPt).toBeGreaterThan(0.05);
    expect(r.offPt).toBeLessThanOrEqual(72 / 25.4);
    expect(widthsOffPt(columns, r.widths, 43)).toBe(r.offPt);
    // the text column stays about twice as wide as the narrowest figures
    const w = r.widths.map((x, i) => x ?? (i === 0 ? 3 : 1.4));
    expect(w[0]! / w[1]!).toBeCloseTo(190.85 / 89.75, 1);
  });

  it('takes hundredths where tenths would be more than 1 mm off', () => {
    // a wide STT column (80 pt) makes the unit 100 pt: a tenth is 10 pt
    const columns: WidthColumn[] = [143, 257, 333].map((widthPt, i) => ({ widthPt, type: i === 0 ? 'text' : 'integer' }));
    const r = importWidths(columns, 80)!;
    expect(r.widths.some((w) => w !== null && Math.round(w * 10) !== w * 10)).toBe(true);
    expect(r.offPt).toBeLessThan(0.5);
  });

  it('gives no widths when the Word file has none', () => {
    expect(importWidths([{ widthPt: 0, type: 'text' }, { widthPt: 50, type: 'integer' }], null)).toBeNull();
    expect(importWidths([{ widthPt: 100, type: 'text' }], 0)).toBeNull();
  });
});
