// Stage: layout. What an edit changed on a page, as rectangles: the places where the page drawn
// before and the page drawn now differ. The studio redraws only those places of a page already
// on screen (from a small PDF of the items that reach into them) instead of the whole page.
import type { FontFace, Measure } from '../fonts/measure.js';
import type { Page, PlacedItem } from './types.js';

/** A rectangle on a page, in points from its top-left corner. */
export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Around every item: its antialiased edges. */
const MARGIN_PT = 1.5;
/** Changed places closer than this are redrawn as one. */
const JOIN_PT = 6;

/** What bounding an item's ink takes: text widths, and how far a face's glyphs reach past the
 * measured box, in ems (fonts/measure.ts inkReachEm). */
export interface Ink {
  measure: Measure;
  reach: (face: FontFace) => { left: number; right: number; above: number; below: number };
}

/** The rectangle an item's ink stays inside. */
export function itemBounds(item: PlacedItem, ink: Ink): Rect {
  if (item.type === 'text') {
    const width = ink.measure(item.text, item.face, item.sizePt);
    const r = ink.reach(item.face);
    return {
      x0: item.xPt - r.left * item.sizePt - MARGIN_PT,
      y0: item.yPt - r.above * item.sizePt - MARGIN_PT,
      // the PDF places glyphs by their exact advances, measure rounds each to 1/120 pt
      x1: item.xPt + width + item.text.length / 120 + r.right * item.sizePt + MARGIN_PT,
      y1: item.yPt + r.below * item.sizePt + MARGIN_PT,
    };
  }
  const half = item.thicknessPt / 2 + MARGIN_PT;
  return {
    x0: Math.min(item.x1Pt, item.x2Pt) - half,
    y0: Math.min(item.y1Pt, item.y2Pt) - half,
    x1: Math.max(item.x1Pt, item.x2Pt) + half,
    y1: Math.max(item.y1Pt, item.y2Pt) + half,
  };
}

const meets = (a: Rect, b: Rect, gap = 0): boolean => a.x0 <= b.x1 + gap && b.x0 <= a.x1 + gap && a.y0 <= b.y1 + gap && b.y0 <= a.y1 + gap;
const union = (a: Rect, b: Rect): Rect => ({ x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) });

/** Rectangles that meet (or nearly) joined into one, until none meet. */
function joined(rects: Rect[]): Rect[] {
  const out: Rect[] = [];
  for (let r of rects) {
    for (let i = 0; i < out.length; ) {
      if (meets(out[i]!, r, JOIN_PT)) {
        r = union(out[i]!, r);
        out.splice(i, 1);
        i = 0; // the larger rectangle may now meet one passed already
      } else i++;
    }
    out.push(r);
  }
  return out.sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
}

const identity = (item: PlacedItem): string => JSON.stringify(item);

/**
 * Where `after` differs from `before`: the places of the items only one of them has (an item
 * moved is in both places). Null when the pages are of different sizes. An empty list: drawn alike.
 */
export function changedRects(before: Page, after: Page, ink: Ink): Rect[] | null {
  if (before.widthPt !== after.widthPt || before.heightPt !== after.heightPt) return null;
  const left = new Map<string, number>();
  for (const item of before.items) {
    const k = identity(item);
    left.set(k, (left.get(k) ?? 0) + 1);
  }
  const changed: Rect[] = [];
  for (const item of after.items) {
    const k = identity(item);
    const n = left.get(k) ?? 0;
    if (n > 0) left.set(k, n - 1);
    else changed.push(itemBounds(item, ink));
  }
  for (const item of before.items) {
    const k = identity(item);
    const n = left.get(k) ?? 0;
    if (n > 0) {
      left.set(k, n - 1);
      changed.push(itemBounds(item, ink));
    }
  }
  const page: Rect = { x0: 0, y0: 0, x1: after.widthPt, y1: after.heightPt };
  return joined(changed)
    .map((r) => ({ x0: Math.max(page.x0, r.x0), y0: Math.max(page.y0, r.y0), x1: Math.min(page.x1, r.x1), y1: Math.min(page.y1, r.y1) }))
    .filter((r) => r.x1 > r.x0 && r.y1 > r.y0);
}

/** The part of `page` that draws inside `rects`: every item reaching into one, in the page's
 * order (so that the places look exactly as on the whole page drawn now). */
export function patchPage(page: Page, rects: readonly Rect[], ink: Ink): Page {
  const items = page.items.filter((item) => {
    const b = itemBounds(item, ink);
    return rects.some((r) => meets(b, r));
  });
  return { widthPt: page.widthPt, heightPt: page.heightPt, items };
}

/** The share of the page the rectangles cover (they do not overlap: see `joined`). */
export const coverage = (page: Page, rects: readonly Rect[]): number =>
  rects.reduce((sum, r) => sum + (r.x1 - r.x0) * (r.y1 - r.y0), 0) / (page.widthPt * page.heightPt);
