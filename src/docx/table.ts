// Stage: docx. A data table (appendix) → a bordered table: header rows repeat on every page,
// rows never split across pages, total rows bold, each cell aligned as the model says.
import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import type { Table as ModelTable, TableRow as ModelRow } from '../model/types.js';
import { placeCells } from '../model/table-grid.js';
import type { DocxContext } from './context.js';
import { inlinesToRuns } from './inlines.js';
import { ALIGNMENT, styleId } from './styles.js';
import { mmToTwips, ptToEighths, ptToTwips } from './units.js';

const ROW_STYLE: Record<ModelRow['kind'], string> = { header: 'TableHeader', body: 'TableCell', total: 'TableTotal' };

export function tableToDocx(table: ModelTable, ctx: DocxContext): Table {
  const total = table.widths.reduce((a, b) => a + b, 0);
  const widthsPt = table.widths.map((w) => (w / total) * ctx.widthPt);
  const border = { style: BorderStyle.SINGLE, size: ptToEighths(ctx.theme.table.borderPt), color: '000000' };
  const pad = mmToTwips(ctx.theme.table.cellPaddingMm);
  const placed = placeCells(table);
  if ('error' in placed) throw new Error(`invalid table reached the DOCX writer: ${placed.error}`);
  const rows = table.children.map((row, r) => {
    return new TableRow({
      tableHeader: row.kind === 'header',
      cantSplit: true,
      children: row.children.map((cell, c) => {
        const col = placed[r]![c]!.column;
        const widthPt = widthsPt.slice(col, col + cell.colSpan).reduce((a, b) => a + b, 0);
        return new TableCell({
          columnSpan: cell.colSpan,
          rowSpan: cell.rowSpan,
          width: { size: ptToTwips(widthPt), type: WidthType.DXA },
          verticalAlign: VerticalAlign.CENTER,
          children: [new Paragraph({ style: styleId(ROW_STYLE[row.kind]), alignment: ALIGNMENT[cell.align], children: inlinesToRuns(cell.children) })],
        });
      }),
    });
  });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: ptToTwips(ctx.widthPt), type: WidthType.DXA },
    columnWidths: widthsPt.map(ptToTwips),
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    margins: { left: pad, right: pad, top: pad / 2, bottom: pad / 2 },
    rows,
  });
}
