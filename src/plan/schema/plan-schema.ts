// Stage: plan schema. The whole plan file, composed from one schema per section.
import { z } from 'zod';
import { appendixSchema } from './appendices.js';
import { recipientsSchema, signatureSchema } from './closing.js';
import { partialDateSchema, textSchema } from './common.js';
import { issuerSchema } from './issuer.js';
import { legalBasesSchema } from './legal-bases.js';
import { sectionSchema } from './sections.js';
import { targetsSchema } from './targets.js';

export const planSchema = z
  .strictObject({
    issuer: issuerSchema,
    number: z
      .number()
      .int()
      .positive()
      .nullable()
      .default(null)
      .describe('Số văn bản; để trống (null) để văn thư điền tay'),
    place: textSchema.describe('Địa danh, ví dụ "Thị trấn Triệu Sơn", "Quảng Ngọc"'),
    date: partialDateSchema.describe('Ngày ban hành: YYYY-MM-DD, YYYY-MM (ngày để trống) hoặc YYYY (ngày, tháng để trống)'),
    title: z
      .union([textSchema.transform((s) => [s]), z.array(textSchema).min(1).max(4)])
      .describe('Trích yếu nội dung, ví dụ "Thực hiện bảo hiểm y tế toàn dân năm 2026"; danh sách các dòng khi muốn tự ngắt dòng'),
    legalBases: legalBasesSchema.default({ verb: 'Căn cứ', layout: 'separate', dateStyle: 'short', items: [] }),
    intro: z
      .union([textSchema.transform((s) => [s]), z.array(textSchema).min(1)])
      .describe('Các đoạn mở đầu sau căn cứ, ví dụ "UBND xã xây dựng Kế hoạch … như sau:"'),
    targets: targetsSchema,
    sections: z.array(sectionSchema).min(1, { error: 'a plan needs at least one section' }).describe('Các phần I., II., …'),
    closing: textSchema.describe('Đoạn kết; "./." được thêm tự động'),
    signature: signatureSchema,
    recipients: recipientsSchema,
    appendices: z.array(appendixSchema).default([]).describe('Các phụ lục'),
  })
  .describe('Kế hoạch (văn bản hành chính theo Nghị định 30/2020/NĐ-CP)');

export type Plan = z.infer<typeof planSchema>;
