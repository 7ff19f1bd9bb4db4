// Stage: layout (text). A broken line → placed text: aligned in its box, and for justified
// text every line but the last stretched by widening the spaces between words. Fragments of a
// word that share a face are drawn as one string.
import type { Align } from '../../model/theme.js';
import type { PlacedText } from '../types.js';
import type { Line } from './break-lines.js';

/** `xPt` is where the line may start (the first-line indent already added). */
export function placeLine(line: Line, align: Align, xPt: number, baselinePt: number): PlacedText[] {
  const gaps = line.words.length - 1;
  const spaces = line.words.slice(0, -1).filter((w) => !w.glued).length;
  const slack = line.availableWidthPt - line.naturalWidthPt;
  const stretch = align === 'justify' && !line.last && spaces > 0 && slack > 0 ? slack / spaces : 0;
  let x = xPt + (align === 'center' ? slack / 2 : align === 'right' ? slack : 0);
  const out: PlacedText[] = [];
  let end = Number.NaN; // where the last placed string ends
  line.words.forEach((word, i) => {
    for (const f of word.fragments) {
      const prev = out[out.length - 1];
      const sameFace = prev && prev.face.bold === f.face.bold && prev.face.italic === f.face.italic && prev.sizePt === f.sizePt;
      if (sameFace && Math.abs(end - x) < 1e-9) prev.text += f.text;
      else out.push({ type: 'text', xPt: x, yPt: baselinePt, text: f.text, face: f.face, sizePt: f.sizePt });
      x += f.widthPt;
      end = x;
    }
    if (i < gaps) x += word.glued ? 0 : word.spaceAfterPt + stretch;
  });
  return out;
}
