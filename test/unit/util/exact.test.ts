// Exact numbers: fractions of BigInts, read from decimal text, rounded half away from zero.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Exact, ExactOverflow } from '../../../src/util/exact.js';

const x = (s: string) => Exact.parse(s)!;

describe('Exact', () => {
  it('reads decimal text exactly, and only decimal text', () => {
    expect(x('95.505').toString()).toBe('95.505');
    expect(x('-1.5e3').toString()).toBe('-1500');
    expect(x('1234567890123456789').toString()).toBe('1234567890123456789');
    expect(x('0.1').add(x('0.2')).toString()).toBe('0.3');
    for (const bad of ['', '.', '1,5', '0x1A', '1e', 'NaN', '--1']) expect(Exact.parse(bad), bad).toBeNull();
    expect(() => Exact.parse('1e9999')).toThrow(ExactOverflow);
  });

  it('takes a JavaScript number as the decimal it prints as', () => {
    expect(Exact.fromNumber(0.1).toString()).toBe('0.1');
    expect(Exact.fromNumber(1e21).toString()).toBe('1000000000000000000000');
    expect(() => Exact.fromNumber(Infinity)).toThrow();
  });

  it('rounds half away from zero, floors and ceils on either side of zero', () => {
    expect(x('2.5').round().toString()).toBe('3');
    expect(x('-2.5').round().toString()).toBe('-3');
    expect(x('1.005').toFixed(2)).toBe('1.01');
    expect(x('-0.004').toFixed(2)).toBe('0.00');
    expect(x('86.4999999999865').toFixed(0)).toBe('86');
    expect(x('-1.5').floor().toString()).toBe('-2');
    expect(x('-1.5').ceil().toString()).toBe('-1');
    expect(x('1').div(x('3')).mul(x('3')).floor().toString()).toBe('1');
  });

  it('knows which fractions end in decimals', () => {
    expect(x('1').div(x('8')).decimalPlaces()).toBe(3);
    expect(x('1').div(x('3')).decimalPlaces()).toBeNull();
    expect(x('1').div(x('3')).toFixed(4)).toBe('0.3333');
    expect(x('2').div(x('3')).toFixed(4)).toBe('0.6667');
  });

  it('refuses to grow without end', () => {
    let v = x('1000000000000000000');
    expect(() => {
      for (let i = 0; i < 300; i++) v = v.mul(v);
    }).toThrow(ExactOverflow);
  });

  it('agrees with BigInt arithmetic on scaled integers (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.bigInt({ min: 1n, max: 10n ** 12n }), fc.integer({ min: 0, max: 6 }), (n, d, places) => {
        const v = Exact.fraction(n, d);
        // reference: n / d × 10^places, half away from zero, by integer division
        const scaled = n * 10n ** BigInt(places);
        const q = scaled / d;
        const r = scaled % d;
        const rounded = 2n * (r < 0n ? -r : r) >= d ? q + (scaled < 0n ? -1n : 1n) : q;
        expect(v.round(places).eq(Exact.fraction(rounded, 10n ** BigInt(places)))).toBe(true);
        expect(v.mul(Exact.fraction(d)).eq(Exact.fraction(n))).toBe(true);
      }),
    );
  });
});
