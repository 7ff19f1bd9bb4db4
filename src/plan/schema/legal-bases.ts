// Stage: plan schema. Legal bases (căn cứ / thực hiện) as data, not sentences.
import { z } from 'zod';
import { dateStyleSchema, fullDateSchema, textSchema } from './common.js';

export const legalBasisSchema = z
  .strictObject({
    kind: textSchema.describe('Loại văn bản: Quyết định, Nghị quyết, Chỉ thị, Kế hoạch, Công văn …'),
    number: textSchema.nullable().default(null).describe('Số và ký hiệu, ví dụ "08/QĐ-UBND" (để trống nếu không có)'),
    date: fullDateSchema.nullable().default(null).describe('Ngày ban hành, YYYY-MM-DD'),
    issuer: textSchema.nullable().default(null).describe('Cơ quan ban hành, ví dụ "UBND tỉnh Thanh Hóa"'),
    subject: textSchema.nullable().default(null).describe('Trích yếu, ví dụ "về việc ban hành …"'),
    dateStyle: dateStyleSchema.nullable().default(null).describe('Cách viết ngày cho riêng văn bản này'),
  })
  .describe('Một văn bản làm căn cứ');

export const legalBasesSchema = z
  .strictObject({
    verb: textSchema.default('Căn cứ').describe('Từ mở đầu: "Căn cứ" hoặc "Thực hiện"'),
    layout: z
      .enum(['separate', 'combined'])
      .default('separate')
      .describe('separate: mỗi căn cứ một đoạn; combined: một đoạn "Thực hiện …; …"'),
    dateStyle: dateStyleSchema.default('short'),
    items: z.array(legalBasisSchema).default([]).describe('Các văn bản làm căn cứ, theo thứ tự'),
  })
  .describe('Căn cứ ban hành kế hoạch');

export type LegalBasis = z.infer<typeof legalBasisSchema>;
export type LegalBases = z.infer<typeof legalBasesSchema>;
