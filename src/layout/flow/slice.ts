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
  return items.map((i) =>
    i.type === 'text' ? { ...i, xPt: i.xPt + dx, yPt: i.yPt + dy } : { ...i, x1Pt: i.x1Pt + dx, x2Pt: i.x2Pt + dx, y1Pt: i.y1Pt + dy, y2Pt: i.y2Pt + dy },
  );
}

/**
 * Space between two slices: the larger of the first's space after and the second's space
 * before (LibreOffice's rule for Word documents; themes avoid setting both, where Word adds them).
 */
export const gapBetween = (previousAfterPt: number, nextBeforePt: number): number => Math.max(previousAfterPt, nextBeforePt);

/** Stacks slices without page breaks (inside a table or grid cell); returns items and height. */
export function stack(slices: readonly Slice[]): { items: PlacedItem[]; heightPt: number } {
  let y = 0;
  let after = 0;
  const items: PlacedItem[] = [];
  for (const [i, s] of slices.entries()) {
    y += i === 0 ? s.spaceBeforePt : gapBetween(after, s.spaceBeforePt);
    items.push(...shift(s.items, 0, y));
    y += s.heightPt;
    after = s.spaceAfterPt;
  }
  return { items, heightPt: y + after };
}
