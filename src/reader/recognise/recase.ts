// Stage: reader (recognition). Text printed in capitals (issuer, headings I., appendix titles,
// signature titles) → the normal case the plan keeps (the tool prints capitals itself): the
// whole phrase as the document writes it in running text if it does ("Ủy ban nhân dân phường Hạc
// Thành"), else word by word: each word's usual form mid-sentence ("BHYT", "thành phố"),
// abbreviations kept, a place name after "xã", "huyện" … capitalised, a title after "Phó"
// capitalised ("Phó Chủ tịch"). Pure.

const WORD = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu;
const ADMIN_UNITS = ['xã', 'phường', 'huyện', 'tỉnh', 'quận', 'thị trấn', 'thị xã', 'thành phố', 'tp.', 'thôn', 'bản', 'ấp', 'tổ dân phố', 'khu phố'];
const UNIT_PHRASES = ADMIN_UNITS.map((u) => u.split(' ')).sort((a, b) => b.length - a.length);

export interface Vocabulary {
  /** Each word (lower case) → its forms mid-sentence, counted. */
  words: Map<string, Map<string, number>>;
  /** The running texts, to find whole phrases in. */
  texts: string[];
}

const key = (w: string) => w.toLocaleLowerCase('vi');
const isUpper = (s: string) => s === s.toLocaleUpperCase('vi') && s !== s.toLocaleLowerCase('vi');
const lettersOf = (s: string) => s.replace(/[^\p{L}]/gu, '');

/** Counts the forms of each word in running text, leaving out sentence starts and capitals lines. */
export function vocabulary(texts: readonly string[]): Vocabulary {
  const words = new Map<string, Map<string, number>>();
  const running = texts.filter((t) => !isUpper(lettersOf(t)));
  for (const text of running)
    for (const sentence of text.split(/(?<=[.:;!?])\s+|\n|\t/))
      for (const w of [...sentence.matchAll(WORD)].slice(1).map((m) => m[0])) {
        const forms = words.get(key(w)) ?? new Map<string, number>();
        forms.set(w, (forms.get(w) ?? 0) + 1);
        words.set(key(w), forms);
      }
  return { words, texts: running.map((t) => t.replace(/\s+/g, ' ')) };
}

const capitalise = (w: string) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1);
const isRoman = (w: string) => /^[IVXL]+\.?$/.test(w);
const bare = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?$/;
/** "UBND", "BHYT", "VH-XH", "TP.": not a Vietnamese syllable, so an abbreviation kept in capitals. */
const isAbbreviation = (w: string) => w.length >= 2 && !SYLLABLE.test(bare(w));

/** A word's form in running text: lower case if it is ever written so (unless mostly capitalised), abbreviations as written. */
function bestForm(w: string, vocab: Vocabulary): string | null {
  const forms = vocab.words.get(key(w));
  if (!forms) return null;
  const lower = forms.get(key(w)) ?? 0;
  const [best, count] = [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
  if (best === key(w)) return best;
  if (isUpper(best) && best.length > 1) return best;
  // a capital seen once ("Văn hóa - Xã hội") says little about the word elsewhere
  return count >= 2 && count >= 3 * lower ? best : key(w);
}

/** The phrase as running text writes it (most often), matched whole words, case aside. */
function phraseForm(text: string, vocab: Vocabulary): string | null {
  const wanted = key(text);
  if (wanted.length < 6) return null;
  const counts = new Map<string, number>();
  for (const t of vocab.texts) {
    const lower = key(t);
    for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
      const before = lower[at - 1] ?? ' ';
      const after = lower[at + wanted.length] ?? ' ';
      if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
      const form = t.slice(at, at + text.length);
      // a form at the start of a sentence is capitalised for that reason only
      const start = at === 0 || /[.:;!?]\s$/.test(t.slice(Math.max(0, at - 2), at));
      counts.set(form, (counts.get(form) ?? 0) + (start ? 0.5 : 1));
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** Words that end a place name: a year or period follows it ("THEO THÔN NĂM 2026"), or a link word. */
const PLACE_END = new Set(['năm', 'giai', 'đến', 'từ', 'của', 'về', 'và', 'với', 'trong', 'trên', 'tại', 'theo', 'để', 'cho']);

/** Indexes of the words that name a place: those after "xã", "thị trấn" … up to a comma, a number or a link word (not after "các xã", "theo thôn", nor in "xã, phường"). */
function placeWords(words: string[], gaps: string[]): Set<number> {
  const out = new Set<number>();
  const unitAt = (i: number) => UNIT_PHRASES.find((u) => u.every((p, k) => key(words[i + k] ?? '') === p));
  for (let i = 0; i < words.length; i++) {
    const unit = unitAt(i);
    const before = key(words[i - 1] ?? '');
    if (!unit || ['các', 'mỗi', 'từng', 'cấp', 'và', 'theo', 'toàn'].includes(before) || (i > 0 && /,/.test(gaps[i]!))) continue;
    let j = i + unit.length;
    const ends = (w: string) => /^\d/.test(w) || PLACE_END.has(key(w));
    for (; j < words.length && !unitAt(j) && !/[,;.:]/.test(gaps[j]!) && !ends(words[j]!); j++) out.add(j);
    i = j - 1;
  }
  return out;
}

/** `text` in capitals → normal case; text that is not in capitals is returned unchanged. */
export function recase(text: string, vocab: Vocabulary, capitalFirst = true): string {
  if (!isUpper(lettersOf(text))) return text;
  const phrase = phraseForm(text, vocab);
  if (phrase) return capitalFirst ? capitalise(phrase) : phrase;
  const found = [...text.matchAll(WORD)];
  const words = found.map((m) => m[0]);
  // what stands between a word and the one before it (a comma ends a place name)
  const gaps = found.map((m, i) => text.slice(i === 0 ? 0 : found[i - 1]!.index! + found[i - 1]![0].length, m.index));
  const places = placeWords(words, gaps);
  let k = 0;
  return text.replace(WORD, (w) => {
    const i = k++;
    let out: string;
    if (isRoman(w) || isAbbreviation(w)) out = bestForm(w, vocab) ?? w;
    else if (places.has(i) || (i === 1 && key(words[0]!) === 'phó')) out = capitalise(key(w));
    else out = bestForm(w, vocab) ?? key(w);
    return i === 0 && capitalFirst ? capitalise(out) : out;
  });
}
