// Stage: model. The document model shared by every writer (DOCX now, PDF later).
// Plain JSON-serialisable nodes with a `type` discriminant; parents have `children`.
// Writers never see the plan or the templates: everything they need is here.
import type { Theme } from './theme.js';

export const MODEL_VERSION = 2;

/** Where a node came from, for diagnostics. */
export interface Origin {
  file: string;
  line: number;
}

// ---- inlines -------------------------------------------------------------

export interface Text {
  type: 'text';
  value: string;
}
export interface Strong {
  type: 'strong';
  children: Inline[];
}
export interface Emphasis {
  type: 'emphasis';
  children: Inline[];
}
export type Inline = Text | Strong | Emphasis;

// ---- blocks --------------------------------------------------------------

/** A paragraph in a named style (see Theme.paragraphStyles). */
export interface Paragraph {
  type: 'paragraph';
  style: string;
  children: Inline[];
  origin?: Origin;
}

/**
 * A numbered part of the text; `label` ("I.", "1.", "1.1.", "a)") is filled in by
 * transform/number-headings from its place. Three forms:
 * - 'heading': a paragraph of its own in style Heading<level> (label '' when not numbered);
 * - 'paragraph': a numbered paragraph in style Body ("1. Tăng cường …");
 * - 'runIn': label and `children` in bold, then `text` in regular type, one paragraph in style
 *   Body ("**2.3. Sở Y tế:** Chủ trì …"); `children` may be empty ("**1.** Các sở …").
 */
export interface Heading {
  type: 'heading';
  level: 1 | 2 | 3 | 4;
  form: 'heading' | 'paragraph' | 'runIn';
  numbered: boolean;
  label: string;
  children: Inline[];
  /** The run-in heading's text after its bold part; [] for the other forms. */
  text: Inline[];
  origin?: Origin;
}

/** A "-" (level 1) or "+" (level 2) item. */
export interface Item {
  type: 'item';
  marker: '-' | '+';
  children: Inline[];
  origin?: Origin;
}

/** A short centred horizontal rule under the paragraph before it: `fraction` of that paragraph's longest line. */
export interface Rule {
  type: 'rule';
  fraction: number;
  origin?: Origin;
}

/** A borderless layout grid: the header block (issuer | quốc hiệu, Số | place and date) and the
 * closing (Nơi nhận | signature). Each row has one cell per width. */
export interface Grid {
  type: 'grid';
  /** Relative widths, summing to 100. */
  widths: number[];
  /** Kept on the page of what follows (a joint plan's signatures stay with the Nơi nhận under them). */
  keepWithNext?: boolean;
  children: GridRow[];
  origin?: Origin;
}
export interface GridRow {
  type: 'gridRow';
  children: GridCell[];
}
export interface GridCell {
  type: 'gridCell';
  children: Block[];
}

export type CellAlign = 'left' | 'center' | 'right';

export interface TableCell {
  type: 'tableCell';
  colSpan: number;
  rowSpan: number;
  align: CellAlign;
  children: Inline[];
}
export interface TableRow {
  type: 'tableRow';
  /** header rows repeat on every page; total rows are bold. */
  kind: 'header' | 'body' | 'total';
  children: TableCell[];
}
export interface Table {
  type: 'table';
  /** Relative column widths (any positive numbers; writers scale them to the text width). */
  widths: number[];
  /** The table's text at this fraction of its row styles' sizes (see tableTextSizePt); set by
   * transform/fit-table-columns when the numbers would not fit across the page otherwise. */
  textScale?: number;
  children: TableRow[];
  origin?: Origin;
}

/**
 * Lines grouped by one tall right brace with a label beside it, as recipients grouped under one
 * purpose are drawn: "- A;" / "- B;" } (để báo cáo). `label` is in the lines' style.
 */
export interface Brace {
  type: 'brace';
  style: string;
  label: Inline[];
  children: Block[];
  origin?: Origin;
}

export type Block = Paragraph | Heading | Item | Rule | Grid | Table | Brace;

/** A run of pages with one orientation; the plan itself and each appendix are sections. */
export interface Section {
  type: 'section';
  orientation: 'portrait' | 'landscape';
  /** Page numbers restart at 1 in this section; whether the first page shows its number. */
  pageNumbers: { show: boolean; showOnFirstPage: boolean };
  children: Block[];
}

export interface DocumentMeta {
  title: string;
  author: string;
  subject: string;
  language: string;
  /** ISO date used for document properties (never the clock). */
  date: string;
}

export interface Document {
  type: 'document';
  modelVersion: number;
  meta: DocumentMeta;
  theme: Theme;
  children: Section[];
}

export type Node = Document | Section | Block | GridRow | GridCell | TableRow | TableCell | Inline;
