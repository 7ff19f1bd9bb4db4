// Stage: layout (flow). A row taller than a page (a table row whose cell holds a long text, a
// grid row with a long list) is cut into fragments at line boundaries, as Word and LibreOffice
// do: each fragment holds, per cell, the lines that fit, top-aligned, and is drawn with its
// own borders; what does not fit goes on in the next fragment. No line is ever dropped.
import type { PlacedItem } from '../types.js';
import { storedBorderPt } from '../../model/units.js';
import { shift, stackTops, type Slice } from './slice.js';

const EPSILON = 0.01;

/** One line (or other unbreakable slice) of a cell: its top inside the cell's content, its height and items (y from its own top). */
export interface RowLine {
  topPt: number;
  heightPt: number;
  items: PlacedItem[];
}

export interface RowCell {
  leftPt: number;
  rightPt: number;
  lines: RowLine[];
}

export interface RowStyle {
  padXPt: number;
  padYPt: number;
  /** Border thickness, or null for a borderless row (layout grids). */
  borderPt: number | null;
}

/** Slices stacked as in a cell (see stack()), each kept apart as a line. */
export function rowLines(slices: readonly Slice[]): RowLine[] {
  const { tops } = stackTops(slices);
  return slices.map((s, i) => ({ topPt: tops[i]!, heightPt: s.heightPt, items: s.items }));
}

const bottomOf = (lines: readonly RowLine[]): number => (lines.length ? lines[lines.length - 1]!.topPt + lines[lines.length - 1]!.heightPt : 0);

/** Lines moved up so that the first starts at the top. */
const rebase = (lines: readonly RowLine[]): RowLine[] => lines.map((l) => ({ ...l, topPt: l.topPt - (lines[0]?.topPt ?? 0) }));

/** Splits `slice` (a row) where it runs past `maxHeightPt`: the part that fits and the rest, or null. */
export type SplitRow = (maxHeightPt: number) => [Slice, Slice] | null;

/** A fragment of a row as a slice: its cells' lines, top-aligned, with borders; it can split again. */
export function rowFragment(cells: readonly RowCell[], style: RowStyle, base: Pick<Slice, 'table'>): Slice {
  // a bordered row's top border takes room above its top margin, as in measureTable
  const topPt = style.borderPt === null ? 0 : storedBorderPt(style.borderPt);
  const heightPt = topPt + Math.max(0, ...cells.map((c) => bottomOf(c.lines))) + 2 * style.padYPt;
  const items: PlacedItem[] = cells.flatMap((c) => c.lines.flatMap((l) => shift(l.items, c.leftPt + style.padXPt, topPt + style.padYPt + l.topPt)));
  if (style.borderPt !== null) {
    const line = (x1Pt: number, y1Pt: number, x2Pt: number, y2Pt: number): PlacedItem => ({ type: 'line', x1Pt, y1Pt, x2Pt, y2Pt, thicknessPt: style.borderPt! });
    for (const c of cells) items.push(line(c.leftPt, 0, c.rightPt, 0), line(c.leftPt, heightPt, c.rightPt, heightPt), line(c.leftPt, 0, c.leftPt, heightPt), line(c.rightPt, 0, c.rightPt, heightPt));
  }
  return { heightPt, spaceBeforePt: 0, spaceAfterPt: 0, keepWithNext: false, items, ...base, split: splitter(cells, style, base) };
}

export function splitter(cells: readonly RowCell[], style: RowStyle, base: Pick<Slice, 'table'>): SplitRow {
  return (maxHeightPt) => {
    const room = maxHeightPt - 2 * style.padYPt - (style.borderPt === null ? 0 : storedBorderPt(style.borderPt));
    const cut = cells.map((c) => {
      let n = 0;
      while (n < c.lines.length && bottomOf(c.lines.slice(0, n + 1)) <= room + EPSILON) n++;
      return n;
    });
    if (cut.every((n) => n === 0)) return null; // not one line fits
    if (cut.every((n, i) => n === cells[i]!.lines.length)) return null; // it all fits: nothing to split
    const first = cells.map((c, i) => ({ ...c, lines: c.lines.slice(0, cut[i]) }));
    const rest = cells.map((c, i) => ({ ...c, lines: rebase(c.lines.slice(cut[i])) }));
    return [rowFragment(first, style, base), rowFragment(rest, style, base)];
  };
}
