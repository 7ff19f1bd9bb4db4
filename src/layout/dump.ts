// Stage: layout. PagedDocument → stable text for golden tests: one line per placed item, lengths
// rounded to 0.01 pt.
import { boxSides } from './box-sides.js';
import type { PagedDocument, PlacedItem } from './types.js';

const n = (x: number): string => (Math.round(x * 100) / 100).toFixed(2);

function item(i: PlacedItem): string {
  if (i.type === 'box') return boxSides(i).map(item).join('\n'); // as the lines it is drawn with
  if (i.type === 'line') return `  line ${n(i.x1Pt)},${n(i.y1Pt)} → ${n(i.x2Pt)},${n(i.y2Pt)} w${n(i.thicknessPt)}`;
  const face = `${i.face.bold ? 'B' : ''}${i.face.italic ? 'I' : ''}` || 'R';
  return `  text ${n(i.xPt)},${n(i.yPt)} ${face}${i.sizePt} ${JSON.stringify(i.text)}`;
}

export function dumpPaged(doc: PagedDocument): string {
  const lines = [`PagedDocument title=${JSON.stringify(doc.meta.title)} pages=${doc.pages.length}`];
  doc.pages.forEach((p, k) => {
    lines.push(`Page ${k + 1} ${n(p.widthPt)}x${n(p.heightPt)}`);
    for (const i of p.items) lines.push(item(i));
  });
  return `${lines.join('\n')}\n`;
}
