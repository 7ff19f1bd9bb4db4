// Stage: pdf. Types shared by the PDF writer's files (imports nothing back from them).
import type { PDFRef } from 'pdf-lib';

export interface PreparedFont {
  /** The subset font file, and the same deflated for the PDF's font stream. */
  bytes: Uint8Array;
  compressed: Uint8Array;
  /** The characters it carries. */
  repertoire: string;
}

export interface EmbeddedFont {
  ref: PDFRef;
  /** Glyph ids of the text, as a PDF hex string written in a content stream: `<0041…>` (cached). */
  encode(text: string): string;
}
