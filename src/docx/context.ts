// Stage: docx. What block converters need besides the node: the theme, text measurement (for
// rule lengths) and the width available where the block sits.
import type { Measure } from '../fonts/measure.js';
import type { Theme } from '../model/theme.js';
import type { TableSlot } from './table.js';

export interface DocxContext {
  theme: Theme;
  measure: Measure;
  /** Width available to the block, in points. */
  widthPt: number;
  /**
   * Paragraphs are kept with the next (inside a grid kept with what follows: Word and LibreOffice
   * keep a table with the next block when all its paragraphs say so).
   */
  keepNext?: boolean;
  /** Height of the page's text area, in points (a table row taller than it may split). */
  heightPt: number;
  /** Data tables written as XML, waiting to replace their placeholders (see table.ts). */
  tables: TableSlot[];
}
