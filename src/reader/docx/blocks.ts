// Stage: reader (DOCX). The block content of the body (or of a table cell) → paragraphs and
// tables of the DOCX tree: styles resolved, list labels computed, merged cells as spans, section
// breaks as page breaks (with each section's page setup kept for the ND30 checks).
import { msg } from '../../diag/index.js';
import type { DocxBlock, DocxCell, DocxParagraph, DocxRow, DocxTable, PageSetup } from '../types.js';
import { child, elements, type XmlElement } from '../xml/parse-xml.js';
import { MAX_PARAGRAPHS, type ReadContext } from './context.js';
import { NotDocxError } from './not-docx-error.js';
import { newRunState, readInline } from './runs.js';
import { effectiveParagraph, headingLevel, paragraphStyleId, readParagraphProps, styleName } from './styles.js';

const TWIP_MM = 25.4 / 1440;
const mm = (twips: string | undefined, fallback: number) => (twips && /^-?\d+$/.test(twips) ? Math.round(Number(twips) * TWIP_MM * 10) / 10 : fallback);

export function readPageSetup(sectPr: XmlElement): PageSetup {
  const size = child(sectPr, 'w:pgSz');
  const margin = child(sectPr, 'w:pgMar');
  return {
    widthMm: mm(size?.attrs['w:w'], 210),
    heightMm: mm(size?.attrs['w:h'], 297),
    margins: { top: mm(margin?.attrs['w:top'], 25.4), bottom: mm(margin?.attrs['w:bottom'], 25.4), left: mm(margin?.attrs['w:left'], 31.8), right: mm(margin?.attrs['w:right'], 31.8) },
  };
}

function endSection(sectPr: XmlElement, ctx: ReadContext): void {
  ctx.pages.push(readPageSetup(sectPr));
  if (child(sectPr, 'w:type')?.attrs['w:val'] !== 'continuous') ctx.breakPending = true;
}

interface ReadParagraph extends DocxParagraph {
  /** The paragraph mark is a tracked deletion: accepted, the paragraph joins the next one. */
  joinsNext: boolean;
}

function readParagraph(p: XmlElement, ctx: ReadContext): ReadParagraph {
  if (++ctx.paragraphs > MAX_PARAGRAPHS) throw new NotDocxError(msg('import.too_many_paragraphs', { limit: MAX_PARAGRAPHS }));
  const pPr = child(p, 'w:pPr');
  const styleId = paragraphStyleId(ctx.styles, child(pPr, 'w:pStyle')?.attrs['w:val']);
  const props = effectiveParagraph(ctx.styles, styleId, readParagraphProps(pPr));
  const name = styleName(ctx.styles, styleId);
  const state = newRunState();
  readInline(p, styleId, ctx, state);
  const list = props.numId && props.numId !== '0' ? ctx.list(props.numId, props.ilvl ?? 0) : null;
  const paragraph: ReadParagraph = {
    type: 'paragraph',
    style: name,
    outlineLevel: props.outlineLevel ?? headingLevel(name),
    align: props.align ?? 'left',
    indentPt: { left: props.indentLeft ?? 0, firstLine: props.firstLine ?? 0 },
    list,
    runs: state.runs,
    pageBreak: state.pageBreak || (props.pageBreakBefore ?? false) || ctx.breakPending,
    joinsNext: child(child(pPr, 'w:rPr'), 'w:del') !== undefined,
  };
  ctx.breakPending = false;
  const sectPr = child(pPr, 'w:sectPr');
  if (sectPr) endSection(sectPr, ctx);
  return paragraph;
}

const visible = (border: XmlElement | undefined): boolean => {
  const v = border?.attrs['w:val'];
  return v !== undefined && v !== 'none' && v !== 'nil' && border?.attrs['w:sz'] !== '0';
};
const anyVisible = (borders: XmlElement | undefined, sides: string[]) => sides.some((s) => visible(child(borders, `w:${s}`)));
const SIDES = ['top', 'left', 'bottom', 'right', 'start', 'end', 'insideH', 'insideV'];

function readCell(tc: XmlElement, column: number, ctx: ReadContext): DocxCell & { merge: 'restart' | 'continue' | null; hMerge: boolean } {
  const tcPr = child(tc, 'w:tcPr');
  const vMerge = child(tcPr, 'w:vMerge');
  return {
    column,
    colSpan: Math.max(1, Number(child(tcPr, 'w:gridSpan')?.attrs['w:val'] ?? 1) || 1),
    rowSpan: 1,
    blocks: readBlocks(tc, ctx),
    bordered: anyVisible(child(tcPr, 'w:tcBorders'), SIDES),
    merge: vMerge ? (vMerge.attrs['w:val'] === 'restart' ? 'restart' : 'continue') : null,
    hMerge: child(tcPr, 'w:hMerge') !== undefined && child(tcPr, 'w:hMerge')?.attrs['w:val'] !== 'restart',
  };
}

