import { describe, expect, it } from 'vitest';
import { paragraphSlices } from '../../../src/layout/flow/paragraph.js';
import type { ParagraphStyle } from '../../../src/model/theme.js';
import { fakeMetrics } from '../../helpers/fake-metrics.js';

const style: ParagraphStyle = {
  sizePt: 10,
  bold: false,
  italic: false,
  align: 'left',
  firstLineIndentMm: 0,
  hangingIndentMm: 0,
  spaceBeforePt: 0,
  spaceAfterPt: 0,
  lineSpacing: 1,
  keepWithNext: false,
  keepLines: false,
};
/** Five lines of 20 pt ("aaaa" is 20 pt with the fake metrics). */
const text = [{ type: 'text' as const, value: 'aaaa bbbb cccc dddd eeee' }];
const chain = (s: ParagraphStyle) => paragraphSlices(text, s, 24, fakeMetrics).map((l) => l.keepWithNext);

describe('paragraph slices (13-keep-rules)', () => {
  it('keep the first two lines together and the last two (orphans and widows)', () => {
    expect(chain(style)).toEqual([true, false, false, true, false]);
  });

  it('keep a paragraph kept with the next one whole, as LibreOffice does, and with what follows', () => {
    expect(chain({ ...style, keepWithNext: true })).toEqual([true, true, true, true, true]);
  });

  it('keep a paragraph whose lines are kept together whole', () => {
    expect(chain({ ...style, keepLines: true })).toEqual([true, true, true, true, false]);
  });
});
