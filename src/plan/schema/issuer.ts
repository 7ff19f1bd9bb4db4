// Stage: plan schema. The issuing body (cơ quan ban hành) and its parent (cơ quan chủ quản).
import { z } from 'zod';
import { says, textSchema } from './common.js';

export const issuerSchema = z
  .strictObject({
    parent: textSchema
      .nullable()
      .default(null)
      .describe('Cơ quan chủ quản (nếu có), ví dụ "UBND huyện Triệu Sơn"; in hoa khi in'),
    name: z
      .union([textSchema.transform((s) => [s]), z.array(textSchema).min(1, says('plan.list_empty')).max(3, says('plan.issuer_name_lines'))])
      .describe('Tên cơ quan ban hành; một dòng, hoặc danh sách các dòng khi tên dài (in hoa khi in)'),
    shortName: textSchema.describe(
      'Tên cơ quan dùng trong câu văn, ví dụ "UBND thị trấn Triệu Sơn" (dòng "Kèm theo Kế hoạch số … của …")',
    ),
    symbol: z
      .string()
      .regex(/^[A-ZĐ0-9]+(?:-[A-ZĐ0-9]+)*$/u, says('plan.issuer_symbol_form'))
      .describe('Chữ viết tắt tên cơ quan trong ký hiệu văn bản (…/KH-UBND)'),
  })
  .describe('Cơ quan ban hành văn bản');

export type Issuer = z.infer<typeof issuerSchema>;
