// Stage: layout (flow). A slice is the unit of vertical flow: a line of a paragraph, a row of a
// grid or table. Pagination moves whole slices; `keepWithNext` chains them (headings with what
// follows, the first and last two lines of a paragraph, a table header with its first row).
import type { PlacedItem } from '../types.js';

export interface Slice {
  heightPt: number;
  spaceBeforePt: number;
  spaceAfterPt: number;
  keepWithNext: boolean;
  /**
   * Bottom part of the slice that may hang into the bottom margin when it is the last on a page:
   * the extra room of "multiple" line spacing, below a line's text (LibreOffice lets it hang;
   * measured: the last line of a page fits when its text does).
   */
  overhangPt?: number;
  /** Items with x from the left of the flow's box and y from the slice's top. */
  items: PlacedItem[];
  /**
   * The items moved by (dx, dy), made afresh: a slice that can make its items when placed (a
   * table row) says so, and pagination asks it rather than copying `items`.
   */
  placed?: (dx: number, dy: number) => PlacedItem[];
  /** For table rows: the table they belong to, and whether they are header rows (repeated). */
  table?: { id: number; header: boolean };
  /**
   * For rows that may be cut when taller than a page (see split-row.ts): the part that fits in
   * `maxHeightPt` and the rest, or null when not one line fits.
   */
  split?: (maxHeightPt: number) => [Slice, Slice] | null;
}

/** Moves items by (dx, dy). */
export function shift(items: readonly PlacedItem[], dx: number, dy: number): PlacedItem[] {
  return items.map((i) => moved(i, dx, dy));
}

// Written out field by field (not spread): on a long appendix, items are copied hundreds of
// thousands of times, and a literal of one shape is copied fastest.
function moved(i: PlacedItem, dx: number, dy: number): PlacedItem {
  if (i.type === 'text') return { type: 'text', xPt: i.xPt + dx, yPt: i.yPt + dy, text: i.text, face: i.face, sizePt: i.sizePt };
  return { type: i.type, x1Pt: i.x1Pt + dx, y1Pt: i.y1Pt + dy, x2Pt: i.x2Pt + dx, y2Pt: i.y2Pt + dy, thicknessPt: i.thicknessPt };
}

/**
 * Space between two slices: the larger of the first's space after and the second's space
 * before (LibreOffice's rule for Word documents; themes avoid setting both, where Word adds them).
 */
export const gapBetween = (previousAfterPt: number, nextBeforePt: number): number => Math.max(previousAfterPt, nextBeforePt);

/** Where each slice starts when stacked without page breaks, and the height of the whole. */
export function stackTops(slices: readonly Slice[]): { tops: number[]; heightPt: number } {
  let y = 0;
  let after = 0;
  const tops: number[] = [];
  for (const [i, s] of slices.entries()) {
    y += i === 0 ? s.spaceBeforePt : gapBetween(after, s.spaceBeforePt);
    tops.push(y);
    y += s.heightPt;
    after = s.spaceAfterPt;
  }
  return { tops, heightPt: y + after };
}

/** Stacks slices without page breaks (inside a table or grid cell); returns items and height. */
export function stack(slices: readonly Slice[]): { items: PlacedItem[]; heightPt: number } {
  const { tops, heightPt } = stackTops(slices);
  return { items: slices.flatMap((s, i) => shift(s.items, 0, tops[i]!)), heightPt };
}
