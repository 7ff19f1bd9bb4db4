// Stage: reader (recognition). A DOCX table → its grid: header rows (Word's repeated header rows,
// or the leading rows of headings, merged cells followed down), one header path per column
// ("Đến hết năm 2018" › "Dân số"), the body rows' cell texts by column, a row of column numbers
// ("(1) (2) (3)") left out, and figures read the Vietnamese way (16.095; 95,50; 98,8%). Pure.
import type { DocxCell, DocxTable } from '../types.js';
import { flat } from './lines.js';

export interface GridColumn {
  /** Header texts from the top row down, merged cells counted once. */
  path: string[];
  /** The top header cell, shared by the columns of one group. */
  topCell: DocxCell | null;
  widthPt: number;
}

export interface Grid {
  columns: GridColumn[];
  /** Body rows: the text of the cell that starts at each column ('' under a merge). */
  rows: string[][];
  /** Rows whose text is all bold (a totals row is). */
  boldRows: boolean[];
  skippedNumberRow: boolean;
}

export interface VnNumber {
  value: number;
  decimals: number;
  grouped: boolean;
  percent: boolean;
}

/** "16.095" → 16095; "95,50" → 95.5 (2 decimals); "98,8%"; anything else → null. */
export function readVnNumber(text: string): VnNumber | null {
  const s = text.replace(/\s+/g, '');
  const m = /^(-?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(%?)$/.exec(s);
  if (!m) return null;
  const value = Number(`${m[1]}${m[2]!.replace(/\./g, '')}.${m[3] ?? '0'}`);
  return { value, decimals: m[3]?.length ?? 0, grouped: m[2]!.includes('.'), percent: m[4] === '%' };
}

const cellText = (c: DocxCell): string => flat(c.blocks.map((b) => (b.type === 'paragraph' ? b.runs.map((r) => r.text).join('') : '')).join(' '));
const cellBold = (c: DocxCell): boolean => {
  const runs = c.blocks.flatMap((b) => (b.type === 'paragraph' ? b.runs : [])).filter((r) => r.text.trim());
  return runs.length > 0 && runs.every((r) => r.bold);
};

function headerRowCount(t: DocxTable): number {
  const flagged = t.rows.findIndex((r) => !r.header);
  let h = flagged > 0 ? flagged : 1;
  if (flagged <= 0) {
    // leading rows of bold, non-numeric cells under merged cells belong to the header
    while (h < Math.min(3, t.rows.length - 1) && t.rows[h - 1]!.cells.some((c) => c.colSpan > 1) && t.rows[h]!.cells.every((c) => !readVnNumber(cellText(c)) && (cellBold(c) || !cellText(c))))
      h++;
  }
  // a header cell merged downwards takes the rows it covers into the header
  for (let r = 0; r < h; r++) for (const c of t.rows[r]!.cells) h = Math.max(h, r + c.rowSpan);
  return Math.min(h, t.rows.length);
}

const isNumberRow = (texts: string[]) => {
  const filled = texts.filter(Boolean);
  return filled.length >= 2 && filled.every((s) => /^\(?(\d{1,2}|[A-Z])\)?$/.test(s)) && filled.some((s) => /\d/.test(s)) && !filled.some((s) => /^\d{1,2}$/.test(s) && Number(s) > 40);
};

export function readGrid(t: DocxTable): Grid {
  const width = Math.max(t.columnsPt.length, ...t.rows.map((r) => Math.max(0, ...r.cells.map((c) => c.column + c.colSpan))));
  const h = headerRowCount(t);
  const columns: GridColumn[] = Array.from({ length: width }, (_, c) => ({ path: [], topCell: null, widthPt: t.columnsPt[c] ?? 0 }));
  for (let r = 0; r < h; r++)
    for (const cell of t.rows[r]!.cells) {
      if (cell.rowSpan === 0) continue;
      const text = cellText(cell);
      for (let c = cell.column; c < cell.column + cell.colSpan && c < width; c++) {
        const col = columns[c]!;
        if (!col.topCell) col.topCell = cell;
        if (text && col.path[col.path.length - 1] !== text) col.path.push(text);
      }
    }
  let body = t.rows.slice(h).map((row) => {
    const texts = Array<string>(width).fill('');
    for (const c of row.cells) if (c.rowSpan > 0 && c.column < width) texts[c.column] = cellText(c);
    return { texts, bold: row.cells.filter((c) => cellText(c)).every(cellBold) && row.cells.some((c) => cellText(c)) };
  });
  const skippedNumberRow = body.length > 0 && isNumberRow(body[0]!.texts);
  if (skippedNumberRow) body = body.slice(1);
  return { columns, rows: body.map((b) => b.texts), boldRows: body.map((b) => b.bold), skippedNumberRow };
}
