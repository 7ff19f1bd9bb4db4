// Stage: compute (expressions). Evaluates an Expr with names looked up in a Map, exactly.
import { msg } from '../../diag/index.js';
import { Exact, ExactOverflow } from '../../util/exact.js';
import { FUNCTIONS } from './functions.js';
import { FormulaError, ValueError, type Expr } from './types.js';

export class DivisionByZero extends FormulaError {}

function run(e: Expr, names: ReadonlyMap<string, Exact>): Exact {
  switch (e.kind) {
    case 'number':
      return e.value;
    case 'name': {
      const v = names.get(e.name);
      if (v === undefined) throw new FormulaError(msg('formula.no_value', { name: e.name }), e.offset);
      return v;
    }
    case 'negate':
      return run(e.operand, names).neg();
    case 'binary': {
      const l = run(e.left, names);
      const r = run(e.right, names);
      if (e.op === '/' && r.isZero()) throw new DivisionByZero(msg('formula.division_by_zero'), e.offset);
      return e.op === '+' ? l.add(r) : e.op === '-' ? l.sub(r) : e.op === '*' ? l.mul(r) : l.div(r);
    }
    case 'call':
      return FUNCTIONS.get(e.fn)!.apply(
        e.args.map((a) => run(a, names)),
        e.offset,
      );
  }
}

/** The exact value; throws FormulaError (DivisionByZero, ValueError) when there is none. */
export function evaluate(e: Expr, names: ReadonlyMap<string, Exact>): Exact {
  try {
    return run(e, names);
  } catch (err) {
    if (err instanceof ExactOverflow) throw new ValueError(msg('formula.too_large'), 0);
    throw err;
  }
}
