// Stage: reader (recognition). Text printed in capitals (issuer, headings I., appendix titles,
// signature titles) → the normal case the plan keeps (the tool prints capitals itself): each
// word as the document writes it elsewhere in running text ("BHYT", "Quảng Ngọc", "thành phố"),
// abbreviations kept, a place name after "xã", "huyện" … capitalised. Pure.

const WORD = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu;
const ADMIN_UNITS = new Set(['xã', 'phường', 'huyện', 'tỉnh', 'quận', 'thị trấn', 'thị xã', 'thành phố', 'tp.', 'thôn', 'bản', 'ấp', 'tổ dân phố', 'khu phố']);

export type Vocabulary = Map<string, Map<string, number>>;

const key = (w: string) => w.toLocaleLowerCase('vi');
const isUpper = (s: string) => s === s.toLocaleUpperCase('vi') && s !== s.toLocaleLowerCase('vi');

/** Counts the forms of each word in running text, leaving out sentence starts and capitals lines. */
export function vocabulary(texts: readonly string[]): Vocabulary {
  const vocab: Vocabulary = new Map();
  for (const text of texts) {
    if (isUpper(text.replace(/[^\p{L}]/gu, ''))) continue;
    for (const sentence of text.split(/(?<=[.:;!?])\s+|\n|\t/)) {
      const words = [...sentence.matchAll(WORD)].map((m) => m[0]);
      words.slice(1).forEach((w) => {
        const forms = vocab.get(key(w)) ?? new Map<string, number>();
        forms.set(w, (forms.get(w) ?? 0) + 1);
        vocab.set(key(w), forms);
      });
    }
  }
  return vocab;
}

const capitalise = (w: string) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1);
const isRoman = (w: string) => /^[IVXL]+\.?$/.test(w);
const bare = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?$/;
/** "UBND", "BHYT", "VH-XH", "TP.": not a Vietnamese syllable, so an abbreviation kept in capitals. */
const isAbbreviation = (w: string) => w.length >= 2 && !SYLLABLE.test(bare(w));

function bestForm(w: string, vocab: Vocabulary): string | null {
  const forms = vocab.get(key(w));
  if (!forms) return null;
  return [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

const UNIT_PHRASES = [...ADMIN_UNITS].map((u) => u.split(' ')).sort((a, b) => b.length - a.length);

/** Indexes of the words that name a place: those after "xã", "thị trấn" … (not after "các xã"). */
function placeWords(words: string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const unit = UNIT_PHRASES.find((u) => u.every((p, k) => key(words[i + k] ?? '') === p));
    if (!unit || ['các', 'mỗi', 'từng', 'cấp'].includes(key(words[i - 1] ?? ''))) continue;
    i += unit.length;
    for (; i < words.length && !UNIT_PHRASES.some((u) => key(words[i]!) === u[0]); i++) out.add(i);
    i--;
  }
  return out;
}

/** `text` in capitals → normal case; text that is not in capitals is returned unchanged. */
export function recase(text: string, vocab: Vocabulary, capitalFirst = true): string {
  if (!isUpper(text.replace(/[^\p{L}]/gu, ''))) return text;
  const words = [...text.matchAll(WORD)].map((m) => m[0]);
  const places = placeWords(words);
  let k = 0;
  return text.replace(WORD, (w) => {
    const i = k++;
    let out: string;
    if (isRoman(w) || isAbbreviation(w)) out = bestForm(w, vocab) ?? w;
    else if (places.has(i)) out = capitalise(key(w));
    else out = bestForm(w, vocab) ?? key(w);
    return i === 0 && capitalFirst ? capitalise(out) : out;
  });
}
