// Stage: plan schema. Computed tables, in an appendix or in the body of a section: typed
// columns, optionally computed by a formula, grouped under two-level headers (a group may repeat
// per year), rows inline (one per line) or read from a CSV or XLSX file beside the plan, and a
// totals row.
import { z } from 'zod';
import { idSchema, problem, says, textSchema } from './common.js';

export const COLUMN_TYPES = ['text', 'integer', 'decimal', 'percent'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

/** What a number column may hold beyond the usual: empty cells, counts below 0, rates above 100. */
export const COLUMN_ALLOWS = ['blank', 'negative', 'over-100'] as const;
export type ColumnAllow = (typeof COLUMN_ALLOWS)[number];

export const columnSchema = z
  .strictObject({
    key: idSchema.describe('Mã cột, dùng trong công thức (chữ thường, số, dấu "-")'),
    header: textSchema.describe('Tiêu đề cột; có thể dùng {year} và {mã-chỉ-tiêu}'),
    type: z.enum(COLUMN_TYPES).default('text').describe('Kiểu: text, integer (số người …), decimal, percent (tỷ lệ %)'),
    decimals: z.number().int().min(0).max(4).nullable().default(null).describe('Số chữ số thập phân khi in (mặc định: 0 cho integer, 2 cho decimal/percent)'),
    width: z.number().positive().nullable().default(null).describe('Độ rộng tương đối của cột'),
    formula: textSchema
      .nullable()
      .default(null)
      .describe('Công thức tính từ các cột cùng dòng và các chỉ tiêu, ví dụ "tham-gia / dan-so * 100"; dấu trừ có dấu cách hai bên'),
    given: z
      .boolean()
      .default(false)
      .describe('Cột có công thức mà số liệu vẫn được nhập: số nhập được đối chiếu với số tính'),
    total: z
      .enum(['auto', 'sum', 'formula', 'none'])
      .default('auto')
      .describe('Dòng tổng: sum (cộng), formula (tính lại từ các tổng), none (để trống); auto: integer cộng, cột có công thức tính lại'),
    goal: z
      .string()
      .regex(/^[a-z][a-z0-9]*(?:-(?:[a-z0-9]+|\{each\}))*$/, says('plan.goal_form'))
      .nullable()
      .default(null)
      .describe('Mã chỉ tiêu mà số ở dòng tổng phải đạt (cảnh báo nếu thấp hơn); trong nhóm lặp có thể viết bao-phu-{each}'),
    from: textSchema.nullable().default(null).describe('Tên cột trong tệp dữ liệu, nếu khác tiêu đề'),
    allow: z
      .array(z.enum(COLUMN_ALLOWS))
      .default([])
      .describe('Cho phép: blank (ô để trống), negative (số âm ở cột integer, percent), over-100 (tỷ lệ trên 100 ở cột percent); mặc định là lỗi'),
    rollover: idSchema
      .nullable()
      .default(null)
      .describe('Khi lập kế hoạch năm sau (npm run new-plan), cột này nhận số của cột <mã> năm nay, ví dụ số có thẻ ← chỉ tiêu'),
  })
  .describe('Một cột của bảng');

export const columnGroupSchema = z
  .strictObject({
    group: textSchema.describe('Tiêu đề nhóm cột (dòng tiêu đề trên); trong nhóm lặp viết {each}, ví dụ "Đến hết năm {each}"'),
    each: z
      .array(z.union([z.string(), z.number()]))
      .default([])
      .describe('Lặp nhóm cho từng giá trị, ví dụ [2018, 2019, 2020]; mã cột thành <mã>-<giá trị>'),
    columns: z.array(columnSchema).min(1, says('plan.group_column_needed')).describe('Các cột con của nhóm'),
  })
  .describe('Một nhóm cột có tiêu đề chung');

export const dataSourceSchema = z
  .strictObject({
    file: textSchema.describe('Tệp CSV (UTF-8) hoặc XLSX, đường dẫn tính từ thư mục của kế hoạch'),
    sheet: textSchema.nullable().default(null).describe('Tên trang tính (XLSX); mặc định trang đầu'),
  })
  .describe('Nguồn số liệu ngoài: cột được ghép theo tiêu đề');

/** The fields of a table; an appendix with one table carries them itself (the original form). */
export const tableFields = {
  numbered: z.boolean().default(true).describe('Có cột STT tự đánh số'),
  columns: z
    .array(z.union([columnSchema, columnGroupSchema]))
    .min(1, says('plan.table_column_needed'))
    .describe('Các cột (hoặc nhóm cột) của bảng, theo thứ tự; cột STT được thêm tự động'),
  rows: z
    .array(z.array(z.union([z.string(), z.number(), z.null()])))
    .default([])
    .describe('Các dòng số liệu, mỗi dòng một danh sách giá trị của các cột nhập (không có công thức), theo thứ tự'),
  source: dataSourceSchema.nullable().default(null),
  total: z
    .strictObject({
      label: textSchema.describe('Nhãn dòng tổng, ví dụ "Cộng", "Toàn thị trấn"'),
      given: z
        .record(z.string(), z.number())
        .default({})
        .describe('Số tổng đã có sẵn (mã cột: số), để đối chiếu với số tổng tính được'),
    })
    .nullable()
    .default(null)
    .describe('Dòng tổng cuối bảng'),
};

/** Rows come either inline or from a file. */
export const checkRowSource = (t: { source: unknown; rows: unknown[] }, ctx: z.RefinementCtx): void => {
  if (t.source && t.rows.length > 0)
    problem(ctx, ['source'], 'plan.rows_and_source');
};

export const tableSchema = z
  .strictObject({
    title: textSchema.nullable().default(null).describe('Tên bảng, in đậm phía trên bảng (nếu có)'),
    ...tableFields,
  })
  .superRefine(checkRowSource)
  .describe('Một bảng số liệu tính toán được (cột, dòng, công thức, dòng tổng)');

/** What the table stage reads: the table fields, wherever they sit. */
export type TableInput = Pick<z.infer<typeof tableSchema>, 'numbered' | 'columns' | 'rows' | 'source' | 'total'>;
export type Column = z.infer<typeof columnSchema>;
export type ColumnGroup = z.infer<typeof columnGroupSchema>;
export type DataSource = z.infer<typeof dataSourceSchema>;
