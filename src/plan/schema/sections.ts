// Stage: plan schema. The body of the plan: nested sections whose numbering (I., 1., 1.1., a))
// comes from nesting. A section is a heading, a numbered paragraph or a run-in heading; its
// content is paragraphs, "-" items (with "+" items and paragraphs nested freely), timeline
// entries, tables and duties, then its subsections, then any text that follows them.
import { z } from 'zod';
import { problem, says, textSchema } from './common.js';
import { tableSchema } from './table.js';

export const timelineEntrySchema = z
  .strictObject({
    when: textSchema.describe('Thời gian, ví dụ "Tháng 10 năm 2025" hoặc "Quý I/2026"'),
    task: textSchema.describe('Việc phải làm trong thời gian đó'),
  })
  .describe('Một mốc thời gian và việc phải làm');

export const tableEntrySchema = z
  .strictObject({ table: tableSchema })
  .describe('Một bảng trong nội dung (cột, dòng, công thức, dòng tổng như bảng phụ lục)');

export interface ItemEntry {
  item: string;
  items: string[];
  body: BodyEntry[];
}
export interface PlusEntry {
  plus: string;
  body: BodyEntry[];
}
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
export type TableEntry = z.infer<typeof tableEntrySchema>;
export type BodyEntry = string | ItemEntry | PlusEntry | TimelineEntry | TableEntry;

const nestedBody = (what: string) =>
  z
    .array(z.lazy((): z.ZodType<BodyEntry, unknown> => bodyEntrySchema as never))
    .default([])
    .describe(what);

export const itemSchema = z
  .strictObject({
    item: textSchema.describe('Một ý gạch đầu dòng "-"'),
    items: z.array(textSchema).default([]).describe('Các ý con, in với dấu "+"'),
    body: nestedBody('Nội dung tiếp theo của ý, theo thứ tự: đoạn văn, ý con {item: …} (in dấu "+"), bảng …'),
  })
  .describe('Ý gạch đầu dòng');

export const plusSchema = z
  .strictObject({
    plus: textSchema.describe('Một ý dấu cộng "+" không nằm dưới ý gạch đầu dòng'),
    body: nestedBody('Nội dung tiếp theo của ý, theo thứ tự'),
  })
  .describe('Ý dấu cộng "+"');

export const bodyEntrySchema: z.ZodType<BodyEntry, unknown> = z
  .union([textSchema, itemSchema, plusSchema, timelineEntrySchema, tableEntrySchema])
  .describe('Một đoạn văn (chuỗi), một ý {item: …}, một ý {plus: …}, một mốc {when: …, task: …} hoặc một bảng {table: …}')
  .meta({ id: 'bodyEntry' });

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
    lead: z.array(unitDutySchema).min(1, says('plan.lead_unit_needed')).describe('Đơn vị chủ trì'),
    cooperating: z.array(unitDutySchema).default([]).describe('Đơn vị phối hợp thực hiện'),
  })
  .describe('Phân công: đơn vị chủ trì và đơn vị phối hợp');

export interface Section {
  title: string | null;
  paragraph: string | null;
  text: string | null;
  numbered: boolean;
  body: BodyEntry[];
  duties: Duties | null;
  sections: Section[];
  after: BodyEntry[];
}

/** A section is a heading (title), a numbered paragraph (paragraph) or a run-in heading (text, with or without a title). */
function checkForm(s: { title: string | null; paragraph: string | null; text: string | null; numbered: boolean }, ctx: z.RefinementCtx): void {
  if (s.paragraph !== null && (s.title !== null || s.text !== null))
    problem(ctx, ['paragraph'], 'plan.paragraph_with_title');
  else if (s.title === null && s.paragraph === null && s.text === null)
    problem(ctx, ['title'], 'plan.section_title_needed', {}, { missing: 'title', hint: 'hint.section_forms' });
  if (!s.numbered && s.title === null)
    problem(ctx, ['numbered'], 'plan.unnumbered_needs_title');
}

export const sectionSchema: z.ZodType<Section, unknown> = z
  .strictObject({
    title: textSchema.nullable().default(null).describe('Tiêu đề mục (không gõ số thứ tự: số được đánh tự động)'),
    paragraph: textSchema
      .nullable()
      .default(null)
      .describe('Đoạn văn đánh số: in như đoạn văn thường, có số thứ tự ở đầu (thay cho title)'),
    text: textSchema
      .nullable()
      .default(null)
      .describe('Đoạn văn tiếp sau số và tiêu đề in đậm trên cùng một dòng: "**2.3. Sở Y tế:** Chủ trì …"'),
    numbered: z.boolean().default(true).describe('false: tiêu đề mục không có số thứ tự'),
    body: z.array(bodyEntrySchema).default([]).describe('Nội dung của mục, theo thứ tự'),
    duties: dutiesSchema.nullable().default(null),
    sections: z
      .array(z.lazy((): z.ZodType<Section, unknown> => sectionSchema))
      .default([])
      .describe('Các mục con'),
    after: z.array(bodyEntrySchema).default([]).describe('Nội dung in sau các mục con, ví dụ một câu kết của mục'),
  })
  .superRefine(checkForm)
  .describe('Một mục của kế hoạch')
  .meta({ id: 'section' });

export type Item = ItemEntry;
export type UnitDuty = z.infer<typeof unitDutySchema>;
export type Duties = z.infer<typeof dutiesSchema>;
