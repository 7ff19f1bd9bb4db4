import { describe, expect, it } from 'vitest';
import { breakLines, toWords } from '../../../src/layout/text/break-lines.js';
import { placeLine } from '../../../src/layout/text/place-line.js';
import { fakeMetrics } from '../../helpers/fake-metrics.js';

const R = { bold: false, italic: false };
const B = { bold: true, italic: false };
const m = fakeMetrics.measure; // 10 pt text: every character 5 pt wide
const piece = (text: string, face = R) => ({ text, face, sizePt: 10 });
const texts = (lines: ReturnType<typeof breakLines>) => lines.map((l) => l.words.map((w) => w.fragments.map((f) => f.text).join('')).join(' '));

describe('breakLines', () => {
  it('fills lines greedily; a word fits without its trailing space', () => {
    // "aaaa bbbb cccc": words 20 pt, spaces 5 pt; 45 pt holds two words (20+5+20)
    const lines = breakLines([piece('aaaa bbbb cccc')], { widthPt: 45, firstLineIndentPt: 0, sizePt: 10 }, m);
    expect(texts(lines)).toEqual(['aaaa bbbb', 'cccc']);
    expect(lines.map((l) => [l.first, l.last])).toEqual([[true, false], [false, true]]);
  });

  it('shortens the first line by the first-line indent', () => {
    const lines = breakLines([piece('aaaa bbbb cccc')], { widthPt: 45, firstLineIndentPt: 10, sizePt: 10 }, m);
    expect(texts(lines)).toEqual(['aaaa', 'bbbb cccc']);
    expect(lines[0]!.availableWidthPt).toBe(35);
  });

  it('starts lines after the first further in for a hanging indent', () => {
    const lines = breakLines([piece('aaaa bbbb cccc dddd')], { widthPt: 50, firstLineIndentPt: 5, restIndentPt: 15, sizePt: 10 }, m);
    expect(texts(lines)).toEqual(['aaaa bbbb', 'cccc', 'dddd']);
    expect(lines.map((l) => l.availableWidthPt)).toEqual([45, 35, 35]);
  });

  it('keeps mixed bold and regular pieces of one word together', () => {
    const words = toWords([piece('đạt '), piece('95,5%', B), piece(' trở')], m);
    expect(words.map((w) => w.fragments.map((f) => `${f.face.bold ? '*' : ''}${f.text}`).join('|'))).toEqual(['đạt', '*95,5%', 'trở']);
  });

  it('may break after a hyphen before a letter, never before a digit', () => {
    expect(toWords([piece('Lao động-Thương 2022-2025 20-NQ/TW')], m).map((w) => w.fragments[0]!.text)).toEqual(['Lao', 'động-', 'Thương', '2022-2025', '20-', 'NQ/TW']);
  });

  it('splits a word longer than the line', () => {
    expect(texts(breakLines([piece('aaaaaaaaaa')], { widthPt: 20, firstLineIndentPt: 0, sizePt: 10 }, m))).toEqual(['aaaa', 'aaaa', 'aa']);
  });

  it('keeps the italic reserve free after italic text at the end of a line (13-italic-reserve)', () => {
    const I = { bold: false, italic: true };
    const reserve = () => 3;
    // "aaaa bbbb" is 45 pt: it fits 46 pt upright, but italic needs 45 + 3
    const upright = breakLines([piece('aaaa bbbb')], { widthPt: 46, firstLineIndentPt: 0, sizePt: 10, italicReservePt: reserve }, m);
    const italic = breakLines([piece('aaaa bbbb', I)], { widthPt: 46, firstLineIndentPt: 0, sizePt: 10, italicReservePt: reserve }, m);
    expect(texts(upright)).toEqual(['aaaa bbbb']);
    expect(texts(italic)).toEqual(['aaaa', 'bbbb']);
    // the reserve counts in the line's width where it ends in italic (centring moves left)
    expect(italic.map((l) => l.endReservePt)).toEqual([3, 3]);
    expect(placeLine({ ...italic[1]!, availableWidthPt: 30 }, 'center', 0, 9)[0]!.xPt).toBe(3.5);
    // an upright word after italic text may still reach the margin
    const mixed = breakLines([piece('aaaa', I), piece(' bbbb')], { widthPt: 46, firstLineIndentPt: 0, sizePt: 10, italicReservePt: reserve }, m);
    expect(texts(mixed)).toEqual(['aaaa bbbb']);
  });

  it('gives an empty paragraph one line of its size', () => {
    const lines = breakLines([], { widthPt: 20, firstLineIndentPt: 0, sizePt: 13 }, m);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ naturalWidthPt: 0, sizePt: 13, last: true });
  });
});

describe('placeLine', () => {
  const [first, last] = breakLines([piece('aa bb cc dd')], { widthPt: 40, firstLineIndentPt: 0, sizePt: 10 }, m);

  it('justifies all lines but the last by widening spaces', () => {
    // "aa bb cc" is 40 pt wide in 40 pt: no stretch needed; make the box wider to see it
    const wide = { ...first!, availableWidthPt: 50 };
    expect(placeLine(wide, 'justify', 0, 9).map((t) => t.xPt)).toEqual([0, 20, 40]);
    expect(placeLine({ ...last!, availableWidthPt: 50 }, 'justify', 0, 9).map((t) => t.xPt)).toEqual([0]);
  });

  it('centres and right-aligns by the slack', () => {
    const line = { ...last!, availableWidthPt: 50 };
    expect(placeLine(line, 'center', 0, 9)[0]!.xPt).toBe(20);
    expect(placeLine(line, 'right', 0, 9)[0]!.xPt).toBe(40);
  });

  it('does not stretch where a word was split after a hyphen', () => {
    const [line] = breakLines([piece('ab-cd ef gh')], { widthPt: 100, firstLineIndentPt: 0, sizePt: 10 }, m);
    const placed = placeLine({ ...line!, last: false, availableWidthPt: 75 }, 'justify', 0, 9);
    // "ab-" "cd" glued (drawn as one string), two real spaces share 20 pt of stretch
    expect(placed.map((t) => [t.text, t.xPt])).toEqual([['ab-cd', 0], ['ef', 40], ['gh', 65]]);
  });
});
