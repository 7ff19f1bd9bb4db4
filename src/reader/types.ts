// Stage: reader. The types between the reader's steps: the DOCX tree (what Word's XML says, with
// styles resolved and list numbers computed, our own small version of pandoc's Docx AST), and the
// review notes every recognition step leaves for the person who checks the imported plan.
import type { Msg } from '../diag/index.js';


/** A run of text with its effective formatting (styles resolved). */
export interface DocxRun {
  /** Text; "\n" for a manual line break (Shift+Enter), "\t" for a tab. */
  text: string;
  bold: boolean;
  italic: boolean;
  /** All caps or small caps as a format (the letters themselves are as typed). */
  caps: boolean;
  sizePt: number | null;
  font: string | null;
}

export type Alignment = 'left' | 'center' | 'right' | 'both';

export interface DocxParagraph {
  type: 'paragraph';
  /** The style's name as Word shows it ("heading 1", "KhBody", "Normal"). */
  style: string | null;
  /** Outline level of a heading style or of the paragraph (0 = level 1), or null. */
  outlineLevel: number | null;
  align: Alignment;
  /** Indents in points: left and first line (negative for a hanging indent). */
  indentPt: { left: number; firstLine: number };
  /** A number or bullet Word draws itself (automatic numbering), as it prints. */
  list: { label: string; level: number; format: string } | null;
  runs: DocxRun[];
  /** A page break before this paragraph (typed break, page-break-before, or a new section). */
  pageBreak: boolean;
}

export interface DocxCell {
  /** Index of the first grid column the cell covers. */
  column: number;
  colSpan: number;
  /** Rows covered (vertical merge), counted on the first cell; 0 on the cells merged away. */
  rowSpan: number;
  blocks: DocxBlock[];
  /** Any visible border on the cell. */
  bordered: boolean;
}

export interface DocxRow {
  header: boolean;
  cells: DocxCell[];
}

export interface DocxTable {
  type: 'table';
  /** Visible borders (a data table) rather than a layout grid (masthead, signature block). */
  bordered: boolean;
  columnsPt: number[];
  rows: DocxRow[];
  pageBreak: boolean;
}

export type DocxBlock = DocxParagraph | DocxTable;

export interface PageSetup {
  widthMm: number;
  heightMm: number;
  margins: { top: number; bottom: number; left: number; right: number };
}

export interface DocxTree {
  blocks: DocxBlock[];
  /** One per section of the document, in order. */
  pages: PageSetup[];
  /** Defaults of the body text: the Normal style's font and size. */
  body: { font: string | null; sizePt: number | null };
  /** What the reader saw and left out (text boxes, images, comments …). */
  notes: ReviewNote[];
}

/** Topics of the review list; diff-plan's areas map onto them. */
export type ReviewTopic =
  | 'document'
  | 'masthead'
  | 'legal-basis'
  | 'targets'
  | 'numbering'
  | 'structure'
  | 'text'
  | 'duty'
  | 'recipient'
  | 'signature'
  | 'table'
  | 'arithmetic'
  | 'nd30';

export interface ReviewNote {
  topic: ReviewTopic;
  /** Where in the plan, in diff-plan's words (a section label "Giải pháp › Tuyên truyền"), or null. */
  where: string | null;
  /** The note for the person who reviews the plan: a sentence of the catalogue (import.note.*), worded when the YAML is written. */
  message: Msg;
}
