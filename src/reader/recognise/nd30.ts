// Stage: reader (recognition). What the old file does against Nghị định 30/2020/NĐ-CP, for the
// review list: paper and margins, the body's font and size. The imported plan is printed by the tool's rules,
// so these are facts about the old file, not things to fix in the YAML. Pure.
import { msg, type Msg } from '../../diag/index.js';
import type { DocxTree, ReviewNote } from '../types.js';

const within = (x: number, lo: number, hi: number) => x >= lo - 0.5 && x <= hi + 0.5;
const mm = (x: number) => Math.round(x * 10) / 10;

function pageNotes(tree: DocxTree): Msg[] {
  const first = tree.pages[0];
  if (!first) return [];
  const out: Msg[] = [];
  const portrait = first.widthMm <= first.heightMm;
  const [w, h] = portrait ? [first.widthMm, first.heightMm] : [first.heightMm, first.widthMm];
  if (Math.abs(w - 210) > 1.5 || Math.abs(h - 297) > 1.5) out.push(msg('import.note.paper', { width: Math.round(w), height: Math.round(h) }));
  const { top, bottom, left, right } = first.margins;
  // the margins outside ND30's ranges, each with its width
  const bad = {
    ...(within(top, 20, 25) ? {} : { top: mm(top) }),
    ...(within(bottom, 20, 25) ? {} : { bottom: mm(bottom) }),
    ...(within(left, 30, 35) ? {} : { left: mm(left) }),
    ...(within(right, 15, 20) ? {} : { right: mm(right) }),
  };
  if (Object.keys(bad).length) out.push(msg('import.note.margins', bad));
  return out;
}

/** The font and size of most of the body's letters. */
function bodyFace(tree: DocxTree): { font: string | null; size: number | null } {
  const fonts = new Map<string, number>();
  const sizes = new Map<number, number>();
  for (const b of tree.blocks) {
    if (b.type !== 'paragraph' || b.align === 'center') continue;
    for (const r of b.runs) {
      const n = r.text.trim().length;
      const font = (r.font ?? tree.body.font)?.split(/[;,]/)[0]!.trim().replace(/^["']|["']$/g, '') ?? null;
      const size = r.sizePt ?? tree.body.sizePt;
      if (font) fonts.set(font, (fonts.get(font) ?? 0) + n);
      if (size) sizes.set(size, (sizes.get(size) ?? 0) + n);
    }
  }
  const top = <T>(m: Map<T, number>) => [...m].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  return { font: top(fonts), size: top(sizes) };
}

export function nd30Notes(tree: DocxTree): ReviewNote[] {
  const out: Msg[] = pageNotes(tree);
  const face = bodyFace(tree);
  if (face.font && !/^times new roman$/i.test(face.font)) out.push(msg('import.note.font', { font: face.font }));
  if (face.size !== null && (face.size < 13 || face.size > 14)) out.push(msg('import.note.size', { size: face.size }));
  return out.map((message) => ({ topic: 'nd30', where: null, message }));
}
