// Stage: compute (tables). The bytes of a CSV or text data file → text, in the encodings Excel
// writes on Vietnamese Windows: "CSV UTF-8" (UTF-8, with a BOM), "Unicode Text" (UTF-16 little-
// endian with a BOM, tab-separated), and "CSV (Comma delimited)", which is the ANSI code page
// of Vietnamese Windows, Windows-1258 (tones as combining marks: NFC joins them). Bytes that are
// none of these are refused, never guessed into wrong letters.
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';

const decode = (encoding: TextEncoding, bytes: Uint8Array, fatal = true): string => new TextDecoder(encoding, { fatal }).decode(bytes);

/** UTF-16 without a BOM: text of Latin letters has a zero in every other byte. */
function looksUtf16(bytes: Uint8Array, odd: 0 | 1): boolean {
  const n = Math.min(bytes.length, 4096) & ~1;
  let zeros = 0;
  for (let i = odd; i < n; i += 2) if (bytes[i] === 0) zeros++;
  return n >= 4 && zeros > n / 4;
}

/** The text and the encoding it was read in; null when the bytes are in no encoding Excel writes. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } | null {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode('utf-16le', bytes), encoding: 'utf-16le' };
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode('utf-16be', bytes), encoding: 'utf-16be' };
    if (looksUtf16(bytes, 1)) return { text: decode('utf-16le', bytes), encoding: 'utf-16le' };
    if (looksUtf16(bytes, 0)) return { text: decode('utf-16be', bytes), encoding: 'utf-16be' };
  } catch {
    return null;
  }
  try {
    return { text: decode('utf-8', bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: the ANSI code page of Vietnamese Windows; a byte it leaves undefined means it was not that either
    const text = decode('windows-1258', bytes, false);
    return text.includes('\uFFFD') || /[\u0000-\u0008\u000e-\u001f]/.test(text) ? null : { text: text.normalize('NFC'), encoding: 'windows-1258' };
  }
}
