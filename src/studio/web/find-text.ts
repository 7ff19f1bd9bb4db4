// Studio page: finding a piece of the plan's text in the drawn document (to scroll the preview to
// the place being edited). Matching ignores case, spaces and line breaks, since the document
// prints headings in capitals and breaks lines where the page ends.
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export type TextContent = Awaited<ReturnType<PDFPageProxy['getTextContent']>>;

export interface PageText {
  content: TextContent;
  /** The page's letters without spaces, lower case; `owner[k]` is the item letter k came from. */
  letters: string;
  owner: number[];
  /** Each item's box on the page, in CSS pixels from its top left corner. */
  boxes: { left: number; top: number; width: number; height: number }[];
}

const fold = (s: string): string => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, '');

export function pageText(content: TextContent, page: PDFPageProxy, scale: number): PageText {
  const viewport = page.getViewport({ scale });
  let letters = '';
  const owner: number[] = [];
  const boxes: PageText['boxes'] = [];
  content.items.forEach((item, i) => {
    if (!('str' in item)) return boxes.push({ left: 0, top: 0, width: 0, height: 0 });
    const f = fold(item.str);
    letters += f;
    for (let k = 0; k < f.length; k++) owner.push(i);
    const [x, y] = viewport.convertToViewportPoint(item.transform[4] as number, item.transform[5] as number) as [number, number];
    const h = Math.abs(item.transform[3] as number) * scale;
    boxes.push({ left: x, top: y - h, width: item.width * scale, height: h * 1.2 });
  });
  return { content, letters, owner, boxes };
}

export interface Hit {
  page: number;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Where `query` is printed; of several places, the one nearest `scrollTop`. */
export function findText(pages: PageText[], query: string, scrollTop: number, pageTop: (page: number) => number): Hit | null {
  const q = fold(query);
  if (q.length < 4) return null;
  let best: (Hit & { distance: number }) | null = null;
  pages.forEach((p, page) => {
    for (let at = p.letters.indexOf(q); at >= 0; at = p.letters.indexOf(q, at + 1)) {
      const first = p.owner[at]!;
      const last = p.owner[at + q.length - 1]!;
      const a = p.boxes[first]!;
      const b = p.boxes[last]!;
      const hit = { page, left: Math.min(a.left, b.left), top: a.top, width: first === last ? a.width : Math.max(a.left + a.width, b.left + b.width) - Math.min(a.left, b.left), height: b.top + b.height - a.top };
      const distance = Math.abs(pageTop(page) + hit.top - scrollTop);
      if (!best || distance < best.distance) best = { ...hit, distance };
    }
  });
  return best;
}

/** The words of a plan line worth looking for: its text without key, quotes, markup or references. */
export function lineQuery(line: string): string | null {
  const text = line
    .replace(/^\s*(?:-\s+)*/, '')
    .replace(/^[\w-]+:\s*(?=\S)/, '')
    .replace(/^[\w-]+:\s*$/, '')
    .replace(/^[[{]\s*|\s*[\]}]\s*$/g, '')
    .replace(/\*\*?/g, '')
    .replace(/\s+#.*$/, '');
  const pieces = text
    .split(/\{[^}]*\}|\s*,\s*(?=\S)|^\s*["']|["']\s*$|\b[\w-]+:\s/)
    .map((s) => s.replace(/^["'\s]+|["'\s]+$/g, ''))
    .filter((s) => /\p{L}/u.test(s));
  const longest = pieces.sort((a, b) => b.length - a.length)[0];
  if (!longest || longest.replace(/\s/g, '').length < 6) return null;
  return longest.slice(0, 60);
}
