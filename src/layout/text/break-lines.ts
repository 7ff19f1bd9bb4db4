// Stage: layout (text). Greedy first-fit line breaking with injected measurement: words (which
// may mix bold and regular pieces) are separated by breakable spaces; a word that fits, fits
// without its trailing space. One entry point, so Knuth–Plass can follow.
import type { Measure } from '../../fonts/measure.js';
import type { Piece } from './pieces.js';

/** Part of a word in one face. */
export interface Fragment extends Piece {
  widthPt: number;
}

export interface Word {
  fragments: Fragment[];
  widthPt: number;
  /** Width of the space that follows the word (0 for the paragraph's last word). */
  spaceAfterPt: number;
  /** The face and size of that space. */
  spaceFace?: Piece;
  /** The word continues without a space (it was split after a hyphen): no stretching here. */
  glued?: boolean;
}

export interface Line {
  words: Word[];
  /** Width of the words and the spaces between them. */
  naturalWidthPt: number;
  /** Width the line may take (the first line is shorter by the first-line indent). */
  availableWidthPt: number;
  first: boolean;
  last: boolean;
  /** Largest font size on the line (sets its height). */
  sizePt: number;
}

/**
 * Break opportunities inside a word, as Unicode line breaking (UAX #14) has them: after a
 * hyphen that follows a letter or digit and precedes a letter ("Lao động-Thương", "20-NQ/TW"),
 * never before a digit ("2022-2025").
 */
const AFTER_HYPHEN = /(?<=[\p{L}\p{N}]-)(?=\p{L})/u;

/** Pieces → words: split at ordinary spaces (and after hyphens); a no-break space belongs to its word. */
export function toWords(pieces: readonly Piece[], measure: Measure): Word[] {
  const words: Word[] = [{ fragments: [], widthPt: 0, spaceAfterPt: 0 }];
  const add = (text: string, p: Piece) => {
    const w = words[words.length - 1]!;
    const widthPt = measure(text, p.face, p.sizePt);
    w.fragments.push({ ...p, text, widthPt });
    w.widthPt += widthPt;
  };
  for (const p of pieces) {
    p.text.split(' ').forEach((part, i) => {
      if (i > 0) {
        Object.assign(words[words.length - 1]!, { spaceAfterPt: measure(' ', p.face, p.sizePt), spaceFace: p });
        words.push({ fragments: [], widthPt: 0, spaceAfterPt: 0 });
      }
      part.split(AFTER_HYPHEN).forEach((segment, k) => {
        if (k > 0) {
          words[words.length - 1]!.glued = true;
          words.push({ fragments: [], widthPt: 0, spaceAfterPt: 0 });
        }
        if (segment !== '') add(segment, p);
      });
    });
  }
  return words;
}

/** Splits a word too long for any line into pieces that fit, character by character. */
function splitLongWord(word: Word, widthPt: number, measure: Measure): Word[] {
  const out: Word[] = [];
  let cur: Word = { fragments: [], widthPt: 0, spaceAfterPt: 0 };
  for (const f of word.fragments)
    for (const ch of f.text) {
      const w = measure(ch, f.face, f.sizePt);
      if (cur.widthPt + w > widthPt && cur.widthPt > 0) out.push(cur), (cur = { fragments: [], widthPt: 0, spaceAfterPt: 0 });
      const last = cur.fragments[cur.fragments.length - 1];
      if (last && last.face === f.face && last.sizePt === f.sizePt) (last.text += ch), (last.widthPt += w);
      else cur.fragments.push({ ...f, text: ch, widthPt: w });
      cur.widthPt += w;
    }
  cur.spaceAfterPt = word.spaceAfterPt;
  return [...out, cur];
}

const EPSILON = 0.01;

export interface BreakOptions {
  widthPt: number;
  firstLineIndentPt: number;
  /** Where lines after the first start (a hanging indent); 0 by default. */
  restIndentPt?: number;
  /** Size of an empty line (a paragraph with no text still takes one). */
  sizePt: number;
}

export function breakLines(pieces: readonly Piece[], options: BreakOptions, measure: Measure): Line[] {
  const lines: Line[] = [];
  let words: Word[] = [];
  let width = 0;
  const available = () => options.widthPt - (lines.length === 0 ? options.firstLineIndentPt : (options.restIndentPt ?? 0));
  const flush = () => {
    const sizePt = Math.max(0, ...words.flatMap((w) => w.fragments.map((f) => f.sizePt))) || options.sizePt;
    lines.push({ words, naturalWidthPt: width, availableWidthPt: available(), first: lines.length === 0, last: false, sizePt });
    words = [];
    width = 0;
  };
  for (const word of toWords(pieces, measure)) {
    const gap = words.length > 0 ? words[words.length - 1]!.spaceAfterPt : 0;
    // (a glued word has no space after it: gap is 0, and the pieces may part at the line end)
    if (words.length > 0 && width + gap + word.widthPt > available() + EPSILON) flush();
    if (words.length === 0 && word.widthPt > available() + EPSILON) {
      const parts = splitLongWord(word, available(), measure);
      parts.slice(0, -1).forEach((p) => ((words = [p]), (width = p.widthPt), flush()));
      words = [parts[parts.length - 1]!];
      width = words[0]!.widthPt;
      continue;
    }
    width += (words.length > 0 ? gap : 0) + word.widthPt;
    words.push(word);
  }
  flush();
  lines[lines.length - 1]!.last = true;
  return lines;
}
