import { describe, expect, it } from 'vitest';
import { label } from '../../../src/transform/number-headings.js';

describe('heading labels (ND30)', () => {
  it('use Roman numerals, then 1., 1.1., then letters in Vietnamese order', () => {
    expect(label(1, [4, 0, 0, 0])).toBe('IV.');
    expect(label(2, [4, 2, 0, 0])).toBe('2.');
    expect(label(3, [4, 2, 3, 0])).toBe('2.3.');
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => label(4, [1, 1, 1, n]))).toEqual(['a)', 'b)', 'c)', 'd)', 'đ)', 'e)', 'g)']);
  });
});
