// Stage: docx. Blocks → docx paragraphs and tables; one handler per block type, so a new node
// type fails compilation until it is handled here.
import { BorderStyle, Paragraph, TextRun, type Table as DocxTable } from 'docx';
import { headingInlines } from '../model/heading-inlines.js';
import { inlineText } from '../model/text.js';
import type { Block, Inline } from '../model/types.js';
import type { DocxContext } from './context.js';
import { spaceAfterTablePt } from '../model/theme.js';
import { gridToDocx } from './grid.js';
import { inlinesToRuns } from './inlines.js';
import { paragraph } from './prepared.js';
import { styleId } from './styles.js';
import { braceXml } from './brace-xml.js';
import { tablePlaceholder, xmlPlaceholder } from './table.js';
import { ptToEighths, ptToTwips } from './units.js';

export type DocxBlock = Paragraph | DocxTable;

type Handler<K extends Block['type']> = (block: Extract<Block, { type: K }>, ctx: DocxContext, previous: Block | undefined) => DocxBlock[];

const withLabel = (label: string, children: Inline[]): Inline[] => [{ type: 'text', value: `${label} ` }, ...children];

/**
 * Widow and orphan control, stated on each paragraph (the PDF layout keeps two lines together
 * too). A paragraph right after a table starts the theme's space below tables further down.
 */
function text(style: string, children: Inline[], ctx: DocxContext, previous: Block | undefined): Paragraph {
  const before = spaceAfterTablePt(ctx.theme, style, previous);
  return paragraph({ style: styleId(style), ...(ctx.keepNext ? { keepNext: true } : {}), widowControl: true, ...(before === null ? {} : { spacing: { before: ptToTwips(before) } }) }, inlinesToRuns(children));
}

const handlers: { [K in Block['type']]: Handler<K> } = {
  paragraph: (b, ctx, previous) => [text(b.style, b.children, ctx, previous)],
  heading: (b, ctx, previous) => {
    const { style, inlines } = headingInlines(b);
    return [text(style, inlines, ctx, previous)];
  },
  item: (b, ctx, previous) => [text('Item', withLabel(b.marker, b.children), ctx, previous)],
  rule: (b, ctx, previous) => [ruleParagraph(b.fraction, ctx, previous)],
  grid: (b, ctx) => [gridToDocx(b, ctx, blocksToDocx)],
  table: (b, ctx) => [tablePlaceholder(b, ctx)],
  brace: (b, ctx) => [xmlPlaceholder(ctx, (n) => braceXml(b, ctx, 1000 + n))],
};

export function blocksToDocx(blocks: readonly Block[], ctx: DocxContext): DocxBlock[] {
  return blocks.flatMap((b, i) => (handlers[b.type] as Handler<typeof b.type>)(b as never, ctx, blocks[i - 1]));
}

/** Width of the widest line the paragraph occupies, in points (capped by the available width). */
function textWidthPt(block: Block | undefined, ctx: DocxContext): number {
  if (!block || block.type !== 'paragraph') return ctx.widthPt;
  const style = ctx.theme.paragraphStyles[block.style] ?? ctx.theme.paragraphStyles.Body!;
  const width = ctx.measure(inlineText(block.children), { bold: style.bold, italic: style.italic }, style.sizePt);
  return Math.min(width, ctx.widthPt);
}

/**
 * A short centred rule: an empty, tiny paragraph whose top border is drawn between indents
 * chosen so that the border is `fraction` of the previous paragraph's text width.
 */
function ruleParagraph(fraction: number, ctx: DocxContext, previous: Block | undefined): Paragraph {
  const lengthPt = fraction * textWidthPt(previous, ctx);
  const sidePt = Math.max(0, (ctx.widthPt - lengthPt) / 2);
  const { thicknessPt, gapPt, afterPt } = ctx.theme.rule;
  return new Paragraph({
    ...(ctx.keepNext ? { keepNext: true } : {}),
    indent: { left: ptToTwips(sidePt), right: ptToTwips(sidePt) },
    spacing: { before: ptToTwips(gapPt), after: ptToTwips(afterPt), line: ptToTwips(thicknessPt + 2), lineRule: 'exact' },
    border: { top: { style: BorderStyle.SINGLE, size: ptToEighths(thicknessPt), space: 0, color: '000000' } },
    children: [new TextRun({ text: '', size: 2 })],
  });
}
