// Stage: layout (text). A broken line → placed text: aligned in its box, and for justified
// text every line but the last stretched by widening the spaces between words. Consecutive
// pieces in one face are drawn as one string (with their spaces) where nothing is stretched.
import type { Align } from '../../model/theme.js';
import type { PlacedText } from '../types.js';
import type { Line } from './break-lines.js';

/** `xPt` is where the line may start (the first-line indent already added). */
export function placeLine(line: Line, align: Align, xPt: number, baselinePt: number): PlacedText[] {
  const gaps = line.words.length - 1;
  const spaces = line.words.slice(0, -1).filter((w) => !w.glued).length;
  const slack = line.availableWidthPt - line.naturalWidthPt - line.endReservePt;
  const stretch = align === 'justify' && !line.last && spaces > 0 && slack > 0 ? slack / spaces : 0;
  let x = xPt + (align === 'center' ? slack / 2 : align === 'right' ? slack : 0);
  const out: PlacedText[] = [];
  // What joins the last string to the next fragment: nothing, a space character, or a gap
  // (a stretched space, or a space in another face, is a gap between strings)
  let join: '' | ' ' | 'gap' = 'gap';
  line.words.forEach((word, i) => {
    for (const f of word.fragments) {
      const prev = out[out.length - 1];
      if (prev && join !== 'gap' && sameFace(prev, f)) prev.text += join + f.text;
      else out.push({ type: 'text', xPt: x, yPt: baselinePt, text: f.text, face: f.face, sizePt: f.sizePt });
      x += f.widthPt;
      join = '';
    }
    if (i < gaps && !word.glued) {
      x += word.spaceAfterPt + stretch;
      const prev = out[out.length - 1];
      join = stretch === 0 && prev && word.spaceFace && sameFace(prev, word.spaceFace) ? ' ' : 'gap';
    }
  });
  return out;
}

const sameFace = (a: { face: { bold: boolean; italic: boolean }; sizePt: number }, b: { face: { bold: boolean; italic: boolean }; sizePt: number }): boolean =>
  a.face.bold === b.face.bold && a.face.italic === b.face.italic && a.sizePt === b.sizePt;
