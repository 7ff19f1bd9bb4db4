// Stage: model. Lengths as Word stores them: twips (twentieths of a point), whole numbers. The
// DOCX writer writes these, Word and LibreOffice lay out with them, and our layout engine
// measures the page with the very same rounded values, so that all three agree to the twip.
import type { PageSetup } from './theme.js';

export const TWIPS_PER_PT = 20;
export const ptToTwips = (pt: number): number => Math.round(pt * TWIPS_PER_PT);
export const mmToTwips = (mm: number): number => Math.round((mm / 25.4) * 72 * TWIPS_PER_PT);
export const twipsToPt = (tw: number): number => tw / TWIPS_PER_PT;
/** A border's width as the DOCX stores it (whole eighths of a point, at least two), in points. */
export const storedBorderPt = (pt: number): number => Math.max(2, Math.round(pt * 8)) / 8;
/** A length in mm as the DOCX stores it (whole twips), in points. */
export const mmAsStoredPt = (mm: number): number => twipsToPt(mmToTwips(mm));

/** Page width and height of a section, in twips (landscape swaps them). */
export function pageSizeTw(page: PageSetup, landscape: boolean): { widthTw: number; heightTw: number } {
  const [w, h] = [mmToTwips(page.widthMm), mmToTwips(page.heightMm)];
  return landscape ? { widthTw: h, heightTw: w } : { widthTw: w, heightTw: h };
}

/** Width of the text area (page width less the left and right margins), in twips. */
export const textWidthTw = (page: PageSetup, landscape: boolean): number =>
  pageSizeTw(page, landscape).widthTw - mmToTwips(page.marginLeftMm) - mmToTwips(page.marginRightMm);

/**
 * Relative column widths scaled to a total, in whole twips that add up to the total exactly
 * (each column edge is rounded, not each width).
 */
export function columnWidthsTw(widths: readonly number[], totalTw: number): number[] {
  const sum = widths.reduce((a, b) => a + b, 0);
  let cumulative = 0;
  let previousEdge = 0;
  return widths.map((w) => {
    cumulative += w;
    const edge = Math.round((cumulative / sum) * totalTw);
    const width = edge - previousEdge;
    previousEdge = edge;
    return width;
  });
}
