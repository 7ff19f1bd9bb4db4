// Stage: layout (flow). Blocks → slices; one handler per block type, so a new node type fails
// compilation until layout handles it.
import { headingInlines } from '../../model/heading-inlines.js';
import { inlineText } from '../../model/text.js';
import { spaceAfterTablePt } from '../../model/theme.js';
import type { Block, Inline } from '../../model/types.js';
import { storedBorderPt } from '../../model/units.js';
import { tableSlices } from '../table/table.js';
import { braceSlices } from './brace.js';
import type { FlowContext } from './context.js';
import { gridSlices } from './grid.js';
import { paragraphSlices } from './paragraph.js';
import type { Slice } from './slice.js';

type Handler<K extends Block['type']> = (block: Extract<Block, { type: K }>, ctx: FlowContext, previous: Block | undefined) => Slice[];

const withLabel = (label: string, children: Inline[]): Inline[] => [{ type: 'text', value: `${label} ` }, ...children];

const style = (ctx: FlowContext, name: string) => {
  const s = ctx.theme.paragraphStyles[name];
  if (!s) throw new Error(`style ${name} reached layout but is not in the theme`);
  return s;
};

/** A paragraph's style, with the theme's space below tables when a table precedes it (as the DOCX writes it). */
const styleAfter = (ctx: FlowContext, name: string, previous: Block | undefined) => {
  const before = spaceAfterTablePt(ctx.theme, name, previous);
  return before === null ? style(ctx, name) : { ...style(ctx, name), spaceBeforePt: before };
};

const handlers: { [K in Block['type']]: Handler<K> } = {
  paragraph: (b, ctx, previous) => paragraphSlices(b.children, styleAfter(ctx, b.style, previous), ctx.widthPt, ctx.metrics),
  heading: (b, ctx, previous) => {
    const h = headingInlines(b);
    return paragraphSlices(h.inlines, styleAfter(ctx, h.style, previous), ctx.widthPt, ctx.metrics);
  },
  item: (b, ctx, previous) => paragraphSlices(withLabel(b.marker, b.children), styleAfter(ctx, 'Item', previous), ctx.widthPt, ctx.metrics),
  rule: (b, ctx, previous) => [ruleSlice(b.fraction, ctx, previous)],
  grid: (b, ctx) => gridSlices(b, ctx, blocksToSlices),
  table: (b, ctx) => tableSlices(b, ctx),
  brace: (b, ctx) => braceSlices(b, ctx, blocksToSlices),
};

export function blocksToSlices(blocks: readonly Block[], ctx: FlowContext): Slice[] {
  return blocks.flatMap((b, i) => (handlers[b.type] as Handler<typeof b.type>)(b as never, ctx, blocks[i - 1]));
}

/** Width of the previous paragraph's text (a single line's worth at most), as the DOCX writer measures it. */
function previousWidthPt(previous: Block | undefined, ctx: FlowContext): number {
  if (!previous || previous.type !== 'paragraph') return ctx.widthPt;
  const s = style(ctx, previous.style);
  return Math.min(ctx.metrics.measure(inlineText(previous.children), { bold: s.bold, italic: s.italic }, s.sizePt), ctx.widthPt);
}

/**
 * A short centred rule: a thin slice with a line across its top. In the DOCX it is the top
 * border of a paragraph whose line is `thickness + 2` exactly; the border adds its own width
 * (whole eighths of a point) above the line, as Word and LibreOffice draw it.
 */
function ruleSlice(fraction: number, ctx: FlowContext, previous: Block | undefined): Slice {
  const { thicknessPt, gapPt, afterPt } = ctx.theme.rule;
  const borderPt = storedBorderPt(thicknessPt);
  const lengthPt = fraction * previousWidthPt(previous, ctx);
  const x1Pt = (ctx.widthPt - lengthPt) / 2;
  return {
    heightPt: borderPt + thicknessPt + 2,
    spaceBeforePt: gapPt,
    spaceAfterPt: afterPt,
    keepWithNext: false,
    items: [{ type: 'line', x1Pt, x2Pt: x1Pt + lengthPt, y1Pt: borderPt / 2, y2Pt: borderPt / 2, thicknessPt: borderPt }],
  };
}
