// Stage: plan schema. Appendix tables (phụ lục): columns with a type and rows, one per line.
import { z } from 'zod';
import { idSchema, textSchema } from './common.js';

export const COLUMN_TYPES = ['text', 'integer', 'decimal', 'percent'] as const;

export const columnSchema = z
  .strictObject({
    key: idSchema.describe('Mã cột (dùng trong công thức và khi đọc dữ liệu)'),
    header: textSchema.describe('Tiêu đề cột'),
    type: z.enum(COLUMN_TYPES).default('text').describe('Kiểu: text, integer (số người …), decimal, percent'),
    decimals: z.number().int().min(0).max(4).nullable().default(null).describe('Số chữ số thập phân khi in'),
    width: z.number().positive().nullable().default(null).describe('Độ rộng tương đối của cột'),
  })
  .describe('Một cột của bảng');

const cellSchema = z.union([z.string(), z.number(), z.null()]);

export const appendixSchema = z
  .strictObject({
    id: idSchema.describe('Mã phụ lục, để trích dẫn trong văn bản'),
    title: textSchema.describe('Tên phụ lục (in hoa khi in)'),
    orientation: z
      .enum(['auto', 'portrait', 'landscape'])
      .default('auto')
      .describe('Hướng trang: auto chọn khổ ngang khi bảng rộng'),
    numbered: z.boolean().default(true).describe('Có cột STT tự đánh số'),
    columns: z.array(columnSchema).min(1, { error: 'a table needs at least one column' }).describe('Các cột của bảng, theo thứ tự (cột STT được thêm tự động)'),
    rows: z.array(z.array(cellSchema)).default([]).describe('Các dòng số liệu, mỗi dòng một danh sách theo thứ tự cột'),
  })
  .superRefine((a, ctx) => {
    a.rows.forEach((row, r) => {
      if (row.length !== a.columns.length)
        ctx.addIssue({
          code: 'custom',
          path: ['rows', r],
          message: `this row has ${row.length} cells but the table has ${a.columns.length} columns (${a.columns.map((c) => c.key).join(', ')})`,
        });
      row.forEach((cell, c) => {
        const col = a.columns[c];
        if (!col || cell === null) return;
        const problem = cellProblem(col.type, cell);
        if (problem) ctx.addIssue({ code: 'custom', path: ['rows', r, c], message: `column '${col.key}': ${problem}` });
      });
    });
  })
  .describe('Một phụ lục có bảng số liệu');

function cellProblem(type: (typeof COLUMN_TYPES)[number], cell: string | number): string | null {
  if (type === 'text') return typeof cell === 'string' && cell.trim() !== '' ? null : 'expected text';
  if (typeof cell !== 'number' || !Number.isFinite(cell)) return `expected a number, found ${JSON.stringify(cell)}`;
  if (type === 'integer' && (!Number.isInteger(cell) || cell < 0)) return `expected a whole number ≥ 0, found ${cell}`;
  if (type === 'percent' && (cell < 0 || cell > 100)) return `a rate must lie between 0 and 100, found ${cell}`;
  return null;
}

export type Column = z.infer<typeof columnSchema>;
export type Appendix = z.infer<typeof appendixSchema>;
