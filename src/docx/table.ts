// Stage: docx. Data tables are written as XML strings (table-xml.ts) rather than through the
// docx library's object model, which is slow and memory-hungry for long appendices. Each table
// becomes a placeholder paragraph here; write-docx.ts swaps the placeholders for the tables'
// XML in word/document.xml before zipping.
import { Paragraph, TextRun } from 'docx';
import type { Table } from '../model/types.js';
import type { DocxContext } from './context.js';
import { tableXml } from './table-xml.js';

export interface TableSlot {
  marker: string;
  xml: string;
}

/** A paragraph that stands for a table until write-docx.ts swaps it (not a paragraph in the end). */
export class Placeholder extends Paragraph {}

/** A table written as XML (`xml` gets a unique number for ids inside it), waiting for its place. */
export function xmlPlaceholder(ctx: DocxContext, xml: (n: number) => string): Placeholder {
  const n = ctx.tables.length + 1;
  const marker = `KH-TABLE-${n}-${(n - 1) * 7919 + 104729}`;
  ctx.tables.push({ marker, xml: xml(n) });
  return new Placeholder({ children: [new TextRun(marker)] });
}

/** Tables waiting for their XML, per conversion (the context carries the list). */
export const tablePlaceholder = (table: Table, ctx: DocxContext): Placeholder => xmlPlaceholder(ctx, () => tableXml(table, ctx));

/**
 * Replaces each placeholder paragraph in document.xml with its table. A placeholder is a bare
 * paragraph (no properties) holding only the marker: plan text always sits in styled
 * paragraphs, so no plan can forge one.
 */
export function insertTables(documentXml: string, tables: readonly TableSlot[]): string {
  let xml = documentXml;
  for (const t of tables) {
    const paragraph = `<w:p><w:r><w:t xml:space="preserve">${t.marker}</w:t></w:r></w:p>`;
    const at = xml.indexOf(paragraph);
    if (at < 0) throw new Error(`table placeholder ${t.marker} missing from document.xml`);
    xml = xml.slice(0, at) + t.xml + xml.slice(at + paragraph.length);
  }
  return xml;
}
