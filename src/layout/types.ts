// Stage: layout. PagedDocument: pages with absolutely placed text and lines, in points from the
// top-left corner of each page. Pure data; the PDF writer draws it without deciding anything.
import type { FontFace, TextMetrics } from '../fonts/measure.js';
import type { DocumentMeta } from '../model/types.js';

export interface PlacedText {
  type: 'text';
  xPt: number;
  /** Baseline, from the top of the page. */
  yPt: number;
  text: string;
  face: FontFace;
  sizePt: number;
}

export interface PlacedLine {
  type: 'line';
  x1Pt: number;
  y1Pt: number;
  x2Pt: number;
  y2Pt: number;
  thicknessPt: number;
}

/**
 * A rectangle's four sides, drawn as four lines in this order: top, bottom, left, right (the
 * borders of a table cell: one item where four lines took four times the memory on long tables).
 */
export interface PlacedBox {
  type: 'box';
  x1Pt: number;
  y1Pt: number;
  x2Pt: number;
  y2Pt: number;
  thicknessPt: number;
}

export type PlacedItem = PlacedText | PlacedLine | PlacedBox;

export interface Page {
  widthPt: number;
  heightPt: number;
  items: PlacedItem[];
}

export interface PagedDocument {
  meta: DocumentMeta;
  pages: Page[];
}

export type { FontFace, TextMetrics };
