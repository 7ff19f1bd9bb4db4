// Stage: docx. A data table → WordprocessingML, written as a string. The docx library's object
// model took 3 s and 400 MB for a 10 000-row appendix; the same XML built directly takes a
// fraction of that. Header rows repeat on every page (tblHeader), rows never split (cantSplit),
// cells spanning rows are continued with vMerge cells, as Word itself writes them.
import { placeCells } from '../model/table-grid.js';
import { columnWidthsTw } from '../model/units.js';
import { PT_PER_MM, TABLE_ROW_STYLES, tableTextSizePt } from '../model/theme.js';
import { inlineText } from '../model/text.js';
import type { Inline, Table, TableRow } from '../model/types.js';
import type { DocxContext } from './context.js';
import { printable } from '../util/printable.js';
import { styleId } from './styles.js';
import { mmToTwips, ptToEighths, ptToHalfPoints, ptToTwips, TWIPS_PER_PT } from './units.js';

const JC = { left: 'left', center: 'center', right: 'right' } as const;

/** Any character escapeXml changes or drops (most table cells have none: they are returned as they are). */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPING = /[\u0000-\u001f\u007f-\u009f&<>"\ud800-\udfff\ufffe\uffff]/;

export const escapeXml = (s: string): string =>
  NEEDS_ESCAPING.test(s) ? printable(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;') : s;

/** `size`: run properties for a table printed smaller than its styles (textScale), else ''. */
export function runs(inlines: readonly Inline[], bold = false, italic = false, size = ''): string {
  let out = '';
  for (const i of inlines) {
    if (i.type === 'strong') out += runs(i.children, true, italic, size);
    else if (i.type === 'emphasis') out += runs(i.children, bold, true, size);
    else {
      const props = bold || italic || size ? `<w:rPr>${bold ? '<w:b/><w:bCs/>' : ''}${italic ? '<w:i/><w:iCs/>' : ''}${size}</w:rPr>` : '';
      out += `<w:r>${props}<w:t xml:space="preserve">${escapeXml(i.value)}</w:t></w:r>`;
    }
  }
  return out;
}

/**
 * Rows never split across pages (cantSplit), except a row that may be taller than a page: Word
 * would cut such a row off at the page's foot. Its height is estimated generously (every cell's
 * text measured on one line, broken into the cell's width, plus one line per cell).
 */
function mayOutgrowPage(row: TableRow, widths: readonly number[], ctx: DocxContext): boolean {
  const style = ctx.theme.paragraphStyles[TABLE_ROW_STYLES[row.kind]];
  if (!style) return false;
  const lineHeightPt = style.sizePt * 1.2 * style.lineSpacing;
  const padPt = ctx.theme.table.cellPaddingMm * PT_PER_MM * 2;
  let col = 0;
  return row.children.some((cell) => {
    const cellPt = widths.slice(col, (col += cell.colSpan)).reduce((a, b) => a + b, 0) / TWIPS_PER_PT - padPt;
    const textPt = ctx.measure(inlineText(cell.children), { bold: style.bold, italic: style.italic }, style.sizePt);
    return (Math.ceil(textPt / Math.max(cellPt, 1)) + 1) * lineHeightPt > ctx.heightPt * 0.5;
  });
}

export function tableXml(table: Table, ctx: DocxContext): string {
  const widths = columnWidthsTw(table.widths, ptToTwips(ctx.widthPt));
  const placed = placeCells(table);
  if ('error' in placed) throw new Error(`invalid table reached the DOCX writer: ${placed.error}`);
  const border = (side: string) => `<w:${side} w:val="single" w:sz="${ptToEighths(ctx.theme.table.borderPt)}" w:space="0" w:color="000000"/>`;
  const pad = mmToTwips(ctx.theme.table.cellPaddingMm);
  const out: string[] = [
    '<w:tbl><w:tblPr>',
    `<w:tblW w:w="${widths.reduce((a, b) => a + b, 0)}" w:type="dxa"/>`,
    `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>`,
    '<w:tblLayout w:type="fixed"/>',
    `<w:tblCellMar><w:top w:w="${Math.round(pad / 2)}" w:type="dxa"/><w:left w:w="${pad}" w:type="dxa"/><w:bottom w:w="${Math.round(pad / 2)}" w:type="dxa"/><w:right w:w="${pad}" w:type="dxa"/></w:tblCellMar>`,
    '</w:tblPr><w:tblGrid>',
    ...widths.map((w) => `<w:gridCol w:w="${w}"/>`),
    '</w:tblGrid>',
  ];
  // per column: rows still covered by a cell spanning down from above, and that cell's width
  const carried: { rows: number; colSpan: number }[] = widths.map(() => ({ rows: 0, colSpan: 1 }));
  const width = (col: number, span: number) => widths.slice(col, col + span).reduce((a, b) => a + b, 0);
  // a cell's properties and paragraph start depend on few things: each is written once per table
  const known = new Map<string, string>();
  const once = (key: string, make: () => string): string => {
    let x = known.get(key);
    if (x === undefined) known.set(key, (x = make()));
    return x;
  };
  const tcPr = (col: number, span: number, merge: string) =>
    once(`tc ${col} ${span} ${merge}`, () => `<w:tcPr><w:tcW w:w="${width(col, span)}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${merge}<w:vAlign w:val="center"/></w:tcPr>`);
  const sizeOf = (kind: keyof typeof TABLE_ROW_STYLES): string => {
    if (table.textScale === undefined) return '';
    const halfPoints = ptToHalfPoints(tableTextSizePt(ctx.theme.paragraphStyles[TABLE_ROW_STYLES[kind]]!.sizePt, table.textScale));
    return `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`;
  };
  table.children.forEach((row, r) => {
    const size = sizeOf(row.kind);
    const cantSplit = row.kind === 'header' || !mayOutgrowPage(row, widths, ctx) ? '<w:cantSplit/>' : '';
    out.push(`<w:tr><w:trPr>${cantSplit}${row.kind === 'header' ? '<w:tblHeader/>' : ''}</w:trPr>`);
    const starts = new Map(placed[r]!.map((p, c) => [p.column, row.children[c]!]));
    for (let col = 0; col < widths.length; ) {
      const cell = starts.get(col);
      if (!cell) {
        // covered by a cell spanning down from a row above: continue its vertical merge
        const above = carried[col]!;
        out.push(`<w:tc>${tcPr(col, above.colSpan, '<w:vMerge/>')}${size ? `<w:p><w:pPr><w:rPr>${size}</w:rPr></w:pPr></w:p>` : '<w:p/>'}</w:tc>`);
        above.rows--;
        col += above.colSpan;
        continue;
      }
      const merge = cell.rowSpan > 1 ? '<w:vMerge w:val="restart"/>' : '';
      const mark = size ? `<w:rPr>${size}</w:rPr>` : '';
      const pPr = once(`p ${row.kind} ${cell.align} ${mark}`, () => `<w:pPr><w:pStyle w:val="${styleId(TABLE_ROW_STYLES[row.kind])}"/><w:jc w:val="${JC[cell.align]}"/>${mark}</w:pPr>`);
      out.push(`<w:tc>${tcPr(col, cell.colSpan, merge)}<w:p>${pPr}${runs(cell.children, false, false, size)}</w:p></w:tc>`);
      carried[col] = { rows: cell.rowSpan - 1, colSpan: cell.colSpan };
      col += cell.colSpan;
    }
    out.push('</w:tr>');
  });
  out.push('</w:tbl>');
  return out.join('');
}
