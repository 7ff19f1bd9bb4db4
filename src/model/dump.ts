// Stage: model. Document → a stable, indented text form for golden tests (our `pandoc -t native`).
// The theme is summarised by its page setup; origins are left out so template edits that only
// move lines do not churn the goldens.
import type { Block, Document, Inline, TableCell } from './types.js';

const q = (s: string): string => JSON.stringify(s);

export function dumpInlines(inlines: readonly Inline[]): string {
  return inlines
    .map((i) => (i.type === 'text' ? q(i.value) : `${i.type === 'strong' ? 'Strong' : 'Emph'}[${dumpInlines(i.children)}]`))
    .join(' ');
}

function cell(c: TableCell): string {
  const spans = c.colSpan > 1 || c.rowSpan > 1 ? ` ${c.colSpan}x${c.rowSpan}` : '';
  return `${c.align}${spans} ${dumpInlines(c.children)}`;
}

function dumpBlock(b: Block, indent: string): string[] {
  switch (b.type) {
    case 'paragraph':
      return [`${indent}Para ${b.style} ${dumpInlines(b.children)}`];
    case 'heading':
      if (b.form === 'paragraph') return [`${indent}NumberedPara ${b.level} ${q(b.label)} ${dumpInlines(b.children)}`];
      if (b.form === 'runIn') return [`${indent}RunIn ${b.level} ${q(b.label)} Strong[${dumpInlines(b.children)}] ${dumpInlines(b.text)}`];
      return [`${indent}Heading ${b.level} ${q(b.label)}${b.numbered ? '' : ' (unnumbered)'} ${dumpInlines(b.children)}`];
    case 'item':
      return [`${indent}Item ${q(b.marker)} ${dumpInlines(b.children)}`];
    case 'rule':
      return [`${indent}Rule ${b.fraction}`];
    case 'grid':
      return [
        `${indent}Grid [${b.widths.join(', ')}]${b.keepWithNext ? ' (keep with next)' : ''}`,
        ...b.children.flatMap((row, r) =>
          row.children.flatMap((c, k) => [`${indent}  Cell ${r + 1}.${k + 1}`, ...c.children.flatMap((x) => dumpBlock(x, `${indent}    `))]),
        ),
      ];
    case 'brace':
      return [`${indent}Brace ${b.style} ${dumpInlines(b.label)}`, ...b.children.flatMap((x) => dumpBlock(x, `${indent}  `))];
    case 'table':
      return [
        `${indent}Table [${b.widths.join(', ')}]${b.textScale === undefined ? '' : ` text ×${b.textScale}`}`,
        ...b.children.map((row) => `${indent}  Row ${row.kind} | ${row.children.map(cell).join(' | ')}`),
      ];
  }
}

export function dump(doc: Document): string {
  const p = doc.theme.page;
  const lines = [
    `Document v${doc.modelVersion}`,
    `  meta title=${q(doc.meta.title)} author=${q(doc.meta.author)} date=${q(doc.meta.date)} lang=${doc.meta.language}`,
    `  page ${p.widthMm}x${p.heightMm}mm margins ${p.marginTopMm}/${p.marginRightMm}/${p.marginBottomMm}/${p.marginLeftMm}mm`,
  ];
  doc.children.forEach((s, i) => {
    lines.push(`  Section ${i + 1} ${s.orientation} pageNumbers=${s.pageNumbers.show ? (s.pageNumbers.showOnFirstPage ? 'all' : 'from-second') : 'none'}`);
    for (const b of s.children) lines.push(...dumpBlock(b, '    '));
  });
  return `${lines.join('\n')}\n`;
}
