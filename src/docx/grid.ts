// Stage: docx. A layout grid → a borderless fixed-width table (header block, closing block).
import { Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import type { Block, Grid } from '../model/types.js';
import type { DocxContext } from './context.js';
import { Placeholder } from './table.js';
import { columnWidthsTw } from '../model/units.js';
import { ptToTwips, twipsToPt } from './units.js';

type Convert = (blocks: readonly Block[], ctx: DocxContext) => (Paragraph | Table)[];

/** A table cell must end with a paragraph, or Word offers to repair the file. */
export const endWithParagraph = (children: (Paragraph | Table)[], keepNext = false): (Paragraph | Table)[] => {
  const last = children[children.length - 1];
  return last instanceof Paragraph && !(last instanceof Placeholder) ? children : [...children, new Paragraph(keepNext ? { keepNext } : {})];
};

export function gridToDocx(grid: Grid, ctx: DocxContext, convert: Convert): Table {
  // columns in whole twips that add up to the width exactly, as the layout engine measures them
  const widthsTw = columnWidthsTw(grid.widths, ptToTwips(ctx.widthPt));
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: ptToTwips(ctx.widthPt), type: WidthType.DXA },
    columnWidths: widthsTw,
    borders: TableBorders.NONE,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows: grid.children.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: row.children.map(
            (cell, i) =>
              new TableCell({
                width: { size: widthsTw[i]!, type: WidthType.DXA },
                verticalAlign: VerticalAlign.TOP,
                children: endWithParagraph(convert(cell.children, { ...ctx, widthPt: twipsToPt(widthsTw[i]!), keepNext: grid.keepWithNext }), grid.keepWithNext),
              }),
          ),
        }),
    ),
  });
}
