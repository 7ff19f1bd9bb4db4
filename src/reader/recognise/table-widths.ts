// Stage: reader (recognition). The column widths of a Word table (its grid, in twips) → the
// relative `width:` of each column, as the writers read them back: the tool scales the widths
// (the STT column it adds counting 0.8, a column without `width:` its type's default) to the
// table's width, column edges rounded to whole twips, so each column within a twip. A table the
// tool wrote comes back with the very widths of its plan; a table typed elsewhere with the
// nearest widths in tenths (hundredths where tenths are more than 1 mm off), and how far
// they are from the Word file, for the review list. Pure.
import { DEFAULT_WIDTH, INDEX_WIDTH } from '../../plan/column-widths.js';

export type WidthType = keyof typeof DEFAULT_WIDTH;

export interface WidthColumn {
  widthPt: number;
  type: WidthType;
}

export interface ImportedWidths {
  /** Relative width of each column, or null where its type's default gives the same. */
  widths: (number | null)[];
  /** The largest difference, in points, between a column in the Word file and as printed at the same table width. */
  offPt: number;
}

/** Differences up to this are the rounding of column edges to twips (1/20 pt): the widths are the Word file's. */
export const EXACT_PT = 0.05 + 1e-9;
/** Tenths are kept when no column is further than this from the Word file: 1 mm, as a ruler shows. */
const TENTHS_PT = 72 / 25.4;

/** How far the widths, printed by the tool at the Word table's width, are from the Word grid (pt). */
export function widthsOffPt(columns: readonly WidthColumn[], widths: readonly (number | null)[], indexPt: number | null): number {
  const pts = [...(indexPt === null ? [] : [indexPt]), ...columns.map((c) => c.widthPt)];
  const relative = [...(indexPt === null ? [] : [INDEX_WIDTH]), ...columns.map((c, i) => widths[i] ?? DEFAULT_WIDTH[c.type])];
  const [totalPt, sum] = [pts.reduce((a, b) => a + b, 0), relative.reduce((a, b) => a + b, 0)];
  return Math.max(...relative.map((w, i) => Math.abs((w / sum) * totalPt - pts[i]!)));
}

interface Candidate extends ImportedWidths {
  decimals: number;
  defaults: number;
  sum: number;
}

function candidate(columns: readonly WidthColumn[], unitPt: number, decimals: number, indexPt: number | null): Candidate {
  const step = 10 ** decimals;
  const widths = columns.map((c) => {
    const w = Math.max(1, Math.round((c.widthPt / unitPt) * step)) / step;
    return w === DEFAULT_WIDTH[c.type] ? null : w;
  });
  const offPt = widthsOffPt(columns, widths, indexPt);
  const sum = widths.reduce<number>((s, w, i) => s + (w ?? DEFAULT_WIDTH[columns[i]!.type]), 0);
  return { widths, offPt, decimals, defaults: widths.filter((w) => w === null).length, sum };
}

/** Exact before approximate; then fewer decimals, more columns at their default, smaller figures. */
function better(a: Candidate, b: Candidate): boolean {
  const [ea, eb] = [a.offPt <= EXACT_PT, b.offPt <= EXACT_PT];
  if (ea !== eb) return ea;
  if (!ea) return a.offPt < b.offPt;
  if (a.decimals !== b.decimals) return a.decimals < b.decimals;
  if (a.defaults !== b.defaults) return a.defaults > b.defaults;
  return a.sum < b.sum;
}

/**
 * The relative widths of a table's columns (the STT column left out; `indexPt` is its width when
 * the tool is to number the rows), or null when the Word file gives no widths.
 */
export function importWidths(columns: readonly WidthColumn[], indexPt: number | null): ImportedWidths | null {
  if (columns.length === 0 || columns.some((c) => !(c.widthPt > 0)) || (indexPt !== null && !(indexPt > 0))) return null;
  // the unit the widths are counted in: the one that makes the STT column 0.8, or a column its default
  const units = new Set([...(indexPt === null ? [] : [indexPt / INDEX_WIDTH]), ...columns.map((c) => c.widthPt / DEFAULT_WIDTH[c.type])]);
  let best: Candidate | null = null;
  let bestTenths: Candidate | null = null;
  for (const unit of units)
    for (const decimals of [1, 2]) {
      const c = candidate(columns, unit, decimals, indexPt);
      if (!best || better(c, best)) best = c;
      if (decimals === 1 && (!bestTenths || better(c, bestTenths))) bestTenths = c;
    }
  const chosen = best!.offPt > EXACT_PT && bestTenths!.offPt <= TENTHS_PT ? bestTenths! : best!;
  return { widths: chosen.widths, offPt: chosen.offPt };
}
