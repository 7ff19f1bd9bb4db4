// Stage: plan schema. Legal bases (căn cứ / thực hiện) as data, not sentences; a basis that does
// not follow the usual pattern (a law cited by name, a sentence of its own) may be plain text.
import { z } from 'zod';
import { dateStyleSchema, fullDateSchema, says, textSchema } from './common.js';

export const SEPARATORS = [';', ','] as const;

const VERBS = /^(căn cứ|thực hiện|theo)(?=\s|$)/iu;

export const legalBasisTextSchema = textSchema
  .refine((s) => !VERBS.test(s.normalize('NFC')), says('plan.basis_starts_with_verb'))
  .describe('Căn cứ viết thành câu (khi không tách được loại, số, ngày …), không gõ "Căn cứ" ở đầu');

export const legalBasisObjectSchema = z
  .strictObject({
    verb: textSchema.nullable().default(null).describe('Từ mở đầu riêng cho căn cứ này, nếu khác từ chung ("Căn cứ", "Thực hiện")'),
    kind: textSchema.describe('Loại văn bản: Luật, Quyết định, Nghị quyết, Chỉ thị, Kế hoạch, Công văn …'),
    name: textSchema.nullable().default(null).describe('Tên văn bản viết sau loại, ví dụ "Phòng, chống thiên tai" (Luật Phòng, chống thiên tai)'),
    number: textSchema.nullable().default(null).describe('Số và ký hiệu, ví dụ "08/QĐ-UBND" (để trống nếu không có)'),
    date: fullDateSchema.nullable().default(null).describe('Ngày ban hành, YYYY-MM-DD'),
    issuer: textSchema.nullable().default(null).describe('Cơ quan ban hành, ví dụ "UBND tỉnh Thanh Hóa"'),
    subject: textSchema.nullable().default(null).describe('Trích yếu, ví dụ "về việc ban hành …"'),
    dateStyle: dateStyleSchema.nullable().default(null).describe('Cách viết ngày cho riêng văn bản này'),
    separator: z.enum(SEPARATORS).nullable().default(null).describe('Dấu sau căn cứ này: ";" (mặc định) hoặc ","'),
    joinNext: z
      .boolean()
      .default(false)
      .describe('true: căn cứ tiếp theo viết tiếp trong cùng đoạn, không nhắc lại "Căn cứ" ("Căn cứ Luật …; Luật sửa đổi …;")'),
  })
  .describe('Một văn bản làm căn cứ');

export const legalBasisSchema = z
  .union([legalBasisTextSchema, legalBasisObjectSchema])
  .describe('Một văn bản làm căn cứ: {kind, number, date, issuer, subject} hoặc một câu');

export const legalBasesSchema = z
  .strictObject({
    verb: textSchema.default('Căn cứ').describe('Từ mở đầu: "Căn cứ" hoặc "Thực hiện"'),
    layout: z
      .enum(['separate', 'combined'])
      .default('separate')
      .describe('separate: mỗi căn cứ một đoạn; combined: một đoạn "Thực hiện …; …"'),
    leadIn: z
      .boolean()
      .default(false)
      .describe('true: căn cứ cuối kết thúc bằng dấu "," và đoạn mở đầu (intro) đầu tiên viết tiếp ngay sau, trong cùng đoạn'),
    dateStyle: dateStyleSchema.default('short'),
    items: z.array(legalBasisSchema).default([]).describe('Các văn bản làm căn cứ, theo thứ tự'),
  })
  .describe('Căn cứ ban hành kế hoạch');

export type LegalBasis = z.infer<typeof legalBasisSchema>;
export type LegalBasisObject = z.infer<typeof legalBasisObjectSchema>;
export type LegalBases = z.infer<typeof legalBasesSchema>;
