// Stage: plan schema. Numeric targets (chỉ tiêu), typed once and referenced from the text as {id}.
import { z } from 'zod';
import { idSchema, problem, textSchema } from './common.js';

export const targetSchema = z
  .strictObject({
    label: textSchema.describe('Tên chỉ tiêu, ví dụ "Tỷ lệ dân số tham gia BHYT năm 2026"'),
    value: z.number().finite().describe('Giá trị chỉ tiêu, ví dụ 95.5'),
    unit: z.string().default('%').describe('Đơn vị: "%" (viết liền số) hoặc "người", "thôn" … (có dấu cách)'),
    decimals: z
      .number()
      .int()
      .min(0)
      .max(4)
      .nullable()
      .default(null)
      .describe('Số chữ số thập phân khi in; để trống thì in như đã viết'),
  })
  .superRefine((t, ctx) => {
    if (t.unit === '%' && (t.value < 0 || t.value > 100))
      problem(ctx, ['value'], 'plan.rate_range', { value: t.value });
  })
  .describe('Một chỉ tiêu có số liệu');

export const targetsSchema = z
  .record(idSchema, targetSchema)
  .default({})
  .describe('Các chỉ tiêu; trong văn bản viết {id} để in giá trị, ví dụ "đạt {bao-phu} trở lên"');

export type Target = z.infer<typeof targetSchema>;
export type Targets = z.infer<typeof targetsSchema>;
