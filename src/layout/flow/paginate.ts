// Stage: layout (flow). Slices → pages. Greedy: a slice goes on the current page if it fits;
// a chain of slices that keep together moves to a new page as a whole when it does not fit but
// would fit on an empty page; a row taller than a page is cut (see split-row.ts); a table's
// header rows are repeated at the top of each page the table continues on. Between slices the
// larger of space after and space before applies (as LibreOffice spaces them); space after the
// last slice of a page may run into the margin, and space before the first slice of a page is
// dropped, but on a section's first page.
import type { PlacedItem } from '../types.js';
import { gapBetween, shift, type Slice } from './slice.js';

export interface PageBox {
  xPt: number;
  topPt: number;
  bottomPt: number;
}

const EPSILON = 0.01;

/**
 * Height from the current position to the end of the chain of slices kept with slice `from`
 * (which may be `first`, a fragment of it); the last one's overhang may hang into the margin.
 */
const chainHeight = (slices: readonly Slice[], from: number, previousAfterPt: number, first: Slice): number => {
  let h = 0;
  let after = previousAfterPt;
  for (let k = from; k < slices.length; k++) {
    const s = k === from ? first : slices[k]!;
    h += gapBetween(after, s.spaceBeforePt) + s.heightPt;
    after = s.spaceAfterPt;
    if (!s.keepWithNext) return h - (s.overhangPt ?? 0);
  }
  return h;
};

/** Places slices on as many pages as needed; returns each page's items. */
export function paginate(slices: readonly Slice[], box: PageBox): PlacedItem[][] {
  const pages: PlacedItem[][] = [[]];
  const capacity = box.bottomPt - box.topPt;
  let y = box.topPt;
  const headers = new Map<number, Slice[]>();
  for (const s of slices) if (s.table?.header) headers.set(s.table.id, [...(headers.get(s.table.id) ?? []), s]);

  let after = 0; // space after the last slice placed on this page
  let pageBreak = false; // the page was begun by a page break: no space before its first slice
  const put = (s: Slice) => {
    y += pageBreak ? 0 : gapBetween(after, s.spaceBeforePt);
    pageBreak = false;
    pages[pages.length - 1]!.push(...(s.placed ? s.placed(box.xPt, y) : shift(s.items, box.xPt, y)));
    y += s.heightPt;
    after = s.spaceAfterPt;
  };
  const newPage = () => {
    pages.push([]);
    y = box.topPt;
    after = 0;
    pageBreak = true;
  };

  const atTop = () => pages[pages.length - 1]!.length === 0;
  const repeatHeaders = (s: Slice) => {
    if (s.table && !s.table.header) for (const h of headers.get(s.table.id) ?? []) put(h);
  };
  const headerHeight = (s: Slice) => (s.table && !s.table.header ? (headers.get(s.table.id) ?? []).reduce((a, h) => a + h.heightPt, 0) : 0);

  slices.forEach((whole, i) => {
    let s = whole;
    // a row taller than a page: as much as fits here, the rest on the next pages
    let fresh = atTop();
    while (s.split && s.heightPt > capacity - headerHeight(s) + EPSILON) {
      const room = box.bottomPt - y - gapBetween(after, s.spaceBeforePt);
      const parts = room > EPSILON ? s.split(room) : null;
      if (!parts && fresh) break; // not one line fits even a new page: placed as it is
      if (parts) put(parts[0]);
      newPage();
      repeatHeaders(s);
      fresh = true;
      if (parts) s = parts[1];
    }
    const chain = chainHeight(slices, i, after, s);
    const fits = y + chain <= box.bottomPt + EPSILON;
    const alone = y + gapBetween(after, s.spaceBeforePt) + s.heightPt - (s.overhangPt ?? 0) <= box.bottomPt + EPSILON;
    if (!atTop() && (!alone || (!fits && chain <= capacity))) {
      newPage();
      repeatHeaders(s);
    }
    put(s);
  });
  return pages;
}
