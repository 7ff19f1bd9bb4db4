// Reads a DOCX: its parts, canonical XML, and its text as paragraphs.
import { strFromU8, unzipSync } from 'fflate';
import { canonicalXml } from './xml.js';

export function docxParts(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) if (/\.(xml|rels)$/.test(name)) out[name] = strFromU8(data);
  return out;
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
