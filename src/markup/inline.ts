// Stage: markup. Inline text → Inline[]: **strong**, *emphasis*, backslash escapes.
// Emphasis only where it is clearly meant: a delimiter opens when it starts a word (nothing
// alphanumeric before it, a character after it that is neither a space nor closing
// punctuation) and closes when it ends one (the mirror rule), and only when both ends are there.
// Everything else is literal text: "5*3 = 15", "(*) … (*)", "2 * 4", an opener without closer.
import type { Inline } from '../model/types.js';

type Delim = '*' | '**';
type Token = { kind: 'text'; value: string } | { kind: 'delim'; value: Delim; open: boolean; close: boolean };

const ESCAPABLE = /[!-/:-@[-`{-~]/;
const WORD = /[\p{L}\p{N}]/u;
/** After an opener or before a closer, these mean the asterisk marks something else: "(*)". */
const CLOSING_PUNCT = /[)\]}.,;:!?»”’]/;
const OPENING_PUNCT = /[([{«“‘]/;

/** Can a delimiter between `before` and `after` (characters, '' at the ends) open or close? */
function flanks(before: string, after: string): { open: boolean; close: boolean } {
  const space = (c: string) => c === '' || /\s/u.test(c);
  const open = !WORD.test(before) && !space(after) && after !== '*' && !CLOSING_PUNCT.test(after);
  const close = !WORD.test(after) && !space(before) && before !== '*' && !OPENING_PUNCT.test(before);
  return { open, close };
}

function tokenize(s: string): Token[] {
  const tokens: Token[] = [];
  let buf = '';
  let escaped = -1; // index of the last character taken literally after a backslash
  const flush = () => {
    if (buf) tokens.push({ kind: 'text', value: buf });
    buf = '';
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\' && i + 1 < s.length && ESCAPABLE.test(s[i + 1]!)) {
      buf += s[++i];
      escaped = i;
    } else if (c === '*') {
      let end = i;
      while (s[end] === '*') end++;
      const run = end - i;
      if (run > 2) {
        // three or more asterisks in a row are never emphasis
        buf += s.slice(i, end);
      } else {
        flush();
        // an escaped asterisk before is text, not part of this run
        const before = i === 0 ? '' : escaped === i - 1 && s[i - 1] === '*' ? '\u00a4' : s[i - 1]!;
        tokens.push({ kind: 'delim', value: run === 2 ? '**' : '*', ...flanks(before, s[end] ?? '') });
      }
      i = end - 1;
    } else buf += c;
  }
  flush();
  return tokens;
}

interface Frame {
  delim: Delim | null;
  children: Inline[];
}

function pushText(into: Inline[], value: string): void {
  const last = into[into.length - 1];
  if (last?.type === 'text') last.value += value;
  else if (value) into.push({ type: 'text', value });
}

export function parseInlines(s: string): Inline[] {
  const stack: Frame[] = [{ delim: null, children: [] }];
  for (const t of tokenize(s)) {
    const top = stack[stack.length - 1]!;
    if (t.kind === 'text') pushText(top.children, t.value);
    else if (t.close && stack.some((f) => f.delim === t.value)) {
      // closes the nearest open frame of its kind; frames opened in between were never closed
      while (stack[stack.length - 1]!.delim !== t.value) unwind(stack);
      const frame = stack.pop()!;
      stack[stack.length - 1]!.children.push({ type: t.value === '**' ? 'strong' : 'emphasis', children: frame.children });
    } else if (t.open) stack.push({ delim: t.value, children: [] });
    else pushText(top.children, t.value);
  }
  while (stack.length > 1) unwind(stack);
  return stack[0]!.children;
}

/** Turns the innermost unclosed frame back into literal text in its parent. */
function unwind(stack: Frame[]): void {
  const frame = stack.pop()!;
  const parent = stack[stack.length - 1]!.children;
  pushText(parent, frame.delim ?? '');
  for (const child of frame.children) child.type === 'text' ? pushText(parent, child.value) : parent.push(child);
}
