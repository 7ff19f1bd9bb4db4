// Stage: reader (recognition). A paragraph of the DOCX tree → a Line: its plain text, its text
// with **bold** and *italic* where only part of it is emphasised (the plan's own markup), and
// the facts the rules look at (all bold, centred, a list label). Pure.
import type { DocxParagraph, DocxRun } from '../types.js';

export interface Line {
  /** Plain text, NFC; manual line breaks as "\n", tabs as "\t". */
  text: string;
  /** The text as plan markup: partial bold/italic kept, whole-paragraph emphasis dropped. */
  markup: string;
  /** Share of the letters that are bold (0–1), italic likewise. */
  bold: number;
  italic: number;
  align: DocxParagraph['align'];
  list: DocxParagraph['list'];
  style: string | null;
  outlineLevel: number | null;
  pageBreak: boolean;
  indentPt: DocxParagraph['indentPt'];
  /** The runs, for rules that look at where the bold part ends. */
  runs: DocxRun[];
}

const letters = (s: string) => s.replace(/[\s\p{P}\p{S}]/gu, '').length;

function share(runs: DocxRun[], pick: (r: DocxRun) => boolean): number {
  const total = runs.reduce((n, r) => n + letters(r.text), 0);
  return total === 0 ? 0 : runs.reduce((n, r) => n + (pick(r) ? letters(r.text) : 0), 0) / total;
}

/** Literal braces would read as {references}: round brackets instead (rare in plans). */
const safe = (s: string) => s.replace(/\{/g, '(').replace(/\}/g, ')');

/** Wraps the non-blank middle of `text` in `mark`, keeping its surrounding spaces outside. */
function wrap(text: string, mark: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return m[2] ? `${m[1]}${mark}${m[2]}${mark}${m[3]}` : text;
}

export function runsMarkup(runs: DocxRun[], allBold: boolean, allItalic: boolean): string {
  // neighbouring runs of the same emphasis join first, so "**a** **b**" reads "**a b**"
  const joined: { text: string; b: boolean; i: boolean }[] = [];
  for (const r of runs) {
    const b = r.bold && !allBold;
    const i = r.italic && !allItalic;
    const last = joined[joined.length - 1];
    if (last && ((last.b === b && last.i === i) || !r.text.trim())) last.text += r.text;
    else joined.push({ text: r.text, b, i });
  }
  return joined.map((r) => (r.b ? wrap(r.i ? wrap(safe(r.text), '*') : safe(r.text), '**') : r.i ? wrap(safe(r.text), '*') : safe(r.text))).join('');
}

export function toLine(p: DocxParagraph): Line {
  const runs = p.runs.map((r) => ({ ...r, text: r.text.normalize('NFC') }));
  const text = runs.map((r) => r.text).join('');
  const bold = share(runs, (r) => r.bold);
  const italic = share(runs, (r) => r.italic);
  return {
    text,
    markup: runsMarkup(runs, bold > 0.98, italic > 0.98),
    bold,
    italic,
    align: p.align,
    list: p.list,
    style: p.style,
    outlineLevel: p.outlineLevel,
    pageBreak: p.pageBreak,
    indentPt: p.indentPt,
    runs,
  };
}

/** Spaces, tabs and manual line breaks as single spaces, trimmed. */
export const flat = (s: string): string => s.replace(/[\s\u00a0\u2007]+/g, ' ').trim();

/** A line with markup and text cut after the first `n` characters of its plain text. */
export function dropPrefix(line: Line, n: number): Line {
  let rest = n;
  const runs: DocxRun[] = [];
  for (const r of line.runs) {
    if (rest >= r.text.length) {
      rest -= r.text.length;
      continue;
    }
    runs.push({ ...r, text: r.text.slice(rest) });
    rest = 0;
  }
  const bold = share(runs, (r) => r.bold);
  const italic = share(runs, (r) => r.italic);
  return { ...line, runs, text: runs.map((r) => r.text).join(''), markup: runsMarkup(runs, bold > 0.98, italic > 0.98), bold, italic };
}

/** The line's text as plan text: markup, spaces folded. */
export const planText = (line: Line): string => flat(line.markup).replace(/\*\*\s*\*\*/g, '');
