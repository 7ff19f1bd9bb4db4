// Stage: layout (flow). Blocks → slices; one handler per block type, so a new node type fails
// compilation until layout handles it.
import { inlineText } from '../../model/text.js';
import type { Block, Inline } from '../../model/types.js';
import { tableSlices } from '../table/table.js';
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

const handlers: { [K in Block['type']]: Handler<K> } = {
  paragraph: (b, ctx) => paragraphSlices(b.children, style(ctx, b.style), ctx.widthPt, ctx.metrics),
  heading: (b, ctx) => paragraphSlices(withLabel(b.label, b.children), style(ctx, `Heading${b.level}`), ctx.widthPt, ctx.metrics),
  item: (b, ctx) => paragraphSlices(withLabel(b.marker, b.children), style(ctx, 'Item'), ctx.widthPt, ctx.metrics),
  rule: (b, ctx, previous) => [ruleSlice(b.fraction, ctx, previous)],
  grid: (b, ctx) => gridSlices(b, ctx, blocksToSlices),
  table: (b, ctx) => tableSlices(b, ctx),
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

/** A short centred rule: a thin slice with a line across its top. */
function ruleSlice(fraction: number, ctx: FlowContext, previous: Block | undefined): Slice {
  const { thicknessPt, gapPt, afterPt } = ctx.theme.rule;
  const lengthPt = fraction * previousWidthPt(previous, ctx);
  const x1Pt = (ctx.widthPt - lengthPt) / 2;
  return {
    heightPt: thicknessPt + 2,
    spaceBeforePt: gapPt,
    spaceAfterPt: afterPt,
    keepWithNext: false,
    items: [{ type: 'line', x1Pt, x2Pt: x1Pt + lengthPt, y1Pt: thicknessPt / 2, y2Pt: thicknessPt / 2, thicknessPt }],
  };
}
