// Stage: plan schema. The body of the plan: nested sections whose numbering (I., 1., 1.1., a))
// comes from nesting, with paragraphs, "-" items (nested "+" items), timeline entries and duties.
import { z } from 'zod';
import { textSchema } from './common.js';

export const itemSchema = z
  .strictObject({
    item: textSchema.describe('Một ý gạch đầu dòng "-"'),
    items: z.array(textSchema).default([]).describe('Các ý con, in với dấu "+"'),
  })
  .describe('Ý gạch đầu dòng');

export const timelineEntrySchema = z
  .strictObject({
    when: textSchema.describe('Thời gian, ví dụ "Tháng 10 năm 2025" hoặc "Quý I/2026"'),
    task: textSchema.describe('Việc phải làm trong thời gian đó'),
  })
  .describe('Một mốc thời gian và việc phải làm');

export const bodyEntrySchema = z
  .union([textSchema, itemSchema, timelineEntrySchema])
  .describe('Một đoạn văn (chuỗi), một ý {item: …} hoặc một mốc {when: …, task: …}');

export const unitDutySchema = z
  .union([
    textSchema,
    z.strictObject({
      unit: textSchema.describe('Tên đơn vị'),
      task: textSchema.describe('Nhiệm vụ của đơn vị'),
    }),
  ])
  .describe('Tên đơn vị, hoặc {unit: …, task: …} khi giao việc cụ thể');

export const dutiesSchema = z
  .strictObject({
    lead: z.array(unitDutySchema).min(1, { error: 'name at least one lead unit' }).describe('Đơn vị chủ trì'),
    cooperating: z.array(unitDutySchema).default([]).describe('Đơn vị phối hợp thực hiện'),
  })
  .describe('Phân công: đơn vị chủ trì và đơn vị phối hợp');

export const sectionSchema = z
  .strictObject({
    title: textSchema.describe('Tiêu đề mục (không gõ số thứ tự: số được đánh tự động)'),
    body: z.array(bodyEntrySchema).default([]).describe('Nội dung của mục, theo thứ tự'),
    duties: dutiesSchema.nullable().default(null),
    get sections() {
      return z.array(sectionSchema).default([]).describe('Các mục con');
    },
  })
  .describe('Một mục của kế hoạch');

export type Item = z.infer<typeof itemSchema>;
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
export type BodyEntry = z.infer<typeof bodyEntrySchema>;
export type UnitDuty = z.infer<typeof unitDutySchema>;
export type Duties = z.infer<typeof dutiesSchema>;
export type Section = z.infer<typeof sectionSchema>;
