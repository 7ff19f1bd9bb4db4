import { describe, expect, it } from 'vitest';
import { paginate } from '../../../src/layout/flow/paginate.js';
import type { Slice } from '../../../src/layout/flow/slice.js';
import type { PlacedText } from '../../../src/layout/types.js';

/** A slice 10 pt high with one text item naming it. */
const slice = (name: string, over: Partial<Slice> = {}): Slice => ({
  heightPt: 10,
  spaceBeforePt: 0,
  spaceAfterPt: 0,
  keepWithNext: false,
  items: [{ type: 'text', xPt: 0, yPt: 0, text: name, face: { bold: false, italic: false }, sizePt: 10 }],
  ...over,
});
const box = { xPt: 0, topPt: 0, bottomPt: 35 }; // room for three 10 pt slices
const names = (pages: ReturnType<typeof paginate>) => pages.map((p) => p.map((i) => (i as PlacedText).text).join(' '));

describe('paginate', () => {
  it('fills pages in order', () => {
    expect(names(paginate(['a', 'b', 'c', 'd'].map((n) => slice(n)), box))).toEqual(['a b c', 'd']);
  });

  it('moves a chain kept together to the next page (heading with its paragraph)', () => {
    const slices = [slice('a'), slice('b'), slice('heading', { keepWithNext: true }), slice('text')];
    expect(names(paginate(slices, box))).toEqual(['a b', 'heading text']);
  });

  it('places a chain taller than a page anyway', () => {
    // a…e (50 pt) can never fit one page: placed as they come, until the rest of the chain
    // (c d e, 30 pt) fits an empty page and moves there whole
    const slices = ['a', 'b', 'c', 'd', 'e'].map((n) => slice(n, { keepWithNext: true }));
    expect(names(paginate(slices, box))).toEqual(['a b', 'c d e']);
  });

  it('uses the larger of space after and space before between slices', () => {
    const pages = paginate([slice('a', { spaceAfterPt: 6 }), slice('b', { spaceBeforePt: 4 })], { xPt: 0, topPt: 0, bottomPt: 100 });
    expect(pages[0]!.map((i) => (i as PlacedText).yPt)).toEqual([0, 16]);
  });

  it('repeats a table header at the top of each page the table continues on', () => {
    const table = { id: 1, header: false };
    const slices = [slice('H', { keepWithNext: true, table: { id: 1, header: true } }), ...['r1', 'r2', 'r3', 'r4'].map((n) => slice(n, { table }))];
    expect(names(paginate(slices, box))).toEqual(['H r1 r2', 'H r3 r4']);
  });

  it('lets the extra room of multiple line spacing under the last line of a page hang into the margin (13-overhang)', () => {
    const lines = ['a', 'b', 'c', 'd'].map((n) => slice(n, { heightPt: 12, overhangPt: 2 }));
    // three lines of 12 pt end at 36 in a 35 pt page: the third one's text ends at 34
    expect(names(paginate(lines, box))).toEqual(['a b c', 'd']);
    expect(names(paginate(lines.map((l) => ({ ...l, overhangPt: 0 })), box))).toEqual(['a b', 'c d']);
  });

  it('drops space before at the top of a page begun by a page break, not at the top of the section (13-space-before)', () => {
    const pages = paginate(['a', 'b', 'c', 'd'].map((n) => slice(n, { spaceBeforePt: 5 })), { xPt: 0, topPt: 0, bottomPt: 40 });
    expect(pages.map((p) => p.map((i) => (i as PlacedText).yPt))).toEqual([[5, 20], [0, 15]]);
  });
});

describe('11-pdf-long-cell: paginate cuts a row taller than a page', () => {
  it('places as many lines as fit, then goes on after the repeated header, losing none', async () => {
    const { rowFragment } = await import('../../../src/layout/flow/split-row.js');
    const lines = Array.from({ length: 8 }, (_, i) => ({ topPt: i * 10, heightPt: 10, items: slice(`l${i}`).items }));
    const table = { id: 1, header: false };
    const row = rowFragment([{ leftPt: 0, rightPt: 50, lines }], { padXPt: 0, padYPt: 0, borderPt: 1 }, { table });
    const pages = paginate([slice('H', { keepWithNext: true, table: { id: 1, header: true } }), row, slice('after', { table })], box);
    const texts = pages.map((p) => p.flatMap((i) => (i.type === 'text' ? [i.text] : [])).join(' '));
    expect(texts).toEqual(['H l0 l1', 'H l2 l3', 'H l4 l5', 'H l6 l7', 'H after']);
    expect(pages.slice(0, 4).every((p) => p.some((i) => i.type === 'line'))).toBe(true); // each fragment has its borders
    for (const p of pages) expect(p.every((i) => (i.type === 'text' ? i.yPt : Math.max(i.y1Pt, i.y2Pt)) <= box.bottomPt)).toBe(true);
  });
});
