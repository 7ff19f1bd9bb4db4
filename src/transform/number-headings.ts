// Stage: transform (Document → Document). Fills each heading's label (headings, numbered
// paragraphs and run-in headings alike) from its place in the nesting: I., II. (level 1);
// 1., 2. (level 2); 1.1., 1.2. (level 3); a), b), … đ) … (level 4). Unnumbered headings get none.
// Numbering restarts in every section (each appendix counts on its own).
import { toRoman, VIETNAMESE_LETTERS } from '../util/vn-number.js';
import type { Block, Document, Heading } from '../model/types.js';

export function label(level: Heading['level'], counters: readonly number[]): string {
  const [c1 = 0, c2 = 0, c3 = 0, c4 = 0] = counters;
  switch (level) {
    case 1:
      return `${toRoman(c1)}.`;
    case 2:
      return `${c2}.`;
    case 3:
      return `${c2}.${c3}.`;
    case 4:
      return `${VIETNAMESE_LETTERS[c4 - 1] ?? `${c4}`})`;
  }
}

export function numberHeadings(doc: Document): Document {
  const numberBlocks = (blocks: Block[], counters: number[]): Block[] =>
    blocks.map((b) => {
      if (b.type === 'heading') {
        // a heading without a number starts a new part all the same: the levels below restart
        if (b.numbered) counters[b.level - 1] = (counters[b.level - 1] ?? 0) + 1;
        counters.fill(0, b.level);
        return { ...b, label: b.numbered ? label(b.level, counters) : '' };
      }
      if (b.type === 'grid')
        return { ...b, children: b.children.map((r) => ({ ...r, children: r.children.map((c) => ({ ...c, children: numberBlocks(c.children, counters) })) })) };
      return b;
    });
  return { ...doc, children: doc.children.map((s) => ({ ...s, children: numberBlocks(s.children, [0, 0, 0, 0]) })) };
}
