// Reads a DOCX: its parts, canonical XML, and its text as paragraphs. Every DOCX a test produces
// goes through wellFormedDocx (renderDocx and docxFilesIn call it): each XML
// part must parse with a strict XML 1.0 parser, as Word and LibreOffice require.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { writeDocx } from '../../src/docx/write-docx.js';
import type { Document } from '../../src/model/types.js';
import { canonicalXml } from './xml.js';

export function docxParts(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) if (/\.(xml|rels)$/.test(name)) out[name] = strFromU8(data);
  return out;
}

/** The first well-formedness error of an XML text, or null. */
export function xmlError(xml: string): string | null {
  const parser = new SaxesParser({ xmlns: true });
  let error: string | null = null;
  parser.on('error', (e) => {
    error ??= e.message;
  });
  parser.write(xml).close();
  return error;
}

/** Throws unless every XML part of the package is well-formed; returns the bytes. */
export function wellFormedDocx(bytes: Uint8Array, name = 'DOCX'): Uint8Array {
  const parts = docxParts(bytes);
  if (!parts['word/document.xml']) throw new Error(`${name}: no word/document.xml`);
  for (const [part, xml] of Object.entries(parts)) {
    const error = xmlError(xml);
    if (error) throw new Error(`${name}: ${part} is not well-formed XML: ${error}`);
  }
  return bytes;
}

/** writeDocx, checked. */
export const renderDocx = async (document: Document): Promise<Uint8Array> => wellFormedDocx(await writeDocx(document));

/** Checks every .docx file in a folder (what a CLI run wrote); returns their names. */
export function docxFilesIn(dir: string): string[] {
  const names = readdirSync(dir).filter((f) => f.endsWith('.docx'));
  for (const f of names) wellFormedDocx(readFileSync(join(dir, f)), f);
  return names;
}

export const canonicalPart = (bytes: Uint8Array, part: string): string => canonicalXml(docxParts(bytes)[part] ?? '');

const decode = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The text of every non-empty paragraph of word/document.xml, in document order. */
export function docxParagraphs(bytes: Uint8Array): string[] {
  const xml = docxParts(bytes)['word/document.xml'] ?? '';
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((m) => [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1]!)).join(''))
    .filter((p) => p.trim() !== '');
}
