// Stage: markup. Escapes plan text so that nothing in it can change the markup's structure:
// line breaks are folded, characters no document may hold are dropped, and every character the
// markup gives a meaning to is backslash-escaped. Only **bold** and *italic* survive, as the plan
// format promises, and `\*` stays the plan's way of writing an asterisk that never emphasises.
import { UNPRINTABLE } from '../util/printable.js';

/** Characters that start a construct at the beginning of a line. */
const LINE_START = /^[#\-+[:|]/;

export function escapeMarkup(text: string): string {
  return text
    .replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ')
    .replace(/[\t\f\v]/g, ' ')
    .replace(UNPRINTABLE, '')
    .replace(/\\(?!\*)/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(LINE_START, (c) => `\\${c}`);
}

/** Removes the escapes escapeMarkup added: `\x` → `x` for any ASCII punctuation x. */
export function unescapeMarkup(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}
