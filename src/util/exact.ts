// Util. Exact numbers: fractions of two BigInts, always in lowest terms with a positive
// denominator. Tables compute with them from the typed figures to the one rounding at print, so
// 33,33 % of 10.000.005.015 is 3.333.001.671,4995 exactly and 1/3 * 3 is 1. Only + - * / and
// rounding are needed, and all of them are exact on fractions; nothing is ever cut to a number
// of digits in between.

/** Numerators and denominators past this many bits are refused (ExactOverflow): no table needs
 * them, and a formula such as x * x * x … must not be able to grow a number without end. */
const MAX_BITS = 4096n;
const TOO_BIG = 1n << MAX_BITS;

const abs = (x: bigint): bigint => (x < 0n ? -x : x);

function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  // most fractions of a table are small: Euclid on doubles is much faster than on BigInts
  if (a <= 9007199254740991n && b <= 9007199254740991n) {
    let x = Number(a);
    let y = Number(b);
    while (y !== 0) [x, y] = [y, x % y];
    return BigInt(x);
  }
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

const POW10: bigint[] = [1n];
export const pow10 = (n: number): bigint => {
  while (POW10.length <= n) POW10.push(POW10[POW10.length - 1]! * 10n);
  return POW10[n]!;
};

/** Thrown when a value has grown past what is computed exactly (MAX_BITS). */
export class ExactOverflow extends Error {}

export class Exact {
  private constructor(
    /** Numerator (any sign). */
    readonly num: bigint,
    /** Denominator, > 0, coprime with the numerator. */
    readonly den: bigint,
  ) {}

  static readonly ZERO = new Exact(0n, 1n);
  static readonly ONE = new Exact(1n, 1n);

  /** n / d in lowest terms (d ≠ 0). */
  static fraction(n: bigint, d: bigint = 1n): Exact {
    if (d === 0n) throw new RangeError('zero denominator');
    if (d < 0n) [n, d] = [-n, -d];
    if (d !== 1n) {
      const g = gcd(n, d);
      if (g !== 1n) [n, d] = [n / g, d / g];
    }
    if (n === 0n) return Exact.ZERO;
    if (abs(n) >= TOO_BIG || d >= TOO_BIG) throw new ExactOverflow('number too large to compute exactly');
    return new Exact(n, d);
  }

  static integer(n: number | bigint): Exact {
    if (typeof n === 'number' && !Number.isSafeInteger(n)) throw new RangeError(`not a safe integer: ${n}`);
    return Exact.fraction(BigInt(n));
  }

  /**
   * Decimal text in the machine form ("-1234.5", "1.5e-3", ".5", "+7"): exactly the value
   * written, or null when the text is not such a number (ExactOverflow for 1e9999).
   */
  static parse(text: string): Exact | null {
    const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,4}))?$/.exec(text);
    if (!m || (m[2] === '' && (m[3] ?? '') === '')) return null;
    const frac = m[3] ?? '';
    const exp = Number(m[4] ?? 0) - frac.length;
    let n = BigInt(`${m[2]}${frac}` || '0');
    if (m[1] === '-') n = -n;
    if (n === 0n) return Exact.ZERO;
    if (Math.abs(exp) > 1200) throw new ExactOverflow('number too large to compute exactly');
    return exp >= 0 ? Exact.fraction(n * pow10(exp)) : Exact.fraction(n, pow10(-exp));
  }

  /**
   * A JavaScript number as the decimal it prints as (the shortest that reads back as the same
   * double): 0.1 is one tenth, not 0.1000000000000000055…; that is the number a person typed.
   */
  static fromNumber(x: number): Exact {
    if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
    return Exact.parse(String(x))!;
  }

  add(o: Exact): Exact {
    if (this.den === 1n && o.den === 1n) return Exact.fraction(this.num + o.num);
    if (this.den === o.den) return Exact.fraction(this.num + o.num, this.den);
    return Exact.fraction(this.num * o.den + o.num * this.den, this.den * o.den);
  }
  sub(o: Exact): Exact {
    return this.add(o.neg());
  }
  mul(o: Exact): Exact {
    if (this.den === 1n && o.den === 1n) return Exact.fraction(this.num * o.num);
    return Exact.fraction(this.num * o.num, this.den * o.den);
  }
  /** Throws RangeError on a zero divisor; callers check isZero() first. */
  div(o: Exact): Exact {
    if (o.num === 0n) throw new RangeError('division by zero');
    return Exact.fraction(this.num * o.den, this.den * o.num);
  }
  neg(): Exact {
    return this.num === 0n ? this : new Exact(-this.num, this.den);
  }
  abs(): Exact {
    return this.num < 0n ? this.neg() : this;
  }

  sign(): -1 | 0 | 1 {
    return this.num < 0n ? -1 : this.num > 0n ? 1 : 0;
  }
  isZero(): boolean {
    return this.num === 0n;
  }
  isInteger(): boolean {
    return this.den === 1n;
  }
  cmp(o: Exact): -1 | 0 | 1 {
    const d = this.num * o.den - o.num * this.den;
    return d < 0n ? -1 : d > 0n ? 1 : 0;
  }
  eq(o: Exact): boolean {
    return this.num === o.num && this.den === o.den;
  }
  lt(o: Exact): boolean {
    return this.cmp(o) < 0;
  }

  floor(): Exact {
    const q = this.num / this.den; // truncates toward zero
    return Exact.fraction(this.num < 0n && q * this.den !== this.num ? q - 1n : q);
  }
  ceil(): Exact {
    return this.neg().floor().neg();
  }
  /** Rounded half away from zero (as Excel's ROUND) to `decimals` places (0 or more). */
  round(decimals = 0): Exact {
    const scale = pow10(decimals);
    return Exact.fraction(halfUp(this.num * scale, this.den), scale);
  }

  /** "-1234.50": rounded half away from zero to `decimals` places, "." as the decimal point. */
  toFixed(decimals: number): string {
    const scaled = halfUp(this.num * pow10(decimals), this.den);
    const digits = abs(scaled).toString().padStart(decimals + 1, '0');
    const int = digits.slice(0, digits.length - decimals);
    const text = decimals > 0 ? `${int}.${digits.slice(-decimals)}` : int;
    return scaled < 0n ? `-${text}` : text;
  }

  /** The places needed to write the value out in full, or null when its decimals never end (1/3). */
  decimalPlaces(): number | null {
    let d = this.den;
    let twos = 0;
    let fives = 0;
    while (d % 2n === 0n) (d /= 2n), twos++;
    while (d % 5n === 0n) (d /= 5n), fives++;
    return d === 1n ? Math.max(twos, fives) : null;
  }

  /** The value written out in full ("95.505"), or to 20 places when its decimals never end. */
  toString(): string {
    return this.toFixed(this.decimalPlaces() ?? 20);
  }

  /** The nearest double (for measuring and plotting only, never for printing). */
  toNumber(): number {
    return Number(this.num) / Number(this.den);
  }

  /** Digits of the whole part (0 for |x| < 1). */
  integerDigits(): number {
    const q = abs(this.num) / this.den;
    return q === 0n ? 0 : q.toString().length;
  }
}

/** n / d rounded half away from zero to an integer (d > 0). */
function halfUp(n: bigint, d: bigint): bigint {
  const q = n / d;
  const r = abs(n % d);
  if (2n * r < d) return q;
  return n < 0n ? q - 1n : q + 1n;
}
