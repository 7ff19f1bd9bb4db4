// Stage: plan schema. Signature block and recipients (Nơi nhận).
import { z } from 'zod';
import { textSchema } from './common.js';

export const AUTHORITY_PREFIXES = ['KT.', 'Q.', 'TL.', 'TUQ.'] as const;

export const signatureSchema = z
  .strictObject({
    onBehalfOf: textSchema
      .nullable()
      .default(null)
      .describe('Ký thay mặt tập thể: in thành "TM. <tên>", ví dụ "Ủy ban nhân dân"'),
    authority: z
      .enum(AUTHORITY_PREFIXES)
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
      ctx.addIssue({ code: 'custom', path: ['authorityTitle'], message: `"${s.authority}" needs authorityTitle (e.g. Chủ tịch)` });
    if (!s.authority && s.authorityTitle)
      ctx.addIssue({ code: 'custom', path: ['authority'], message: 'authorityTitle needs authority (KT., Q., TL. or TUQ.)' });
    if (!s.onBehalfOf && !s.authority && !s.title)
      ctx.addIssue({ code: 'custom', path: ['title'], message: 'the signature needs at least a title (chức vụ)' });
  })
  .describe('Chữ ký: thẩm quyền, chức vụ, họ tên');

export const recipientSchema = z
  .union([
    textSchema,
    z.strictObject({
      to: z
        .union([textSchema.transform((s) => [s]), z.array(textSchema).min(1)])
        .describe('Nơi nhận; nhiều nơi cùng mục đích thì viết thành danh sách'),
      purpose: textSchema.nullable().default(null).describe('Mục đích gửi, ví dụ "để b/c", "để t/h", "để ph/h"'),
    }),
  ])
  .describe('Một nơi nhận');

export const recipientsSchema = z
  .strictObject({
    to: z.array(recipientSchema).min(1, { error: 'list at least one recipient' }).describe('Các nơi nhận'),
    archive: z
      .array(textSchema)
      .min(1, { error: 'archive needs at least VT' })
      .default(['VT'])
      .describe('Dòng "Lưu: VT, …": văn thư và đơn vị soạn thảo'),
  })
  .describe('Nơi nhận');

export type Signature = z.infer<typeof signatureSchema>;
export type Recipient = z.infer<typeof recipientSchema>;
export type Recipients = z.infer<typeof recipientsSchema>;
