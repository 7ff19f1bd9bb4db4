// Stage: compute (tables). One sheet of an .xlsx workbook → header and rows (exceljs, loaded
// only when a plan reads a workbook). Formula cells give their cached result.
import type { DataGrid } from './data-grid.js';

type CellValue = null | string | number | boolean | Date | { formula?: string; result?: unknown; richText?: { text: string }[]; text?: string; error?: string };

function plain(v: CellValue | undefined): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.normalize('NFC');
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('richText' in v && v.richText) return v.richText.map((t) => t.text).join('').normalize('NFC');
  if ('result' in v) return plain(v.result as CellValue);
  if ('text' in v && typeof v.text === 'string') return v.text.normalize('NFC');
  if ('error' in v) return `#${v.error}`;
  return null;
}

export class SheetNotFound extends Error {
  constructor(readonly sheets: string[]) {
    super('sheet not found');
  }
}

export async function readXlsx(bytes: Uint8Array, sheetName: string | null): Promise<DataGrid & { sheet: string }> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = sheetName === null ? workbook.worksheets[0] : workbook.getWorksheet(sheetName);
  if (!sheet) throw new SheetNotFound(workbook.worksheets.map((w) => w.name));
  const rows: DataGrid['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: (string | number | null)[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(plain(row.getCell(c).value as CellValue));
    if (cells.some((x) => x !== null && x !== '')) rows.push({ line: rowNumber, cells });
  });
  const [head, ...rest] = rows;
  return { sheet: sheet.name, header: (head?.cells ?? []).map((h) => String(h ?? '').trim()), headerLine: head?.line ?? 1, rows: rest };
}
