// Stage: compute (expressions). The functions formulas may call. They work on exact values, so
// ceil(1000 * 1.1) is 1100 and floor(1 / 3 * 3) is 1 with no binary noise to trim; round is
// half away from zero, as Excel's ROUND.
import { msg, type Msg } from '../../diag/index.js';
import { Exact } from '../../util/exact.js';
import { formatNumber } from '../../util/vn-number.js';
import { ValueError } from './types.js';

/** round(x, d) takes d from 0 to this many places. */
export const MAX_ROUND_DIGITS = 10;

interface Fn {
  minArgs: number;
  maxArgs: number;
  apply: (args: Exact[], offset: number) => Exact;
}

/** Why `d` cannot be the digits of round(x, d), or null when it can. */
export function roundDigitsProblem(d: Exact): Msg | null {
  if (d.isInteger() && d.sign() >= 0 && d.cmp(Exact.integer(MAX_ROUND_DIGITS)) <= 0) return null;
  return msg('formula.round_digits', { max: MAX_ROUND_DIGITS, d: formatNumber(d) });
}

function round([x, d = Exact.ZERO]: Exact[], offset: number): Exact {
  const problem = roundDigitsProblem(d);
  if (problem) throw new ValueError(problem, offset);
  return x!.round(Number(d.num));
}

const pick = (better: (a: Exact, b: Exact) => boolean) => (xs: Exact[]) => xs.reduce((a, b) => (better(b, a) ? b : a));

export const FUNCTIONS: ReadonlyMap<string, Fn> = new Map<string, Fn>([
  ['round', { minArgs: 1, maxArgs: 2, apply: round }],
  ['ceil', { minArgs: 1, maxArgs: 1, apply: ([x]) => x!.ceil() }],
  ['floor', { minArgs: 1, maxArgs: 1, apply: ([x]) => x!.floor() }],
  ['min', { minArgs: 1, maxArgs: Infinity, apply: pick((a, b) => a.lt(b)) }],
  ['max', { minArgs: 1, maxArgs: Infinity, apply: pick((a, b) => b.lt(a)) }],
  ['abs', { minArgs: 1, maxArgs: 1, apply: ([x]) => x!.abs() }],
]);
