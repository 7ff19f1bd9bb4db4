// Stage: layout. Document → PagedDocument: each section's blocks flowed into its pages (portrait
// or landscape), page numbers top centre from the section's second page, restarting at 1.
import { needsSectionEnd, SECTION_END_PT, type Theme } from '../model/theme.js';
import { mmAsStoredPt, pageSizeTw, textWidthTw, twipsToPt } from '../model/units.js';
import type { Document, Section } from '../model/types.js';
import { blocksToSlices } from './flow/blocks.js';
import { paginate } from './flow/paginate.js';
import { baselinePt } from './text/line-metrics.js';
import type { Page, PagedDocument, PlacedItem, TextMetrics } from './types.js';


/** The page number: centred over the text area (the header is a paragraph between the margins). */
function pageNumber(n: number, box: { xPt: number; widthPt: number }, theme: Theme, metrics: TextMetrics): PlacedItem {
  const face = { bold: false, italic: false };
  const sizePt = theme.pageNumber.sizePt;
  const text = String(n);
  const baseline = mmAsStoredPt(theme.page.headerMm) + baselinePt(sizePt, metrics);
  return { type: 'text', xPt: box.xPt + (box.widthPt - metrics.measure(text, face, sizePt)) / 2, yPt: baseline, text, face, sizePt };
}

function layoutSection(section: Section, theme: Theme, metrics: TextMetrics, nextTableId: () => number, last: boolean): Page[] {
  const p = theme.page;
  const landscape = section.orientation === 'landscape';
  // the page as the DOCX stores it, in whole twips
  const size = pageSizeTw(p, landscape);
  const [widthPt, heightPt] = [twipsToPt(size.widthTw), twipsToPt(size.heightTw)];
  const box = { xPt: mmAsStoredPt(p.marginLeftMm), topPt: mmAsStoredPt(p.marginTopMm), bottomPt: heightPt - mmAsStoredPt(p.marginBottomMm) };
  const textWidthPt = twipsToPt(textWidthTw(p, landscape));
  const slices = blocksToSlices(section.children, { theme, metrics, widthPt: textWidthPt, nextTableId });
  // the paragraph that closes a section ending with a table in the DOCX (see docx/write-docx.ts)
  if (!last && needsSectionEnd(section.children))
    slices.push({ heightPt: SECTION_END_PT, spaceBeforePt: 0, spaceAfterPt: 0, keepWithNext: false, items: [] });
  return paginate(slices, box).map((items, i) => {
    const numbered = section.pageNumbers.show && (i > 0 || section.pageNumbers.showOnFirstPage);
    return { widthPt, heightPt, items: numbered ? [pageNumber(i + 1, { xPt: box.xPt, widthPt: textWidthPt }, theme, metrics), ...items] : items };
  });
}

export function layoutDocument(doc: Document, metrics: TextMetrics): PagedDocument {
  let tableId = 0;
  const nextTableId = () => ++tableId;
  return { meta: doc.meta, pages: doc.children.flatMap((s, i) => layoutSection(s, doc.theme, metrics, nextTableId, i === doc.children.length - 1)) };
}
