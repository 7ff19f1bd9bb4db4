// Stage: plan schema. Signature block and recipients (Nơi nhận).
import { z } from 'zod';
import { problem, says, textSchema } from './common.js';

export const AUTHORITY_PREFIXES = ['KT.', 'Q.', 'TL.', 'TUQ.'] as const;

export const signatureSchema = z
  .strictObject({
    onBehalfOf: textSchema
      .nullable()
      .default(null)
      .describe('Ký thay mặt tập thể: in thành "TM. <tên>", ví dụ "Ủy ban nhân dân"'),
    authority: z
      // "TM." (copied from "TM. ỦY BAN NHÂN DÂN") is written onBehalfOf: say so
      .enum(AUTHORITY_PREFIXES, { error: (issue) => (typeof issue.input === 'string' && /^t\.?\s*m\.?$/i.test(issue.input.trim()) ? 'plan.authority_tm' : undefined) })
      .nullable()
      .default(null)
      .describe('Thẩm quyền ký: KT. (ký thay), Q. (quyền), TL. (thừa lệnh), TUQ. (thừa ủy quyền)'),
    authorityTitle: textSchema
      .nullable()
      .default(null)
      .describe('Chức vụ của người đứng đầu, sau KT./Q./TL./TUQ., ví dụ "Chủ tịch"'),
    title: textSchema.nullable().default(null).describe('Chức vụ của người ký, ví dụ "Phó Chủ tịch"'),
    name: textSchema.describe('Họ và tên người ký'),
  })
  .superRefine((s, ctx) => {
    if (s.authority && !s.authorityTitle)
      problem(ctx, ['authorityTitle'], 'plan.authority_title_needed', { authority: s.authority });
    if (!s.authority && s.authorityTitle)
      problem(ctx, ['authority'], 'plan.authority_needed');
    if (!s.onBehalfOf && !s.authority && !s.title)
      problem(ctx, ['title'], 'plan.signature_title_needed');
  })
  .describe('Chữ ký: thẩm quyền, chức vụ, họ tên');

const toSchema = z
  .union([textSchema.transform((s) => [s]), z.array(textSchema).min(1, says('plan.list_empty'))])
  .describe('Nơi nhận; nhiều nơi cùng mục đích thì viết thành danh sách');

export const recipientLineSchema = z
  .union([
    textSchema,
    z.strictObject({
      to: toSchema,
      purpose: textSchema.nullable().default(null).describe('Mục đích gửi, ví dụ "để b/c", "để t/h", "để ph/h"'),
      brace: z
        .boolean()
        .default(false)
        .describe('true: các nơi nhận của nhóm có một dấu ngoặc "}" lớn bên phải, mục đích ghi bên cạnh'),
    }),
  ])
  .describe('Một nơi nhận');

const archiveSchema = z.array(textSchema).min(1, says('plan.archive_needs_vt'));

export const recipientGroupSchema = z
  .strictObject({
    group: textSchema.describe('Tên nhóm nơi nhận, in "- <tên>:", các nơi nhận trong nhóm in với dấu "+"'),
    to: z.array(recipientLineSchema).min(1, says('plan.group_recipient_needed')).describe('Các nơi nhận trong nhóm'),
    archive: archiveSchema.nullable().default(null).describe('Dòng "+ Lưu: VT, …" khi dòng Lưu nằm trong nhóm này'),
  })
  .describe('Một nhóm nơi nhận, ví dụ "Văn phòng UBND:" với các dòng "+ …"');

export const recipientSchema = z
  .union([recipientLineSchema, recipientGroupSchema])
  .describe('Một nơi nhận, một nhóm nơi nhận cùng mục đích, hoặc một nhóm có tên {group: …, to: […]}');

export const recipientsSchema = z
  .strictObject({
    to: z.array(recipientSchema).min(1, says('plan.recipient_needed')).describe('Các nơi nhận'),
    archive: archiveSchema
      .nullable()
      .default(null)
      .describe('Dòng "Lưu: VT, …": văn thư và đơn vị soạn thảo (mặc định: VT)'),
  })
  .superRefine((r, ctx) => {
    const inGroups = r.to.flatMap((t, i) => (typeof t === 'object' && 'group' in t && t.archive ? [i] : []));
    if (inGroups.length > 1) problem(ctx, ['to', inGroups[1]!, 'archive'], 'plan.one_archive_line');
    if (inGroups.length > 0 && r.archive) problem(ctx, ['archive'], 'plan.archive_already_in_group');
  })
  .describe('Nơi nhận');

export type Signature = z.infer<typeof signatureSchema>;
export type RecipientLine = z.infer<typeof recipientLineSchema>;
export type RecipientGroup = z.infer<typeof recipientGroupSchema>;
export type Recipient = z.infer<typeof recipientSchema>;
export type Recipients = z.infer<typeof recipientsSchema>;