/** Rows (content controls and tracked insertions around them read through, deleted rows left out). */
const rowsOf = (el: XmlElement): XmlElement[] =>
  elements(el).flatMap((c) => (c.name === 'w:tr' ? (child(child(c, 'w:trPr'), 'w:del') ? [] : [c]) : ['w:sdt', 'w:sdtContent', 'w:customXml', 'w:ins'].includes(c.name) ? rowsOf(c) : []));
const cellsOf = (el: XmlElement): XmlElement[] =>
  elements(el).flatMap((c) => (c.name === 'w:tc' ? [c] : ['w:sdt', 'w:sdtContent', 'w:customXml'].includes(c.name) ? cellsOf(c) : []));

function readTable(tbl: XmlElement, ctx: ReadContext): DocxTable {
  const pageBreak = ctx.breakPending;
  ctx.breakPending = false;
  const tblPr = child(tbl, 'w:tblPr');
  const columnsPt = elements(child(tbl, 'w:tblGrid') ?? tbl, 'w:gridCol').map((g) => Number(g.attrs['w:w'] ?? 0) / 20);
  const raw = rowsOf(tbl).map((tr) => {
    const trPr = child(tr, 'w:trPr');
    let column = Number(child(trPr, 'w:gridBefore')?.attrs['w:val'] ?? 0) || 0;
    const cells: ReturnType<typeof readCell>[] = [];
    for (const tc of cellsOf(tr)) {
      const cell = readCell(tc, column, ctx);
      const previous = cells[cells.length - 1];
      if (cell.hMerge && previous) previous.colSpan += cell.colSpan;
      else cells.push(cell);
      column += cell.colSpan;
    }
    const header = child(trPr, 'w:tblHeader');
    return { header: header !== undefined && header.attrs['w:val'] !== '0' && header.attrs['w:val'] !== 'false', cells };
  });
  // vertical merges: the first cell spans the rows whose cell at the same column continues it
  raw.forEach((row, r) =>
    row.cells.forEach((cell) => {
      if (cell.merge === 'continue') cell.rowSpan = 0;
      if (cell.merge !== 'restart') return;
      let k = r + 1;
      while (raw[k]?.cells.some((c) => c.column === cell.column && c.merge === 'continue')) k++;
      cell.rowSpan = k - r;
    }),
  );
  const rows: DocxRow[] = raw.map((r) => ({ header: r.header, cells: r.cells.map(({ merge: _m, hMerge: _h, ...c }) => c) }));
  const styleBorders = /grid|lưới|table\s*\d/i.test(ctx.styles.byId.get(child(tblPr, 'w:tblStyle')?.attrs['w:val'] ?? '')?.name ?? '');
  const cells = rows.flatMap((r) => r.cells);
  const bordered = anyVisible(child(tblPr, 'w:tblBorders'), SIDES) || styleBorders || (cells.length > 0 && cells.filter((c) => c.bordered).length * 2 > cells.length);
  return { type: 'table', bordered, columnsPt, rows, pageBreak };
}

/** The blocks of the body, a table cell or a block-level content control. */
export function readBlocks(container: XmlElement, ctx: ReadContext): DocxBlock[] {
  const out: DocxBlock[] = [];
  let carried: ReadParagraph | null = null;
  const walk = (el: XmlElement) => {
    for (const c of elements(el)) {
      if (c.name === 'w:p') {
        const p = readParagraph(c, ctx);
        if (carried) p.runs.unshift(...carried.runs), (p.pageBreak ||= carried.pageBreak);
        carried = p.joinsNext ? p : null;
        if (!p.joinsNext) out.push(strip(p));
      } else if (c.name === 'w:tbl') out.push(readTable(c, ctx));
      else if (c.name === 'w:sdt') walk(child(c, 'w:sdtContent') ?? c);
      else if (c.name === 'w:customXml' || c.name === 'w:ins' || c.name === 'w:moveTo') walk(c);
      else if (c.name === 'w:sectPr') ctx.pages.push(readPageSetup(c));
      else if (c.name === 'mc:AlternateContent') walk(child(c, 'mc:Fallback') ?? c);
    }
  };
  walk(container);
  if (carried) out.push(strip(carried));
  return out;
}

const strip = ({ joinsNext: _j, ...p }: ReadParagraph): DocxParagraph => p;
