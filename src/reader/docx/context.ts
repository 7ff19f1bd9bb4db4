// Stage: reader (DOCX). What the block and run readers share while they walk document.xml.
import type { PageSetup, ReviewNote } from '../types.js';
import type { ListLabel } from './numbering.js';
import type { Styles } from './styles.js';

export interface ReadContext {
  styles: Styles;
  /** The label of the next list paragraph of list `numId` at level `ilvl`. */
  list: (numId: string, ilvl: number) => ListLabel | null;
  notes: ReviewNote[];
  pages: PageSetup[];
  /** Shapes and images left out, counted for one note at the end. */
  ignored: { images: number; shapes: number; textBoxes: string[]; footnotes: number; math: number };
  /** A section ended before the next block: it starts on a new page. */
  breakPending: boolean;
  /** Paragraphs read so far (body and cells), against MAX_PARAGRAPHS. */
  paragraphs: number;
}

/** A plan with a province's appendix (1 000 rows of 15 columns) has about 15 000 paragraphs. */
export const MAX_PARAGRAPHS = 30_000;
