// Stage: plan schema. The whole plan file, composed from one schema per section.
import { z } from 'zod';
import { appendixSchema } from './appendices.js';
import { recipientsSchema, signatureSchema } from './closing.js';
import { partialDateSchema, periodSchema, problem, says, textSchema } from './common.js';
import { issuerSchema } from './issuer.js';
import { legalBasesSchema } from './legal-bases.js';
import { sectionSchema } from './sections.js';
import { targetsSchema } from './targets.js';

export const planSchema = z
  .strictObject({
    issuer: z
      .union([issuerSchema.transform((i) => [i]), z.array(issuerSchema).min(1, says('plan.issuer_needed'))])
      .describe('Cơ quan ban hành văn bản (kế hoạch liên tịch: danh sách các cơ quan, cơ quan chủ trì trước)'),
    number: z
      .number()
      .int()
      .positive()
      .nullable()
      .default(null)
      .describe('Số văn bản; để trống (null) để văn thư điền tay'),
    symbol: z
      .string()
      .regex(/^[A-ZĐ0-9]+(?:-[A-ZĐ0-9]+)*(?:\/[A-ZĐ0-9]+(?:-[A-ZĐ0-9]+)*)?$/u, says('plan.symbol_form'))
      .nullable()
      .default(null)
      .describe('Ký hiệu văn bản sau số, khi khác mặc định (KH-<ký hiệu cơ quan>; liên tịch: KHLT-<cơ quan 1>-<cơ quan 2>)'),
    place: textSchema.describe('Địa danh, ví dụ "Thị trấn Triệu Sơn", "Quảng Ngọc"'),
    date: partialDateSchema.describe('Ngày ban hành: YYYY-MM-DD, YYYY-MM (ngày để trống) hoặc YYYY (ngày, tháng để trống)'),
    period: periodSchema.nullable().default(null),
    title: z
      .union([textSchema.transform((s) => [s]), z.array(textSchema).min(1, says('plan.list_empty')).max(4, says('plan.title_lines'))])
      .describe('Trích yếu nội dung, ví dụ "Thực hiện bảo hiểm y tế toàn dân năm 2026"; danh sách các dòng khi muốn tự ngắt dòng'),
    legalBases: legalBasesSchema.default({ verb: 'Căn cứ', layout: 'separate', leadIn: false, dateStyle: 'short', items: [] }),
    intro: z
      .union([textSchema.transform((s) => [s]), z.array(textSchema).min(1, says('plan.intro_empty'))])
      .describe('Các đoạn mở đầu sau căn cứ, ví dụ "UBND xã xây dựng Kế hoạch … như sau:"'),
    targets: targetsSchema,
    sections: z.array(sectionSchema).min(1, says('plan.section_needed')).describe('Các phần I., II., …'),
    closing: textSchema.describe('Đoạn kết; "./." được thêm tự động'),
    signature: z
      .union([signatureSchema.transform((s) => [s]), z.array(signatureSchema).min(1, says('plan.signature_needed'))])
      .describe('Chữ ký: thẩm quyền, chức vụ, họ tên (kế hoạch liên tịch: một chữ ký cho mỗi cơ quan, theo thứ tự các cơ quan)'),
    recipients: recipientsSchema,
    appendixLabel: z
      .string()
      .regex(/^[^{}]*\{(?:I|1|01)\}[^{}]*$/u, says('plan.appendix_label_form'))
      .nullable()
      .default(null)
      .describe('Cách ghi nhãn phụ lục: "Phụ lục {I}" (mặc định khi có nhiều phụ lục), "Phụ lục {01}", "Phụ lục số {01}", "Phụ lục {1}"'),
    appendices: z.array(appendixSchema).default([]).describe('Các phụ lục'),
  })
  .superRefine((p, ctx) => {
    if (p.signature.length !== p.issuer.length)
      problem(ctx, ['signature'], 'plan.signatures_per_issuer', { issuers: p.issuer.length, signatures: p.signature.length });
  })
  .describe('Kế hoạch (văn bản hành chính theo Nghị định 30/2020/NĐ-CP)');

export type Plan = z.infer<typeof planSchema>;
