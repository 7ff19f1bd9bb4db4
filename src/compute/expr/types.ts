// Stage: compute (expressions). The AST of the small formula language of table columns:
// numbers, names (columns of the same row, targets of the plan), + - * /, parentheses and a
// fixed set of functions. Nothing here can reach JavaScript objects: names are looked up in Maps.

export type Expr =
  | { kind: 'number'; value: number }
  | { kind: 'name'; name: string; offset: number }
  | { kind: 'negate'; operand: Expr }
  | { kind: 'binary'; op: '+' | '-' | '*' | '/'; left: Expr; right: Expr; offset: number }
  | { kind: 'call'; fn: string; args: Expr[]; offset: number };

/** A formula problem, with the character offset in the formula text. */
export class FormulaError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

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
