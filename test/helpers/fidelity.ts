// The fidelity comparison: our PDF against LibreOffice's rendering of our DOCX, line by line. A
// line agrees when the same words stand on the same page; every line that does not is explained
// (a line break or a page break placed differently, with the widths that decided it), so that a
// failure says what to look at.
import { diffArrays } from 'diff';
import type { PdfLine } from './read-pdf.js';

const key = (l: PdfLine): string => `${l.page}\u0000${l.text}`;

export interface Comparison {
  /** Share of LibreOffice's lines that our PDF has too, on the same page, in the same order. */
  agreement: number;
  /** One explanation per group of differing lines. */
  explanations: string[];
}

const words = (lines: readonly PdfLine[]): string => lines.map((l) => l.text).join(' ');
const show = (l: PdfLine, who: string): string => `    ${who} p${l.page} [${l.xMin.toFixed(1)}–${l.xMax.toFixed(1)} pt] ${l.text}`;

/** What a group of differing lines means: which break moved, and by how much room. */
function explain(theirs: readonly PdfLine[], ours: readonly PdfLine[]): string {
  const listing = [...theirs.map((l) => show(l, 'LibreOffice')), ...ours.map((l) => show(l, 'ours       '))].join('\n');
  if (words(theirs) !== words(ours)) return `different words (a real difference, not a break):\n${listing}`;
  const samePages = theirs.every((l, i) => l.page === ours[i]?.page) && theirs.length === ours.length;
  if (samePages && theirs.every((l, i) => l.text === ours[i]!.text)) return `same lines on other pages:\n${listing}`;
  const pagesOf = (ls: readonly PdfLine[]) => [...new Set(ls.map((l) => l.page))].join(',');
  if (theirs.length === ours.length && theirs.every((l, i) => l.text === ours[i]!.text))
    return `page break placed differently (LibreOffice pages ${pagesOf(theirs)}, ours ${pagesOf(ours)}):\n${listing}`;
  // a line break: find the first line that differs and say how far each version reaches
  let i = 0;
  while (i < Math.min(theirs.length, ours.length) && theirs[i]!.text === ours[i]!.text) i++;
  const [t, o] = [theirs[i], ours[i]];
  const detail =
    t && o
      ? o.text.length > t.text.length
        ? `ours fits more on the line (it reaches ${o.xMax.toFixed(2)} pt; LibreOffice's shorter line ends at ${t.xMax.toFixed(2)} pt)`
        : `LibreOffice fits more on the line (it reaches ${t.xMax.toFixed(2)} pt; our shorter line ends at ${o.xMax.toFixed(2)} pt)`
      : 'one version has more lines';
  return `line broken differently: ${detail}:\n${listing}`;
}

export function compareLines(theirs: readonly PdfLine[], ours: readonly PdfLine[]): Comparison {
  const parts = diffArrays(theirs.map(key), ours.map(key));
  let same = 0;
  let t = 0;
  let o = 0;
  const explanations: string[] = [];
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    if (!p.added && !p.removed) {
      same += p.value.length;
      t += p.value.length;
      o += p.value.length;
      continue;
    }
    // a removed run and the added run after it (or either alone) form one difference
    const removed = p.removed ? p.value.length : 0;
    const next = parts[k + 1];
    const added = p.added ? p.value.length : next?.added ? next.value.length : 0;
    if (p.removed && next?.added) k++;
    explanations.push(explain(theirs.slice(t, t + removed), ours.slice(o, o + added)));
    t += removed;
    o += added;
  }
  return { agreement: theirs.length === 0 ? 1 : same / theirs.length, explanations };
}

/**
 * A plan moved down the page by `units` sentences of extra introduction (about 1.3 lines each),
 * so that each heading, table and the closing fall at other places relative to the page ends.
 */
export function shiftedPlan(text: string, units: number): string {
  if (units === 0) return text;
  const sentence = 'Các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ được giao chủ động phối hợp triển khai thực hiện';
  const extra = `  - "${Array.from({ length: units }, () => sentence).join(' ')}."\n`;
  if (!/\nintro:\n {2}- /.test(text)) throw new Error('a shifted plan needs its intro as a list');
  return text.replace(/\nintro:\n/, `\nintro:\n${extra}`);
}
