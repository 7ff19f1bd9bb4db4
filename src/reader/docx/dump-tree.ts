// Stage: reader (DOCX). DocxTree → a stable text form, one block per line (our `pandoc -t native`
// for the reader): what recognition sees, for golden tests and for debugging an import.
import { word } from '../../diag/index.js';
import type { DocxBlock, DocxParagraph, DocxRun, DocxTree } from '../types.js';

const runText = (r: DocxRun): string => {
  const t = JSON.stringify(r.text).slice(1, -1);
  const marks = `${r.bold ? 'B' : ''}${r.italic ? 'I' : ''}${r.caps ? 'C' : ''}`;
  return marks ? `[${marks}]${t}` : t;
};

function paragraph(p: DocxParagraph, pad: string): string {
  const attrs = [p.style && `style=${JSON.stringify(p.style)}`, p.align !== 'left' && p.align, p.outlineLevel !== null && `outline=${p.outlineLevel}`, p.list && `list=${JSON.stringify(p.list.label)}@${p.list.level}`, p.pageBreak && 'page-break']
    .filter(Boolean)
    .join(' ');
  return `${pad}P ${attrs} | ${p.runs.map(runText).join('|')}`;
}

function block(b: DocxBlock, pad: string): string[] {
  if (b.type === 'paragraph') return [paragraph(b, pad)];
  const head = `${pad}TABLE ${b.bordered ? 'bordered' : 'layout'}${b.pageBreak ? ' page-break' : ''} columns=${b.columnsPt.map((w) => Math.round(w)).join(',')}`;
  return [
    head,
    ...b.rows.flatMap((r, i) => [
      `${pad}  ROW ${i}${r.header ? ' header' : ''}`,
      ...r.cells.flatMap((c) => [`${pad}    CELL col=${c.column} span=${c.colSpan}x${c.rowSpan}`, ...c.blocks.flatMap((x) => block(x, `${pad}      `))]),
    ]),
  ];
}

export function dumpDocxTree(tree: DocxTree): string {
  const pages = tree.pages.map((p) => `PAGE ${p.widthMm}x${p.heightMm} margins ${p.margins.top}/${p.margins.bottom}/${p.margins.left}/${p.margins.right}`);
  const notes = tree.notes.map((n) => `NOTE ${n.topic}: ${word(n.message, 'vi')}`);
  return [`BODY font=${tree.body.font} size=${tree.body.sizePt}`, ...pages, ...tree.blocks.flatMap((b) => block(b, '')), ...notes].join('\n') + '\n';
}
