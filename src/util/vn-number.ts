// Util. Vietnamese number format: "." groups thousands, "," marks decimals.
// Rounding is half-up on the exact decimal value (95,505 → 95,51), as offices expect from Excel:
// numbers are Exact fractions, or JavaScript numbers read as the decimal they print as.
import { Exact } from './exact.js';

const exact = (value: number | Exact): Exact => (value instanceof Exact ? value : Exact.fromNumber(value));

/** Rounds half away from zero at `decimals` places, on the decimal digits, not the binary value. */
export function roundHalfUp(value: number, decimals: number): number {
  if (!Number.isFinite(value)) throw new Error(`cannot round ${value}`);
  return exact(value).round(decimals).toNumber();
}

/** 16095 → "16.095"; (95.5, 2) → "95,50"; decimals null writes every digit of the value. */
export function formatNumber(value: number | Exact, decimals: number | null = null): string {
  const x = exact(value);
  const text = decimals === null ? x.toString() : x.toFixed(decimals);
  const negative = text.startsWith('-');
  const [int = '0', frac] = (negative ? text.slice(1) : text).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

/**
 * A value for a message: every digit when they end within `maxDecimals` places (976,965), else
 * that many followed by "…" (0,333333…); a huge value by its size ("a number of 309 digits").
 */
export function describeNumber(value: Exact, maxDecimals = 6): string {
  const digits = value.integerDigits();
  if (digits > 30) return `a number of ${digits} digits`;
  const places = value.decimalPlaces();
  if (places !== null && places <= maxDecimals) return formatNumber(value, places);
  return `${formatNumber(truncate(value, maxDecimals), maxDecimals)}…`;
}

const truncate = (value: Exact, decimals: number): Exact => {
  const scale = Exact.fraction(10n ** BigInt(decimals));
  const t = value.abs().mul(scale).floor().div(scale);
  return value.sign() < 0 ? t.neg() : t;
};

const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new Error(`no Roman numeral for ${n}`);
  let out = '';
  for (const [v, s] of ROMAN) while (n >= v) [out, n] = [out + s, n - v];
  return out;
}

/** A number with its unit: "95,5%" (a percent sign sticks to the number), "26 thôn", "12". */
export function formatQuantity(value: number | Exact, decimals: number | null, unit: string): string {
  const n = formatNumber(value, decimals);
  return unit === '%' ? `${n}%` : unit ? `${n} ${unit}` : n;
}

/** Vietnamese letter order for "a)", "b)" … (no f, j, w, z; đ after d). */
export const VIETNAMESE_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];
