// Util. Vietnamese number format: "." groups thousands, "," marks decimals.
// Rounding is half-up on the decimal value (95,505 → 95,51), as offices expect from Excel.

/** Rounds half away from zero at `decimals` places, on the decimal digits, not the binary value. */
export function roundHalfUp(value: number, decimals: number): number {
  if (!Number.isFinite(value)) throw new Error(`cannot round ${value}`);
  const sign = value < 0 ? -1 : 1;
  // toPrecision(15) recovers the decimal the user meant (1.005 stays 1.005, not 1.00499…).
  const [digits, exp = '0'] = Math.abs(value).toPrecision(15).split('e');
  const shifted = Number(`${digits}e${Number(exp) + decimals}`);
  return (sign * Math.round(shifted)) / 10 ** decimals || 0;
}

/** 16095 → "16.095"; (95.5, 2) → "95,50"; decimals null keeps the digits as typed. */
export function formatNumber(value: number, decimals: number | null = null): string {
  const fixed = decimals === null ? value : roundHalfUp(value, decimals);
  const text = decimals === null ? String(fixed) : fixed.toFixed(decimals);
  const [int = '0', frac] = text.replace('-', '').split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${fixed < 0 ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

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
export function formatQuantity(value: number, decimals: number | null, unit: string): string {
  const n = formatNumber(value, decimals);
  return unit === '%' ? `${n}%` : unit ? `${n} ${unit}` : n;
}

/** Vietnamese letter order for "a)", "b)" … (no f, j, w, z; đ after d). */
export const VIETNAMESE_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];
