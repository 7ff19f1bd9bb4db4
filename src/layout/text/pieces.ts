// Stage: layout (text). Inline nodes in a paragraph style → styled pieces of text, the input of
// line breaking: bold and italic accumulate down the tree.
import type { FontFace } from '../../fonts/measure.js';
import type { Inline } from '../../model/types.js';

export interface Piece {
  text: string;
  face: FontFace;
  sizePt: number;
}

export function inlinesToPieces(inlines: readonly Inline[], face: FontFace, sizePt: number): Piece[] {
  return inlines.flatMap((i): Piece[] => {
    switch (i.type) {
      case 'text':
        return i.value ? [{ text: i.value, face, sizePt }] : [];
      case 'strong':
        return inlinesToPieces(i.children, { ...face, bold: true }, sizePt);
      case 'emphasis':
        return inlinesToPieces(i.children, { ...face, italic: true }, sizePt);
    }
  });
}
