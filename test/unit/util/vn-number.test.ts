import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, roundHalfUp, toRoman } from '../../../src/util/vn-number.js';

describe('formatNumber', () => {
  it('groups thousands with "." and marks decimals with ","', () => {
    expect(formatNumber(16095)).toBe('16.095');
    expect(formatNumber(104276)).toBe('104.276');
    expect(formatNumber(95.5, 2)).toBe('95,50');
    expect(formatNumber(100, 1)).toBe('100,0');
    expect(formatNumber(95.5)).toBe('95,5');
    expect(formatNumber(1234567.891, 2)).toBe('1.234.567,89');
    expect(formatNumber(0, 2)).toBe('0,00');
    expect(formatNumber(-1500)).toBe('-1.500');
  });

  it('agrees with Intl vi-VN on whole numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        expect(formatNumber(n)).toBe(new Intl.NumberFormat('vi-VN', { useGrouping: true }).format(n).replace(/\u2212/, '-'));
      }),
    );
  });
});

describe('roundHalfUp', () => {
  it('rounds half up on the decimal value, as Excel does', () => {
    expect(roundHalfUp(95.505, 2)).toBe(95.51);
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(2.675, 2)).toBe(2.68);
    expect(roundHalfUp(95.504999, 2)).toBe(95.5);
    expect(roundHalfUp(-2.5, 0)).toBe(-3);
  });

  it('never moves a value by more than half a unit of the last place', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 4 }), (v, d) => {
        expect(Math.abs(roundHalfUp(v, d) - v)).toBeLessThanOrEqual(0.5 * 10 ** -d + 1e-9);
      }),
    );
  });
});

describe('toRoman', () => {
  it('writes section numbers', () => {
    expect([1, 2, 3, 4, 5, 9, 10, 14, 40].map(toRoman)).toEqual(['I', 'II', 'III', 'IV', 'V', 'IX', 'X', 'XIV', 'XL']);
    expect(() => toRoman(0)).toThrow();
  });
});
