// Stage: compute (tables). A number written as text (a CSV field, a text cell of a workbook, the
// source text of a YAML scalar) → its exact value, read the way a Vietnamese office writes it:
// "." groups thousands and "," marks decimals (16.095; 95,50). Forms with two readings are read
// by the README's rule and the other reading is kept, so the caller can warn showing both;
// forms that contradict the rule (1,234.56) or hide digits (1.23E+15) are refused.
import { msg, type Msg } from '../../diag/index.js';
import type { ColumnType } from '../../plan/types.js';
import { Exact, ExactOverflow } from '../../util/exact.js';
import { formatNumber } from '../../util/vn-number.js';

export type NumberColumnType = Exclude<ColumnType, 'text'>;

export type NumberText =
  | { kind: 'blank' }
  /** `other`: the value the text would have if read the other way (a warning shows both). */
  | { kind: 'number'; value: Exact; other?: Exact }
  | { kind: 'invalid'; reason: Msg; hints: Msg[] };

/** Longer text is not a number anyone typed (and would only feed a huge BigInt). */
const MAX_NUMBER_TEXT = 60;

const PLAIN = /^\d+(?:\.\d+)?$/; // 1023, 95.5
const THOUSANDS = /^[1-9]\d{0,2}(?:\.\d{3})+$/; // 16.095, 1.234.567
const VIETNAMESE = /^(?:[1-9]\d{0,2}(?:\.\d{3})+|\d+),\d+$/; // 1.234,5; 95,50
const ENGLISH_GROUPS = /^[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?$/; // 1,234.56; 1,234,567
const SCIENTIFIC = /^\d+(?:[.,]\d+)?[eE][+-]?\d+$/; // 1.23E+15

const exact = (digits: string): Exact => Exact.parse(digits)!;

/** Digits with "." for thousands and "," for decimals → machine text. */
const fromVietnamese = (s: string): string => s.replace(/\./g, '').replace(',', '.');

/** `s`: the digits without spaces and sign; `shown`: the text as typed, for messages. */
function readUnsigned(s: string, type: NumberColumnType, shown: string): NumberText {
  if (THOUSANDS.test(s)) {
    const thousands = exact(s.replace(/\./g, ''));
    const groups = s.split('.').length - 1;
    // "1.234.567" can only be thousands; "16.095" is thousands in a count, a decimal otherwise
    if (groups > 1 || type === 'integer') return { kind: 'number', value: thousands };
    return { kind: 'number', value: exact(s), ...(type === 'decimal' ? { other: thousands } : {}) };
  }
  if (PLAIN.test(s)) return { kind: 'number', value: exact(s) };
  if (VIETNAMESE.test(s)) {
    const value = exact(fromVietnamese(s));
    // "1,234" may be a thousand and more written the English way
    const english = /^[1-9]\d{0,2},\d{3}$/.test(s) && type !== 'percent' ? exact(s.replace(',', '')) : undefined;
    return { kind: 'number', value, ...(english ? { other: english } : {}) };
  }
  if (ENGLISH_GROUPS.test(s)) {
    const value = exact(s.replace(/,/g, ''));
    const decimals = value.decimalPlaces() ?? 0;
    return {
      kind: 'invalid',
      reason: msg('number.english_groups', { text: JSON.stringify(shown) }),
      hints: [msg('number.write_either', { a: formatNumber(value, decimals), b: value.toFixed(decimals) })],
    };
  }
  if (SCIENTIFIC.test(s))
    return {
      kind: 'invalid',
      reason: msg('number.scientific', { text: JSON.stringify(shown) }),
      hints: [msg('number.scientific_hint')],
    };
  return { kind: 'invalid', reason: msg('number.expected', { text: JSON.stringify(shown) }), hints: [] };
}

/** Reads `text` for a column of `type`; a percent sign is accepted in percent columns only. */
export function parseNumberText(text: string, type: NumberColumnType): NumberText {
  let s = text.replace(/[\s\u00a0\u202f]/g, '');
  if (s === '') return { kind: 'blank' };
  if (s.length > MAX_NUMBER_TEXT) return { kind: 'invalid', reason: msg('number.too_long', { text: JSON.stringify(text.slice(0, 20)) }), hints: [] };
  const percent = s.endsWith('%');
  if (percent) s = s.slice(0, -1);
  if (percent && type !== 'percent')
    return { kind: 'invalid', reason: msg('number.percent_sign', { text: JSON.stringify(text.trim()) }), hints: [msg('number.percent_sign_hint')] };
  const negative = /^[-\u2212]/.test(s);
  if (negative) s = s.slice(1);
  let read: NumberText;
  try {
    read = readUnsigned(s, type, text.trim());
  } catch (e) {
    if (!(e instanceof ExactOverflow)) throw e;
    return { kind: 'invalid', reason: msg('number.too_many_digits', { text: JSON.stringify(text.trim()) }), hints: [] };
  }
  if (read.kind !== 'number' || !negative) return read;
  return { kind: 'number', value: read.value.neg(), ...(read.other ? { other: read.other.neg() } : {}) };
}
