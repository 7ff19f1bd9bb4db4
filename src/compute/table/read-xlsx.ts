// Stage: compute (tables). One sheet of an .xlsx workbook → header and rows, read straight from
// the workbook's XML in one pass (linear in the size of the sheet). Numbers come as the exact
// value Excel shows (15 significant digits), percent-formatted cells as the percent they show
// (0,9365 shown as 93,65 % is 93,65), formula cells by their saved result — and a formula Excel
// never computed, or an error value, is a problem at its cell. Parts and sheets past the limits
// are refused while they are read, so a small file cannot take minutes or all the memory.
import { msg } from '../../diag/index.js';
import { Exact } from '../../util/exact.js';
import type { DataGrid, GridCell } from './data-grid.js';
import { openZip, PartTooLarge, ZipError } from './unzip.js';
import { cellText, MAX_XLSX_PART_BYTES, readWorkbook, XlsxError, type Workbook } from './xlsx-workbook.js';
import { attr, scanXml, XmlError } from './xml-scan.js';

export { XlsxError };

/** Rows × columns a data sheet may span (from A1 to its farthest filled cell). */
export const MAX_XLSX_CELLS = 2_000_000;
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

export class SheetNotFound extends Error {
  constructor(readonly sheets: string[]) {
    super('sheet not found');
  }
}

const columnName = (n: number): string => (n > 26 ? columnName(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));
const grouped = (n: number): string => n.toLocaleString('en-US').replace(/,/g, ' ');

/** "AB12" → [row 12, column 28]; null when it is not a cell reference. */
function parseRef(ref: string): [number, number] | null {
  const m = /^([A-Z]{1,3})(\d{1,7})$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]), col];
}

/** A number as Excel shows it: rounded to 15 significant digits (0.1 + 0.2 is 0,3, as in the cell). */
const excelNumber = (v: string): Exact | null => {
  // most cells hold a short number written out: it is already what Excel shows
  if (/^-?\d{1,15}$/.test(v)) return Exact.fraction(BigInt(v));
  if (/^-?\d+\.\d+$/.test(v) && v.replace(/^-?0*\.?0*/, '').length <= 16) return Exact.parse(v);
  const x = Number(v);
  return v.trim() !== '' && Number.isFinite(x) ? Exact.parse(x.toPrecision(15)) : null;
};

/** The r, t and s attributes of a cell's start tag, in one pass. */
function cellAttributes(attrs: string): { r?: string; t?: string; s?: string } {
  const out: { r?: string; t?: string; s?: string } = {};
  for (const m of attrs.matchAll(/(?:^|\s)(r|t|s)\s*=\s*"([^"]*)"/g)) out[m[1] as 'r' | 't' | 's'] = m[2];
  return out;
}

const isoDate = (serial: number): string => new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86400) * 1000).toISOString().slice(0, 10);

interface RawCell {
  ref: string;
  type: string;
  style: number;
  formula: boolean;
  value: string | null;
  inline: string;
}

function toGridCell(c: RawCell, book: Workbook): GridCell {
  if (c.type === 'inlineStr') return cellText(c.inline);
  if (c.value === null)
    return c.formula ? { problem: msg('xlsx.unsaved_formula', { ref: c.ref }), hints: [msg('xlsx.unsaved_formula_hint')] } : null;
  switch (c.type) {
    case 's':
      return book.sharedStrings[Number(c.value)] ?? { problem: msg('xlsx.missing_text', { ref: c.ref }), hints: [msg('xlsx.save_again')] };
    case 'str':
      return cellText(c.value);
    case 'b':
      return c.value === '1' ? 'TRUE' : 'FALSE';
    case 'e':
      return { problem: msg('xlsx.error_value', { ref: c.ref, value: c.value }), hints: [msg('xlsx.error_value_hint')] };
    case 'd':
      return c.value.slice(0, 10);
  }
  const number = excelNumber(c.value);
  if (number === null) return { problem: msg('xlsx.not_number', { ref: c.ref, value: JSON.stringify(c.value) }), hints: [] };
  const format = book.formats[c.style] ?? 'number';
  if (format === 'date') return isoDate(number.toNumber());
  return format === 'percent' ? { number: number.mul(Exact.integer(100)), percent: true } : { number, percent: false };
}

