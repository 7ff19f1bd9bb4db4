// Stage: compute (expressions). Evaluates an Expr with names looked up in a Map.
import { FUNCTIONS } from './functions.js';
import { FormulaError, type Expr } from './types.js';

export class DivisionByZero extends FormulaError {}

export function evaluate(e: Expr, names: ReadonlyMap<string, number>): number {
  switch (e.kind) {
    case 'number':
      return e.value;
    case 'name': {
      const v = names.get(e.name);
      if (v === undefined) throw new FormulaError(`no value for ${e.name}`, e.offset);
      return v;
    }
    case 'negate':
      return -evaluate(e.operand, names);
    case 'binary': {
      const l = evaluate(e.left, names);
      const r = evaluate(e.right, names);
      if (e.op === '/' && r === 0) throw new DivisionByZero('division by zero', e.offset);
      return e.op === '+' ? l + r : e.op === '-' ? l - r : e.op === '*' ? l * r : l / r;
    }
    case 'call':
      return FUNCTIONS.get(e.fn)!.apply(e.args.map((a) => evaluate(a, names)));
  }
}
