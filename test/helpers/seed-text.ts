// Turns a seed document (text extracted from a real plan) and our DOCX into comparable token
// streams: words and numbers in order, with "¶" at paragraph ends where the seed keeps them.
// Punctuation and spacing are left out: extraction mangles them (seed 002 is hard-wrapped PDF
// text, seed 003 carries Markdown marks), and ND30 decides our punctuation.
import { strFromU8, unzipSync } from 'fflate';

const WORD = /[\p{L}\p{N}]+(?:[.,/\-–][\p{L}\p{N}]+)*/gu;

export const PARAGRAPH = '¶';

export function tokens(text: string): string[] {
  return [...text.normalize('NFC').matchAll(WORD)].map((m) => m[0].replace(/–/g, '-'));
}

/** Seed text → tokens; each non-empty line ends a paragraph when `paragraphs` is set. */
export function seedTokens(text: string, paragraphs: boolean): string[] {
  const clean = text
    .replace(/<\/?b>/g, '')
    .replace(/\*+/g, '')
    .replace(/^#+\s*/gm, '');
  return clean.split('\n').flatMap((line) => {
    const t = tokens(line);
    return t.length && paragraphs ? [...t, PARAGRAPH] : t;
  });
}

const decode = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

const paragraphText = (p: string): string => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1]!)).join('');

/**
 * Our DOCX → tokens. A row of a bordered (data) table reads as one paragraph, as the seeds'
 * extracted tables do; paragraphs of borderless layout tables stay separate.
 */
export function docxTokens(bytes: Uint8Array, paragraphs: boolean): string[] {
  return xmlTokens(strFromU8(unzipSync(bytes)['word/document.xml']!), paragraphs);
}

/**
 * A Word file made elsewhere → the words a reader sees: tracked deletions, text boxes and
 * drawings left out, tabs and manual line breaks read as spaces.
 */
export function foreignDocxTokens(bytes: Uint8Array, paragraphs: boolean): string[] {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!)
    .replace(/<mc:AlternateContent>[\s\S]*?<\/mc:AlternateContent>|<w:drawing>[\s\S]*?<\/w:drawing>|<w:pict>[\s\S]*?<\/w:pict>/g, '')
    .replace(/<w:del\b[^>]*>[\s\S]*?<\/w:del>/g, '')
    .replace(/<w:(?:tab|br)\/>/g, '<w:t> </w:t>');
  return xmlTokens(xml, paragraphs);
}

function xmlTokens(xml: string, paragraphs: boolean): string[] {
  const units: string[] = [];
  const pieces = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p\b[\s\S]*?<\/w:p>/g) ?? [];
  for (const piece of pieces) {
    if (piece.startsWith('<w:tbl>') && /<w:tblBorders>[\s\S]*?w:val="single"/.test(piece)) {
      for (const row of piece.match(/<w:tr\b[\s\S]*?<\/w:tr>/g) ?? []) units.push((row.match(/<w:p\b[\s\S]*?<\/w:p>/g) ?? []).map(paragraphText).join('\t'));
    } else for (const p of piece.match(/<w:p\b[\s\S]*?<\/w:p>/g) ?? []) units.push(paragraphText(p));
  }
  return units.flatMap((u) => {
    const t = tokens(u);
    return t.length && paragraphs ? [...t, PARAGRAPH] : t;
  });
}
