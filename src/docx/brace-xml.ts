// Stage: docx. A brace group → a borderless three-column table, written as a string like data
// tables (see table.ts): the grouped lines, a drawn right brace (a DrawingML "rightBrace" shape
// anchored in its cell, so that it never changes the row's height), and the label beside it,
// centred on the lines.
import { BRACE_WIDTHS, braceLineCount, braceSizePt } from '../model/brace.js';
import type { Block, Brace } from '../model/types.js';
import type { DocxContext } from './context.js';
import { styleId } from './styles.js';
import { runs } from './table-xml.js';
import { columnWidthsTw } from '../model/units.js';
import { ptToTwips, twipsToPt } from './units.js';

const EMU_PER_PT = 12700;

function paragraphXml(b: Block): string {
  if (b.type === 'paragraph') return `<w:p><w:pPr><w:pStyle w:val="${styleId(b.style)}"/></w:pPr>${runs(b.children)}</w:p>`;
  if (b.type === 'item') return `<w:p><w:pPr><w:pStyle w:val="${styleId('Item')}"/></w:pPr>${runs([{ type: 'text', value: `${b.marker} ` }, ...b.children])}</w:p>`;
  throw new Error(`a brace groups paragraphs; got a ${b.type}`);
}

function shapeXml(id: number, widthPt: number, heightPt: number): string {
  const cx = Math.round(widthPt * EMU_PER_PT);
  const cy = Math.round(heightPt * EMU_PER_PT);
  return [
    '<w:r><w:drawing>',
    `<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="${251659264 + id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">`,
    '<wp:simplePos x="0" y="0"/>',
    '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>',
    '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>',
    `<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>`,
    `<wp:docPr id="${id}" name="Brace ${id}"/><wp:cNvGraphicFramePr/>`,
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">',
    `<wps:wsp><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rightBrace"><a:avLst/></a:prstGeom><a:noFill/>`,
    '<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr><wps:bodyPr/></wps:wsp>',
    '</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>',
  ].join('');
}

export function braceXml(brace: Brace, ctx: DocxContext, id: number): string {
  // columns in whole twips that add up to the width exactly, as the layout engine measures them
  const widthsTw = columnWidthsTw(BRACE_WIDTHS, ptToTwips(ctx.widthPt));
  const widthsPt = widthsTw.map(twipsToPt);
  const style = ctx.theme.paragraphStyles[brace.style];
  if (!style) throw new Error(`style ${brace.style} reached the DOCX writer but is not in the theme`);
  const { widthPt, heightPt } = braceSizePt(braceLineCount(brace, style, widthsPt[0]!, ctx.measure), style, widthsPt[1]!);
  const cell = (i: number, content: string, vAlign: 'top' | 'center') =>
    `<w:tc><w:tcPr><w:tcW w:w="${widthsTw[i]!}" w:type="dxa"/><w:vAlign w:val="${vAlign}"/></w:tcPr>${content}</w:tc>`;
  // the brace's own paragraph is 1 pt high, so that the lines alone decide the row's height
  const anchor = `<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/></w:rPr></w:pPr>${shapeXml(id, widthPt, heightPt)}</w:p>`;
  return [
    '<w:tbl><w:tblPr>',
    `<w:tblW w:w="${widthsTw.reduce((a, w) => a + w, 0)}" w:type="dxa"/>`,
    '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>',
    '<w:tblLayout w:type="fixed"/>',
    '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>',
    '</w:tblPr><w:tblGrid>',
    ...widthsTw.map((w) => `<w:gridCol w:w="${w}"/>`),
    '</w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr>',
    cell(0, brace.children.map(paragraphXml).join(''), 'top'),
    cell(1, anchor, 'top'),
    cell(2, `<w:p><w:pPr><w:pStyle w:val="${styleId(brace.style)}"/></w:pPr>${runs(brace.label)}</w:p>`, 'center'),
    '</w:tr></w:tbl>',
  ].join('');
}
