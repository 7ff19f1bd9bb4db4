// Stage: plan schema. Appendices (phụ lục), each on pages of its own: a table (the original
// form: the table's fields on the appendix itself), text (paragraphs, items, tables, numbered
// sections), or both; or an appendix issued separately, declared but not printed.
import { z } from 'zod';
import { idSchema, problem, textSchema } from './common.js';
import { bodyEntrySchema, sectionSchema } from './sections.js';
import { checkRowSource, tableFields } from './table.js';

export { COLUMN_TYPES, columnGroupSchema, columnSchema, dataSourceSchema, tableSchema } from './table.js';
export type { Column, ColumnAllow, ColumnGroup, ColumnType, DataSource, TableInput } from './table.js';

export const appendixSchema = z
  .strictObject({
    id: idSchema.describe('Mã phụ lục; trong văn bản viết {mã} để in "Phụ lục" hoặc "Phụ lục II"'),
    title: textSchema.describe('Tên phụ lục (in hoa khi in)'),
    orientation: z.enum(['auto', 'portrait', 'landscape']).default('auto').describe('Hướng trang: auto chọn khổ ngang khi bảng rộng'),
    separate: z
      .boolean()
      .default(false)
      .describe('Phụ lục ban hành riêng: được đánh số và nhắc đến bằng {mã}, nhưng không in kèm kế hoạch'),
    ...tableFields,
    columns: tableFields.columns.nullable().default(null).describe('Các cột của bảng phụ lục (khi phụ lục là một bảng), theo thứ tự; cột STT được thêm tự động'),
    body: z.array(bodyEntrySchema).default([]).describe('Nội dung phụ lục (đoạn văn, ý, bảng {table: …}), in sau bảng của phụ lục nếu có'),
    sections: z.array(sectionSchema).default([]).describe('Các mục đánh số của phụ lục (đánh số lại từ I.)'),
  })
  .superRefine((a, ctx) => {
    checkRowSource(a, ctx);
    if (!a.columns && (a.rows.length > 0 || a.source || a.total))
      problem(ctx, ['columns'], 'plan.table_fields_without_columns');
    if (!a.separate && !a.columns && a.body.length === 0 && a.sections.length === 0)
      problem(ctx, ['columns'], 'plan.appendix_empty');
  })
  .describe('Một phụ lục: bảng số liệu, văn bản, hoặc cả hai');

export type Appendix = z.infer<typeof appendixSchema>;
