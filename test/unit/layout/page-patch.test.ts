// What an edit changed on a page, as places to redraw (the studio draws only those anew): every
// item that differs lies inside them, nothing else is needed to draw them, a page that did not
// change has none, and the ink of any glyph of the faces stays inside an item's bounds.
import { describe, expect, it } from 'vitest';
import { createTextMetrics, inkReachEm, tinosFiles } from '../../../src/fonts/measure.js';
import { layoutDocument } from '../../../src/layout/layout-document.js';
import { changedRects, coverage, itemBounds, patchPage, type Ink, type Rect } from '../../../src/layout/page-patch.js';
import type { Page, PlacedItem } from '../../../src/layout/types.js';
import { buildFromSource } from '../../../src/pipeline.js';
import { parsePlanText } from '../../../src/plan/load.js';
import { readFileSync } from 'node:fs';

const files = tinosFiles();
const metrics = createTextMetrics(files);
const ink: Ink = { measure: metrics.measure, reach: (face) => inkReachEm(files, face) };

async function pages(text: string): Promise<Page[]> {
  const built = await buildFromSource(parsePlanText('plans/2026.yaml', text));
  return layoutDocument(built.document, metrics).pages;
}

const inside = (b: Rect, r: Rect) => b.x0 >= r.x0 - 1e-9 && b.y0 >= r.y0 - 1e-9 && b.x1 <= r.x1 + 1e-9 && b.y1 <= r.y1 + 1e-9;
const clamp = (b: Rect, p: Page): Rect => ({ x0: Math.max(0, b.x0), y0: Math.max(0, b.y0), x1: Math.min(p.widthPt, b.x1), y1: Math.min(p.heightPt, b.y1) });
const key = (i: PlacedItem) => JSON.stringify(i);

describe('places an edit changed on a page', () => {
  const plan = readFileSync('plans/2026.yaml', 'utf8');

  it('a village figure changed: the places hold every item that differs, cover little of the page, and the other pages have none', async () => {
    const before = await pages(plan);
    const after = await pages(plan.replace('[ Thôn Ngọc Trà, 1023, 958 ]', '[ Thôn Ngọc Trà, 1029, 951 ]'));
    expect(after.length).toBe(before.length);
    const changed = before.map((p, i) => changedRects(p, after[i]!, ink)!);
    const touched = changed.flatMap((rects, i) => (rects.length > 0 ? [i] : []));
    expect(touched).toEqual([before.length - 1]); // the appendix, last page
    const i = touched[0]!;
    const rects = changed[i]!;
    const old = new Set(before[i]!.items.map(key));
    const now = new Set(after[i]!.items.map(key));
    const differing = [...before[i]!.items.filter((x) => !now.has(key(x))), ...after[i]!.items.filter((x) => !old.has(key(x)))];
    // the row's figures and the totals: before and after
    expect(differing.length).toBeGreaterThanOrEqual(8);
    for (const item of differing) expect(rects.some((r) => inside(clamp(itemBounds(item, ink), after[i]!), r))).toBe(true);
    expect(coverage(after[i]!, rects)).toBeLessThan(0.2);
    // the patch: exactly the page's items that reach into a place, in the page's order
    const patch = patchPage(after[i]!, rects, ink);
    expect(patch.items.length).toBeLessThan(after[i]!.items.length / 2);
    expect(after[i]!.items.filter((x) => patch.items.includes(x))).toEqual(patch.items);
    for (const item of after[i]!.items.filter((x) => !patch.items.includes(x))) {
      const b = itemBounds(item, ink);
      expect(rects.some((r) => b.x0 <= r.x1 && r.x0 <= b.x1 && b.y0 <= r.y1 && r.y0 <= b.y1)).toBe(false);
    }
  });

  it('pages of other sizes have no places (drawn whole); the same page has none', async () => {
    const [page] = await pages(plan);
    expect(changedRects(page!, { ...page!, widthPt: page!.widthPt + 1 }, ink)).toBeNull();
    expect(changedRects(page!, structuredClone(page!), ink)).toEqual([]);
  });

  it('an item that moved is redrawn at both places; places apart stay apart', () => {
    const text = (x: number, y: number): PlacedItem => ({ type: 'text', xPt: x, yPt: y, text: 'Thôn Ngọc Trà', face: { bold: false, italic: false }, sizePt: 13 });
    const page = (items: PlacedItem[]): Page => ({ widthPt: 595, heightPt: 842, items });
    const rects = changedRects(page([text(100, 100), text(100, 700)]), page([text(100, 120), text(100, 700)]), ink)!;
    expect(rects).toHaveLength(1); // 100 and 120 on baselines 20 pt apart: one place
    expect(inside(itemBounds(text(100, 100), ink), rects[0]!) && inside(itemBounds(text(100, 120), ink), rects[0]!)).toBe(true);
    const apart = changedRects(page([text(100, 100), text(100, 600)]), page([text(101, 100), text(101, 600)]), ink)!;
    expect(apart).toHaveLength(2);
  });

  it('the bounds hold the ink of every glyph: Tinos reaches at most as far as its boxes say', () => {
    for (const face of [{ bold: false, italic: false }, { bold: true, italic: false }, { bold: false, italic: true }, { bold: true, italic: true }]) {
      const r = inkReachEm(files, face);
      // the font's own box (head) bounds every glyph: above and below the same
      expect(r.above).toBeCloseTo(1.0098, 3);
      expect(r.below).toBeCloseTo(0.3892, 3);
      // a capital with two marks (Ỗ) rises higher than the plain ascender
      expect(r.above).toBeGreaterThan(metrics.ascentEm);
      expect(r.left).toBeGreaterThan(0);
      expect(r.right).toBeGreaterThan(0);
    }
  });
});
