// Stage: compute (tables). What a data file reader returns: a header row and data rows, each
// with the line (CSV) or row number (XLSX) it came from.
export interface DataGrid {
  header: string[];
  headerLine: number;
  rows: { line: number; cells: (string | number | null)[] }[];
}
