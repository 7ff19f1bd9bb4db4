// Stage: compute (expressions). Formula text → Expr, by recursive descent:
//   expr := term (('+' | '-') term)* ; term := unary (('*' | '/') unary)*
//   unary := '-' unary | primary ; primary := number | name | name '(' args ')' | '(' expr ')'
// Names are column keys and target ids: lowercase letters, digits and '-', so a minus sign
// needs spaces around it ("dan-so - co-the"); "dan-so-co-the" is one name.
import { msg } from '../../diag/index.js';
import { Exact } from '../../util/exact.js';
import { FUNCTIONS, roundDigitsProblem } from './functions.js';
import { FormulaError, type Expr } from './types.js';

type Token = { kind: 'number'; value: Exact; offset: number } | { kind: 'name'; value: string; offset: number } | { kind: 'punct'; value: string; offset: number };

export const MAX_FORMULA_LENGTH = 500;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s*(?:(\d+(?:\.\d+)?)|([a-z][a-z0-9]*(?:-[a-z0-9]+)*)|([-+*/(),]))/y;
  let pos = 0;
  while (pos < text.length) {
    if (/^\s*$/.test(text.slice(pos))) break;
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) {
      const at = pos + (text.slice(pos).length - text.slice(pos).trimStart().length);
      throw new FormulaError(msg('formula.unexpected_char', { char: JSON.stringify(text[at]) }), at);
    }
    const offset = m.index + m[0].length - (m[1] ?? m[2] ?? m[3])!.length;
    if (m[1] !== undefined) tokens.push({ kind: 'number', value: Exact.parse(m[1])!, offset });
    else if (m[2] !== undefined) tokens.push({ kind: 'name', value: m[2], offset });
    else tokens.push({ kind: 'punct', value: m[3]!, offset });
    pos = re.lastIndex;
  }
  return tokens;
}

export function parseFormula(text: string): Expr {
  if (text.length > MAX_FORMULA_LENGTH) throw new FormulaError(msg('formula.too_long', { max: MAX_FORMULA_LENGTH }), 0);
  const tokens = tokenize(text);
  let i = 0;
  let depth = 0;
  const peek = () => tokens[i];
  const end = () => text.length;
  const expect = (value: string) => {
    const t = tokens[i];
    if (t?.kind !== 'punct' || t.value !== value) throw new FormulaError(msg('formula.expected', { what: value, before: t ? JSON.stringify(String(t.value)) : undefined }), t?.offset ?? end());
    i++;
  };

  function expr(): Expr {
    if (++depth > 50) throw new FormulaError(msg('formula.nests'), peek()?.offset ?? end());
    let left = term();
    for (let t = peek(); t?.kind === 'punct' && (t.value === '+' || t.value === '-'); t = peek()) {
      i++;
      left = { kind: 'binary', op: t.value, left, right: term(), offset: t.offset };
    }
    depth--;
    return left;
  }
  function term(): Expr {
    let left = unary();
    for (let t = peek(); t?.kind === 'punct' && (t.value === '*' || t.value === '/'); t = peek()) {
      i++;
      left = { kind: 'binary', op: t.value, left, right: unary(), offset: t.offset };
    }
    return left;
  }
  function unary(): Expr {
    const t = peek();
    if (t?.kind === 'punct' && t.value === '-') {
      i++;
      return { kind: 'negate', operand: unary() };
    }
    return primary();
  }
  function primary(): Expr {
    const t = tokens[i++];
    if (!t) throw new FormulaError(msg('formula.ends_early'), end());
    if (t.kind === 'number') return { kind: 'number', value: t.value };
    if (t.kind === 'name') {
      const next = peek();
      if (!(next?.kind === 'punct' && next.value === '(')) return { kind: 'name', name: t.value, offset: t.offset };
      if (!FUNCTIONS.has(t.value)) throw new FormulaError(msg('formula.unknown_function', { name: t.value, known: [...FUNCTIONS.keys()].join(', ') }), t.offset);
      i++;
      const args: Expr[] = [];
      if (!(peek()?.kind === 'punct' && peek()!.value === ')')) {
        args.push(expr());
        while (peek()?.kind === 'punct' && peek()!.value === ',') i++, args.push(expr());
      }
      expect(')');
      const fn = FUNCTIONS.get(t.value)!;
      if (args.length < fn.minArgs || args.length > fn.maxArgs)
        throw new FormulaError(msg('formula.arg_count', { name: t.value, min: fn.minArgs, max: fn.maxArgs === Infinity ? undefined : fn.maxArgs }), t.offset);
      const digits = t.value === 'round' ? args[1] : undefined;
      const problem = digits?.kind === 'number' ? roundDigitsProblem(digits.value) : null;
      if (problem) throw new FormulaError(problem, t.offset);
      return { kind: 'call', fn: t.value, args, offset: t.offset };
    }
    if (t.value === '(') {
      const inner = expr();
      expect(')');
      return inner;
    }
    throw new FormulaError(msg('formula.unexpected', { token: JSON.stringify(t.value) }), t.offset);
  }

  const result = expr();
  const rest = peek();
  if (rest) throw new FormulaError(msg('formula.operator_missing', { token: JSON.stringify(String(rest.value)) }), rest.offset);
  return result;
}
