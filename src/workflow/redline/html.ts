// Stage: workflow (redline). The merged Document (redline/merge) → one HTML page: the plan's
// paragraphs, headings, tables and closing blocks in order, last year's words struck through
// (<del>) and this year's underlined (<ins>), for a browser or an e-mail.
import { headingInlines } from '../../model/heading-inlines.js';
import type { Block, Document, Inline } from '../../model/types.js';
import { MARK } from './merge.js';

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function inlines(list: readonly Inline[]): string {
  return list
    .map((i) => {
      if (i.type === 'strong') return `<b>${inlines(i.children)}</b>`;
      if (i.type === 'emphasis') return `<i>${inlines(i.children)}</i>`;
      return escape(i.value);
    })
    .join('');
}

/** The marks in text → <ins>/<del> (a paragraph's marks are balanced within it). */
function marks(html: string): string {
  return html
    .replaceAll(MARK.insStart, '<ins>')
    .replaceAll(MARK.insEnd, '</ins>')
    .replaceAll(MARK.delStart, '<del>')
    .replaceAll(MARK.delEnd, '</del>')
    .replace(/[\uE104-\uE107]/g, '');
}

const CLASS: Record<string, string> = { Heading1: 'h1', Heading2: 'h2', Heading3: 'h3', Heading4: 'h4' };

function block(b: Block): string {
  switch (b.type) {
    case 'paragraph':
      return `<p class="${escape(b.style)}">${marks(inlines(b.children))}</p>`;
    case 'item':
      return `<p class="Item">${marks(`${escape(b.marker)} ${inlines(b.children)}`)}</p>`;
    case 'heading': {
      const { style, inlines: content } = headingInlines(b);
      return `<p class="${CLASS[style] ?? style}">${marks(inlines(content))}</p>`;
    }
    case 'rule':
      return '<hr>';
    case 'grid':
      return `<table class="grid"><tbody>${b.children.map((r) => `<tr>${r.children.map((c, i) => `<td style="width:${b.widths[i]}%">${c.children.map(block).join('')}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
    case 'brace':
      return `<div class="brace"><div>${b.children.map(block).join('')}</div><div>} ${marks(inlines(b.label))}</div></div>`;
    case 'table':
      return `<table class="data"><tbody>${b.children
        .map((r) => {
          const cls = r.children.some((c) => c.children.some((i) => i.type === 'text' && i.value.includes(MARK.rowIns))) ? ' class="ins"' : r.children.some((c) => c.children.some((i) => i.type === 'text' && i.value.includes(MARK.rowDel))) ? ' class="del"' : '';
          const tag = r.kind === 'header' ? 'th' : 'td';
          return `<tr${cls}>${r.children.map((c) => `<${tag} colspan="${c.colSpan}" rowspan="${c.rowSpan}" style="text-align:${c.align}">${marks(inlines(c.children))}</${tag}>`).join('')}</tr>`;
        })
        .join('')}</tbody></table>`;
  }
}

const STYLE = `body{font-family:"Times New Roman",Tinos,serif;max-width:52em;margin:2em auto;line-height:1.35}
p{margin:.3em 0;text-align:justify}.h1,.h2,.h3,.h4,.DocType,.NationalTitle,.Issuer,.IssuerParent,.SignAuthority,.SignTitle{font-weight:bold}
.DocType,.Subject,.NationalTitle,.Motto,.AppendixLabel,.AppendixTitle,.AppendixRef,.Issuer,.IssuerParent,.SignTitle,.SignAuthority,.SignerName{text-align:center}
ins{color:#0645ad;text-decoration:underline}del{color:#b00;text-decoration:line-through}
tr.ins td{background:#eef4ff}tr.del td{background:#fdeeee}table{border-collapse:collapse;width:100%;margin:.5em 0}
table.data td,table.data th{border:1px solid #000;padding:2px 4px}table.grid td{vertical-align:top}.brace{display:flex;gap:1em;align-items:center}
section{border-top:2px dashed #999;margin-top:2em;padding-top:1em}`;

export function redlineHtml(merged: Document, title: string): string {
  const body = merged.children.map((s) => `<section>${s.children.map(block).join('\n')}</section>`).join('\n');
  return `<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>${escape(title)}</title><style>${STYLE}</style></head>\n<body>\n${body}\n</body></html>\n`;
}
