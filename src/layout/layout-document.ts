// Stage: layout. Document → PagedDocument: each section's blocks flowed into its pages (portrait
// or landscape), page numbers top centre from the section's second page, restarting at 1.
import { PT_PER_MM, SECTION_END_PT, type Theme } from '../model/theme.js';
import type { Document, Section } from '../model/types.js';
import { blocksToSlices } from './flow/blocks.js';
import { paginate } from './flow/paginate.js';
import type { Page, PagedDocument, PlacedItem, TextMetrics } from './types.js';


function pageNumber(n: number, widthPt: number, theme: Theme, metrics: TextMetrics): PlacedItem {
  const face = { bold: false, italic: false };
  const sizePt = theme.pageNumber.sizePt;
  const text = String(n);
  const baseline = theme.page.headerMm * PT_PER_MM + sizePt * metrics.ascentEm;
  return { type: 'text', xPt: (widthPt - metrics.measure(text, face, sizePt)) / 2, yPt: baseline, text, face, sizePt };
}

function layoutSection(section: Section, theme: Theme, metrics: TextMetrics, nextTableId: () => number, last: boolean): Page[] {
  const p = theme.page;
  const landscape = section.orientation === 'landscape';
  const widthPt = (landscape ? p.heightMm : p.widthMm) * PT_PER_MM;
  const heightPt = (landscape ? p.widthMm : p.heightMm) * PT_PER_MM;
  const box = { xPt: p.marginLeftMm * PT_PER_MM, topPt: p.marginTopMm * PT_PER_MM, bottomPt: heightPt - p.marginBottomMm * PT_PER_MM };
  const slices = blocksToSlices(section.children, { theme, metrics, widthPt: widthPt - (p.marginLeftMm + p.marginRightMm) * PT_PER_MM, nextTableId });
  // the paragraph that closes a section ending with a table in the DOCX (see docx/write-docx.ts)
  if (!last && section.children[section.children.length - 1]?.type === 'table')
    slices.push({ heightPt: SECTION_END_PT, spaceBeforePt: 0, spaceAfterPt: 0, keepWithNext: false, items: [] });
  return paginate(slices, box).map((items, i) => {
    const numbered = section.pageNumbers.show && (i > 0 || section.pageNumbers.showOnFirstPage);
    return { widthPt, heightPt, items: numbered ? [pageNumber(i + 1, widthPt, theme, metrics), ...items] : items };
  });
}

export function layoutDocument(doc: Document, metrics: TextMetrics): PagedDocument {
  let tableId = 0;
  const nextTableId = () => ++tableId;
  return { meta: doc.meta, pages: doc.children.flatMap((s, i) => layoutSection(s, doc.theme, metrics, nextTableId, i === doc.children.length - 1)) };
}
