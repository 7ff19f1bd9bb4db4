// Stage: compute (expressions). The AST of the small formula language of table columns:
// numbers, names (columns of the same row, targets of the plan), + - * /, parentheses and a
// fixed set of functions. Nothing here can reach JavaScript objects: names are looked up in Maps.
// Numbers are exact (util/exact.ts): a formula computes what it says, digit for digit.
import { word, type Msg } from '../../diag/index.js';
import type { Exact } from '../../util/exact.js';

export type Expr =
  | { kind: 'number'; value: Exact }
  | { kind: 'name'; name: string; offset: number }
  | { kind: 'negate'; operand: Expr }
  | { kind: 'binary'; op: '+' | '-' | '*' | '/'; left: Expr; right: Expr; offset: number }
  | { kind: 'call'; fn: string; args: Expr[]; offset: number };

/** A formula problem, with the character offset in the formula text. */
export class FormulaError extends Error {
  constructor(
    readonly reason: Msg,
    readonly offset: number,
  ) {
    super(word(reason, 'en')); // for whoever debugs; users see `reason` worded in their language
  }
}

/** A formula that is well formed but cannot give an exact value for these figures (round(x, 1.5), a number too large). */
export class ValueError extends FormulaError {}

/** Names an expression refers to, in order of first use. */
export function namesIn(e: Expr, out: string[] = []): string[] {
  switch (e.kind) {
    case 'name':
      if (!out.includes(e.name)) out.push(e.name);
      break;
    case 'negate':
      namesIn(e.operand, out);
      break;
    case 'binary':
      namesIn(e.left, out);
      namesIn(e.right, out);
      break;
    case 'call':
      e.args.forEach((a) => namesIn(a, out));
      break;
  }
  return out;
}
