// Stage: compute (expressions). The functions formulas may call. Rounding works on the decimal
// value (half-up, as Excel does), after trimming binary noise, so ceil(1000 * 1.1) is 1100.
import { roundHalfUp } from '../../util/vn-number.js';

/** Removes binary floating-point noise: 1100.0000000000002 → 1100. */
export const clean = (x: number): number => Number(x.toPrecision(12));

interface Fn {
  minArgs: number;
  maxArgs: number;
  apply: (args: number[]) => number;
}

export const FUNCTIONS: ReadonlyMap<string, Fn> = new Map<string, Fn>([
  ['round', { minArgs: 1, maxArgs: 2, apply: ([x, d = 0]) => roundHalfUp(clean(x!), d) }],
  ['ceil', { minArgs: 1, maxArgs: 1, apply: ([x]) => Math.ceil(clean(x!)) }],
  ['floor', { minArgs: 1, maxArgs: 1, apply: ([x]) => Math.floor(clean(x!)) }],
  ['min', { minArgs: 1, maxArgs: Infinity, apply: (xs) => Math.min(...xs) }],
  ['max', { minArgs: 1, maxArgs: Infinity, apply: (xs) => Math.max(...xs) }],
  ['abs', { minArgs: 1, maxArgs: 1, apply: ([x]) => Math.abs(x!) }],
]);
