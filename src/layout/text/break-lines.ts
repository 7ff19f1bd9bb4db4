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
  /**
   * Room kept after the line's text when it ends in italic (see italicReservePt): LibreOffice
   * counts it in the line's width, so centred and right-aligned lines move left by it (or half
   * of it) and justified lines stop short of the margin by it.
   */
  endReservePt: number;
}

/**
 * Break opportunities inside a word, as Unicode line breaking (UAX #14) has them: after a
 * hyphen that follows a letter or digit and precedes a letter ("Lao động-Thương", "20-NQ/TW"),
 * never before a digit ("2022-2025").
 */
const AFTER_HYPHEN = /(?<=[\p{L}\p{N}]-)(?=\p{L})/u;

const newWord = (): Word => ({ fragments: [], widthPt: 0, spaceAfterPt: 0 });

/** Pieces → words: split at ordinary spaces (and after hyphens); a no-break space belongs to its word. */
export function toWords(pieces: readonly Piece[], measure: Measure): Word[] {
  const words: Word[] = [newWord()];
  let word = words[0]!;
  const add = (text: string, p: Piece) => {
    const widthPt = measure(text, p.face, p.sizePt);
    word.fragments.push({ text, face: p.face, sizePt: p.sizePt, widthPt });
    word.widthPt += widthPt;
  };
  for (const p of pieces) {
    const parts = p.text.split(' ');
    const spacePt = parts.length > 1 ? measure(' ', p.face, p.sizePt) : 0;
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) {
        word.spaceAfterPt = spacePt;
        word.spaceFace = p;
        words.push((word = newWord()));
      }
      const part = parts[i]!;
      // (the regular expression only where a hyphen could break: most words have none)
      const segments = part.includes('-') ? part.split(AFTER_HYPHEN) : [part];
      for (let k = 0; k < segments.length; k++) {
        if (k > 0) {
          word.glued = true;
          words.push((word = newWord()));
        }
        if (segments[k] !== '') add(segments[k]!, p);
      }
    }
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

/** Widths are exact multiples of 1/120 pt and line widths of 1/20 pt: only float noise to absorb. */
const EPSILON = 1e-6;

export interface BreakOptions {
  widthPt: number;
  firstLineIndentPt: number;
  /** Where lines after the first start (a hanging indent); 0 by default. */
  restIndentPt?: number;
  /** Size of an empty line (a paragraph with no text still takes one). */
  sizePt: number;
  /** Room to keep free after italic text at the end of a line, by font size (none by default). */
  italicReservePt?: (sizePt: number) => number;
}

/** Whether a word starting at `x` ends in time: italic parts must leave the italic reserve free. */
function fitsFrom(word: Word, x: number, availablePt: number, reserve: ((sizePt: number) => number) | undefined): boolean {
  let end = x;
  for (const f of word.fragments) {
    end += f.widthPt;
    if (end > availablePt - (reserve && f.face.italic ? reserve(f.sizePt) : 0) + EPSILON) return false;
  }
  return true;
}

export function breakLines(pieces: readonly Piece[], options: BreakOptions, measure: Measure): Line[] {
  const lines: Line[] = [];
  let words: Word[] = [];
  let width = 0;
  const available = () => options.widthPt - (lines.length === 0 ? options.firstLineIndentPt : (options.restIndentPt ?? 0));
  const reserve = options.italicReservePt;
  const flush = () => {
    let sizePt = 0;
    for (const w of words) for (const f of w.fragments) if (f.sizePt > sizePt) sizePt = f.sizePt;
    const end = words[words.length - 1]?.fragments.at(-1);
    const endReservePt = reserve && end?.face.italic ? reserve(end.sizePt) : 0;
    lines.push({ words, naturalWidthPt: width, availableWidthPt: available(), first: lines.length === 0, last: false, sizePt: sizePt || options.sizePt, endReservePt });
    words = [];
    width = 0;
  };
  for (const word of toWords(pieces, measure)) {
    const gap = words.length > 0 ? words[words.length - 1]!.spaceAfterPt : 0;
    // (a glued word has no space after it: gap is 0, and the pieces may part at the line end)
    if (words.length > 0 && !fitsFrom(word, width + gap, available(), reserve)) flush();
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