/** The sheet's filled rows, each as [column, cell] pairs; refuses a sheet spanning too many cells. */
function readSheet(xml: string, book: Workbook, sheet: string): { rows: { line: number; cells: [number, GridCell][] }[]; width: number } {
  const rows: { line: number; cells: [number, GridCell][] }[] = [];
  let width = 0;
  let line = 0;
  let cells: [number, GridCell][] = [];
  let nextColumn = 1;
  let cell: RawCell | null = null;
  let column = 0;
  let capture: 'v' | 't' | null = null;
  let inline = false;
  let phonetic = 0;
  scanXml(xml, {
    open(name, attrs) {
      if (name === 'row') {
        line = Number(attr(attrs, 'r') ?? line + 1);
        if (!(line >= 1 && line <= MAX_ROW)) throw new XlsxError(msg('xlsx.bad_row', { sheet, row: attr(attrs, 'r') }));
        cells = [];
        nextColumn = 1;
      } else if (name === 'c') {
        const a = cellAttributes(attrs);
        const at: [number, number] | null = a.r ? parseRef(a.r) : [line, nextColumn];
        if (!at || at[1] > MAX_COLUMN) throw new XlsxError(msg('xlsx.bad_ref', { sheet, ref: JSON.stringify(a.r) }));
        column = at[1];
        cell = { ref: a.r ?? `${columnName(column)}${line}`, type: a.t ?? 'n', style: Number(a.s ?? 0), formula: false, value: null, inline: '' };
      } else if (cell && name === 'f') cell.formula = true;
      else if (cell && name === 'v') (capture = 'v'), (cell.value = '');
      else if (cell && name === 'is') inline = true;
      else if (cell && name === 't' && inline && phonetic === 0) capture = 't';
      else if (name === 'rPh') phonetic++;
    },
    text(t) {
      if (capture === 'v') cell!.value += t;
      else if (capture === 't') cell!.inline += t;
    },
    close(name) {
      if (name === 'v' || name === 't') capture = null;
      else if (name === 'is') inline = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'c' && cell) {
        const value = toGridCell(cell, book);
        nextColumn = column + 1;
        cell = null;
        if (value === null || value === '') return;
        cells.push([column, value]);
        if (column > width && line * column > MAX_XLSX_CELLS) throw tooWide(sheet, `${columnName(column)}${line}`, line, column);
        width = Math.max(width, column);
      } else if (name === 'row' && cells.length > 0) {
        if (line * width > MAX_XLSX_CELLS) throw tooWide(sheet, `${columnName(width)}${line}`, line, width);
        rows.push({ line, cells });
      }
    },
  });
  return { rows, width };
}

function tooWide(sheet: string, ref: string, rows: number, columns: number): XlsxError {
  return new XlsxError(
    msg('xlsx.too_wide', { sheet, ref, rows: grouped(rows), columns: grouped(columns), max: grouped(MAX_XLSX_CELLS) }),
    [msg('xlsx.too_wide_hint', { ref })],
  );
}

export function readXlsx(bytes: Uint8Array, sheetName: string | null): DataGrid & { sheet: string } {
  try {
    const zip = openZip(bytes);
    const book = readWorkbook(zip);
    const wanted = sheetName?.normalize('NFC');
    const ref = wanted === undefined ? book.sheets[0] : book.sheets.find((s) => s.name === wanted);
    if (!ref) throw new SheetNotFound(book.sheets.map((s) => s.name));
    const xml = zip.read(ref.part, MAX_XLSX_PART_BYTES);
    if (xml === null) throw new XlsxError(msg('xlsx.sheet_missing', { sheet: ref.name }), [msg('xlsx.save_again')]);
    const { rows, width } = readSheet(new TextDecoder().decode(xml), book, ref.name);
    const dense = rows.map((r) => {
      const cells: GridCell[] = new Array<GridCell>(width).fill(null);
      for (const [c, v] of r.cells) cells[c - 1] = v;
      return { line: r.line, cells };
    });
    const [head, ...rest] = dense;
    const header = (head?.cells ?? []).map((h) => (typeof h === 'string' ? h.trim() : h && 'number' in h ? h.number.toString() : ''));
    return { sheet: ref.name, header, headerLine: head?.line ?? 1, rows: rest, fieldsMatchHeader: false };
  } catch (e) {
    if (e instanceof PartTooLarge) throw new XlsxError(msg('xlsx.part_too_large', { part: e.part, mb: grouped(e.limit / 1024 / 1024) }), [msg('xlsx.part_too_large_hint')]);
    if (e instanceof ZipError || e instanceof XmlError) throw new XlsxError(msg('xlsx.unreadable', { detail: e.message }), [msg('xlsx.save_as_xlsx')]);
    throw e;
  }
}
