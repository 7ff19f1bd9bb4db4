// The formula language: arithmetic, functions, names from Maps only; everything else refused.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/compute/expr/evaluate.js';
import { parseFormula } from '../../../src/compute/expr/parse.js';
import { FormulaError, namesIn } from '../../../src/compute/expr/types.js';
import { Exact } from '../../../src/util/exact.js';

const exactly = (text: string, names: Record<string, number | string> = {}) =>
  evaluate(parseFormula(text), new Map(Object.entries(names).map(([k, v]) => [k, Exact.parse(String(v))!]))).toString();
const run = (text: string, names: Record<string, number | string> = {}) => Number(exactly(text, names));

describe('formulas', () => {
  it('compute with precedence, parentheses and unary minus', () => {
    expect(run('1 + 2 * 3')).toBe(7);
    expect(run('(1 + 2) * 3')).toBe(9);
    expect(run('-2 * -3')).toBe(6);
    expect(run('10 / 4 - 1')).toBe(1.5);
    expect(run('2 - 3 - 4')).toBe(-5);
    expect(run('12 / 3 / 2')).toBe(2);
  });

  it('read hyphenated names, with a spaced minus for subtraction', () => {
    expect(run('dan-so - tham-gia', { 'dan-so': 10300, 'tham-gia': 10250 })).toBe(50);
    expect(namesIn(parseFormula('dan-so-2019 - tham-gia-2019'))).toEqual(['dan-so-2019', 'tham-gia-2019']);
    expect(run('tham-gia / dan-so * 100', { 'dan-so': 16853, 'tham-gia': 16095 })).toBeCloseTo(95.5023, 4);
  });

  it('offer round, ceil, floor, min, max, abs, rounding half-up without binary noise', () => {
    expect(run('ceil(dan-so * bao-phu / 100)', { 'dan-so': 1023, 'bao-phu': 95.5 })).toBe(977);
    expect(run('ceil(1000 * 1.1)')).toBe(1100); // 1100.0000000000002 in binary
    expect(run('floor(0.1 * 3 * 10)')).toBe(3); // 3.0000000000000004
    expect(run('round(95.505, 2)')).toBe(95.51);
    expect(run('round(2.5)')).toBe(3);
    expect(run('max(0, 5 - 9)')).toBe(0);
    expect(run('min(3, 1, 2)')).toBe(1);
    expect(run('abs(-4)')).toBe(4);
  });

  it.each([
    ['1 +', /ends too early/],
    ['(1 + 2', /expected "\)"/],
    ['1 2', /operator is missing/],
    ['round()', /takes 1 to 2/],
    ['sqrt(4)', /unknown function sqrt/],
    ['"x"', /unexpected character/],
    ['a[0]', /unexpected character "\["/],
    ['process.exit(1)', /unexpected character "\."/],
    ['constructor.constructor("return 1")()', /unexpected character "\."/],
    ['this', /no value for this/],
    ['__proto__', /unexpected character "_"/],
    ['tostring()', /unknown function tostring/],
    ['toString()', /unexpected character "S"/],
    ['x => 1', /unexpected character "="/],
    ['`1`', /unexpected character/],
  ])('refuses %s', (text, message) => {
    expect(() => run(text)).toThrow(FormulaError);
    expect(() => run(text)).toThrow(message);
  });

  it('never reaches object properties: constructor, prototype and friends are just unknown names', () => {
    for (const name of ['constructor', 'prototype', 'hasownproperty', 'valueof', 'tostring'])
      expect(() => run(name)).toThrow(`no value for ${name}`);
  });

  it('reports where the problem is', () => {
    try {
      parseFormula('dan-so * * 2');
    } catch (e) {
      expect((e as FormulaError).offset).toBe(9);
    }
  });

  it('throws only FormulaError on any input (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        try {
          run(text, { a: 1, b: 2 });
        } catch (e) {
          expect(e).toBeInstanceOf(FormulaError);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
