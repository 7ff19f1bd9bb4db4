// Stage: model. Page setup and the style of each kind of block, read by every writer.
// The values live in templates/<kind>/theme.yaml (validated in template/theme.ts);
// this file only names their shape. Lengths say their unit (Mm, Pt).

/** Points per millimetre: theme lengths are in mm, layout works in points. */
export const PT_PER_MM = 72 / 25.4;
/** Height of the empty paragraph that closes a section ending with a table, grid or brace group
 * (Word needs a paragraph to hold the section's properties; both writers give it this height). */
export const SECTION_END_PT = 1;

/** Whether a section (not the document's last) needs that paragraph: it ends with what the DOCX
 * writes as a table (a data table, a layout grid, a brace group). */
export const needsSectionEnd = (blocks: readonly { type: string }[]): boolean => ['table', 'grid', 'brace'].includes(blocks[blocks.length - 1]?.type ?? '');

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
  /** Never split across pages (a paragraph kept with the next one is kept whole too). */
  keepLines: boolean;
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
  /** Data tables: cell padding, border width, and the space between a table and the paragraph after it. */
  table: { cellPaddingMm: number; borderPt: number; spaceAfterPt: number };
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

/**
 * The space before a paragraph that follows a table: the theme's space below tables when larger
 * than the style's own space before; null when the paragraph keeps its style's.
 */
export function spaceAfterTablePt(theme: Theme, style: string, previous: { type: string } | undefined): number | null {
  if (previous?.type !== 'table') return null;
  const own = theme.paragraphStyles[style]?.spaceBeforePt ?? 0;
  return theme.table.spaceAfterPt > own ? theme.table.spaceAfterPt : null;
}
