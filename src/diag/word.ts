// Stage: diagnostics. A diagnostic or a sentence → text in one language: the values that are
// sentences are worded first, in the same language, then the code's or key's wording is applied.
import { catalogues } from './catalogue/index.js';
import type { Words } from './catalogue/wording.js';
import { isMsg, type Data, type Diagnostic, type Lang, type Msg, type TextKey } from './types.js';

function words(data: Data | undefined, lang: Lang): Words {
  const out: Record<string, string | number | undefined> = {};
  for (const [k, v] of Object.entries(data ?? {})) out[k] = isMsg(v) ? word(v, lang) : v;
  return out;
}

/** Is this text a key of the catalogues (as zod issues carry them)? */
export const isTextKey = (s: string): s is TextKey => Object.hasOwn(catalogues.vi.texts, s);

/** The sentence in `lang`. */
export function word(m: Msg, lang: Lang): string {
  return catalogues[lang].texts[m.key](words(m.data, lang));
}

/** The diagnostic's message in `lang` (without position or severity). */
export function messageOf(d: Diagnostic, lang: Lang): string {
  return catalogues[lang].codes[d.code].message(words(d.data, lang));
}

/** The diagnostic's hints in `lang`: its own, or else the code's default hint. */
export function hintsOf(d: Diagnostic, lang: Lang): string[] {
  if (d.hints.length > 0) return d.hints.map((h) => word(h, lang));
  const hint = catalogues[lang].codes[d.code].hint(words(d.data, lang));
  return hint ? [hint] : [];
}
