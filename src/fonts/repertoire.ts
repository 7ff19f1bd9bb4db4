// Fonts. The characters every PDF font subset carries: the Vietnamese alphabet, ASCII and common
// punctuation. One subset per face then serves every document; it is made once when the package
// is built (scripts/build-fonts.mjs, into dist/font-subsets/), and at run time only for a document with
// rarer characters, or with an office's own fonts (--fonts).

const VIETNAMESE = 'aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệfghiìỉĩíịjklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvwxyỳỷỹýỵz';

export const REPERTOIRE = [...new Set([...VIETNAMESE, ...VIETNAMESE.toLocaleUpperCase('vi'), ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)), ...'–—‘’“”…•°§\u00a0\u2007'])]
  .sort()
  .join('');

/** A short fingerprint of a repertoire (FNV-1a), to tell whether prebuilt subsets still fit it. */
export function repertoireKey(chars: string): string {
  let h = 2166136261;
  for (let i = 0; i < chars.length; i++) h = Math.imul(h ^ chars.charCodeAt(i), 16777619) >>> 0;
  return h.toString(16).padStart(8, '0');
}
