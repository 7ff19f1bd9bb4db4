// Stage: compute (tables). DataGrid → the grid as the plan's columns read it, for sheets as
// offices have them: a title row or two above the header ("BẢNG TỔNG HỢP …"), and two-row headers
// whose upper cells are merged over the lower ones ("Vùng nguy hiểm" over "Số hộ", "Số người").
// The header is the first row (within the first few) that names every column the plan takes
// from the file; a column is found by its own text or by the upper and lower texts together
// ("Vùng nguy hiểm Số hộ"), which tells apart two groups that both have a "Số hộ".
import type { DataGrid, GridCell } from './data-grid.js';

/** Rows above the header that may hold titles: more is not a header any more but data. */
const MAX_TITLE_ROWS = 10;

export const normalise = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');

const text = (c: GridCell | undefined): string => (typeof c === 'string' ? c.trim() : c && 'number' in c ? c.number.toString() : '');

export interface FoundHeader extends DataGrid {
  /** For each column of the file, the names it answers to (normalised). */
  names: string[][];
}

/** An upper header row with merged cells: the text of a merged cell carried over the empty cells right of it. */
function fillRight(cells: readonly string[], below: readonly string[]): string[] {
  let carried = '';
  return cells.map((c, i) => {
    if (c !== '') carried = c;
    else if (below[i] === '') carried = '';
    return c !== '' ? c : carried;
  });
}

const findsAll = (names: string[][], wanted: readonly string[]): boolean => wanted.every((w) => names.some((n) => n.includes(w)));

/** The grid read from its real header row; the first row as before when no row names every wanted column. */
export function findHeader(grid: DataGrid, wanted: readonly string[]): FoundHeader {
  const all = [{ line: grid.headerLine, cells: grid.header as GridCell[] }, ...grid.rows];
  const want = wanted.map(normalise);
  for (let r = 0; r < Math.min(MAX_TITLE_ROWS, all.length); r++) {
    const upper = all[r]!.cells.map(text);
    const one = upper.map((c) => [normalise(c)]);
    if (findsAll(one, want)) return { ...grid, header: upper, headerLine: all[r]!.line, rows: all.slice(r + 1), names: one };
    const next = all[r + 1];
    if (!next) break;
    const lower = next.cells.map(text);
    const width = Math.max(upper.length, lower.length);
    const filled = fillRight(Array.from({ length: width }, (_, i) => upper[i] ?? ''), Array.from({ length: width }, (_, i) => lower[i] ?? ''));
    const two = filled.map((u, i) => {
      const l = lower[i] ?? '';
      return l === '' ? [normalise(u)] : u === '' || u === l ? [normalise(l)] : [normalise(l), normalise(`${u} ${l}`)];
    });
    if (findsAll(two, want)) {
      const header = filled.map((u, i) => ((lower[i] ?? '') === '' ? u : u === '' ? lower[i]! : `${u} ${lower[i]}`));
      return { ...grid, header, headerLine: next.line, rows: all.slice(r + 2), names: two };
    }
  }
  return { ...grid, header: grid.header.map(String), names: grid.header.map((h) => [normalise(String(h))]) };
}
