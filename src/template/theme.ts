// Stage: template. templates/<kind>/theme.yaml → Theme (validated with zod; defaults filled in).
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, type Node } from 'yaml';
import { z } from 'zod';
import { diagnostic, DiagnosticError } from '../diag/index.js';
import { REQUIRED_STYLES, type Theme } from '../model/theme.js';

const styleSchema = z.strictObject({
  sizePt: z.number().min(6).max(40).default(14),
  bold: z.boolean().default(false),
  italic: z.boolean().default(false),
  align: z.enum(['left', 'center', 'right', 'justify']).default('justify'),
  firstLineIndentMm: z.number().min(0).default(0),
  hangingIndentMm: z.number().min(0).default(0),
  spaceBeforePt: z.number().min(0).default(0),
  spaceAfterPt: z.number().min(0).default(0),
  lineSpacing: z.number().min(1).max(3).default(1),
  keepWithNext: z.boolean().default(false),
  keepLines: z.boolean().default(false),
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
    table: z.strictObject({ cellPaddingMm: z.number().min(0), borderPt: z.number().positive(), spaceAfterPt: z.number().min(0).default(6) }),
    paragraphStyles: z.record(z.string().regex(/^[A-Z][A-Za-z0-9]*$/), styleSchema),
  })
  .superRefine((t, ctx) => {
    for (const name of REQUIRED_STYLES)
      if (!t.paragraphStyles[name]) ctx.addIssue({ code: 'custom', path: ['paragraphStyles'], message: `missing style ${name}` });
  });

const cache = new Map<string, Theme>();

/** Reads and checks a theme; every problem becomes a template_error at its line in the file. */
export function loadTheme(file: string): Theme {
  const hit = cache.get(file);
  if (hit) return hit;
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter, prettyErrors: false });
  const at = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { file, line: p.line, column: p.col };
  };
  if (doc.errors.length > 0)
    throw new DiagnosticError(doc.errors.map((e) => diagnostic('template_error', { detail: `theme: ${e.message.split('\n')[0]}` }, at(e.pos[0]))));
  const parsed = themeSchema.safeParse(doc.toJS());
  if (!parsed.success)
    throw new DiagnosticError(
      parsed.error.issues.map((issue) => {
        let node: Node | undefined;
        for (let n = issue.path.length; n >= 0 && !node?.range; n--) node = doc.getIn(issue.path.slice(0, n) as PropertyKey[], true) as Node | undefined;
        return diagnostic('template_error', { detail: `theme ${issue.path.join('.')}: ${issue.message}` }, at(node?.range?.[0] ?? 0));
      }),
    );
  cache.set(file, parsed.data);
  return parsed.data;
}
