// Stage: template. templates/<kind>/theme.yaml → Theme (validated with zod; defaults filled in).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { REQUIRED_STYLES, type Theme } from '../model/theme.js';

const styleSchema = z.strictObject({
  sizePt: z.number().min(6).max(40).default(14),
  bold: z.boolean().default(false),
  italic: z.boolean().default(false),
  align: z.enum(['left', 'center', 'right', 'justify']).default('justify'),
  firstLineIndentMm: z.number().min(0).default(0),
  spaceBeforePt: z.number().min(0).default(0),
  spaceAfterPt: z.number().min(0).default(0),
  lineSpacing: z.number().min(1).max(3).default(1),
  keepWithNext: z.boolean().default(false),
});

export const themeSchema = z
  .strictObject({
    page: z.strictObject({
      widthMm: z.number().positive(),
      heightMm: z.number().positive(),
      marginTopMm: z.number().min(0),
      marginBottomMm: z.number().min(0),
      marginLeftMm: z.number().min(0),
      marginRightMm: z.number().min(0),
      headerMm: z.number().min(0),
    }),
    fontFamily: z.string().min(1),
    pageNumber: z.strictObject({ sizePt: z.number().positive() }),
    rule: z.strictObject({ thicknessPt: z.number().positive(), gapPt: z.number().min(0), afterPt: z.number().min(0) }),
    table: z.strictObject({ cellPaddingMm: z.number().min(0), borderPt: z.number().positive() }),
    paragraphStyles: z.record(z.string().regex(/^[A-Z][A-Za-z0-9]*$/), styleSchema),
  })
  .superRefine((t, ctx) => {
    for (const name of REQUIRED_STYLES)
      if (!t.paragraphStyles[name]) ctx.addIssue({ code: 'custom', path: ['paragraphStyles'], message: `missing style ${name}` });
  });

const cache = new Map<string, Theme>();

/** Reads and checks a theme; a broken theme is a broken installation, so it throws a plain Error. */
export function loadTheme(file: string): Theme {
  const hit = cache.get(file);
  if (hit) return hit;
  const parsed = themeSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: invalid theme: ${z.prettifyError(parsed.error)}`);
  cache.set(file, parsed.data);
  return parsed.data;
}
