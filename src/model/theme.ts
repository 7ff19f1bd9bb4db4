// Stage: model. Page setup and the style of each kind of block, read by every writer.
// The values live in templates/<kind>/theme.yaml (validated in template/theme.ts);
// this file only names their shape. Lengths say their unit (Mm, Pt).

/** Points per millimetre: theme lengths are in mm, layout works in points. */
export const PT_PER_MM = 72 / 25.4;

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface ParagraphStyle {
  sizePt: number;
  bold: boolean;
  italic: boolean;
  align: Align;
  firstLineIndentMm: number;
  /** Lines after the first start this much further in than the first (a hanging indent, as for
   * "- " items whose wrapped lines align with their text); 0: they start at the margin. */
  hangingIndentMm: number;
  spaceBeforePt: number;
  spaceAfterPt: number;
  /** Line height as a multiple of single spacing ("multiple" rule). */
  lineSpacing: number;
  keepWithNext: boolean;
}

export interface PageSetup {
  widthMm: number;
  heightMm: number;
  marginTopMm: number;
  marginBottomMm: number;
  marginLeftMm: number;
  marginRightMm: number;
  /** Distance from the top edge to the page number line. */
  headerMm: number;
}

export interface Theme {
  page: PageSetup;
  fontFamily: string;
  pageNumber: { sizePt: number };
  /** Rules drawn under header lines and titles. */
  rule: { thicknessPt: number; gapPt: number; afterPt: number };
  table: { cellPaddingMm: number; borderPt: number };
  /** Named paragraph styles; model nodes refer to them by name. Required names are in REQUIRED_STYLES. */
  paragraphStyles: Record<string, ParagraphStyle>;
}

/** A table row style's size in a table printed at `scale` (to half points, as Word stores sizes). */
export const tableTextSizePt = (sizePt: number, scale = 1): number => (scale === 1 ? sizePt : Math.round(sizePt * scale * 2) / 2);

/** The paragraph style of the cells of each kind of table row. */
export const TABLE_ROW_STYLES = { header: 'TableHeader', body: 'TableCell', total: 'TableTotal' } as const;

/** Styles every writer relies on; a theme must define them. */
export const REQUIRED_STYLES = [
  'Body',
  'Heading1',
  'Heading2',
  'Heading3',
  'Heading4',
  'Item',
  'TableHeader',
  'TableCell',
] as const;
