// Stage: reader (recognition). The columns of a table that are sums, differences, products or
// rates of two other columns, found from the figures themselves: a formula that gives every
// row's typed figure (rounded as printed) makes the column computed; one that gives most rows
// keeps the typed figures as `given`, so that `check` shows each row that does not add up.
// Which of three columns in a + b = c is the computed one comes from its header ("chưa", "tổng",
// "tỷ lệ" …), else the rightmost. Pure.
import { roundHalfUp } from '../../util/vn-number.js';

export interface NumericColumn {
  index: number;
  key: string;
  header: string;
  decimals: number;
  values: (number | null)[];
}

export interface FoundFormula {
  target: number;
  inputs: [number, number];
  op: '+' | '-' | 'max0-' | '*' | 'rate';
  /** Rows whose typed figure differs from the formula's (empty: the column is computed). */
  mismatches: number[];
}

type Op = FoundFormula['op'];

export const applyOp = (op: Op, a: number, b: number): number | null =>
  op === '+' ? a + b : op === '-' ? a - b : op === 'max0-' ? Math.max(0, a - b) : op === '*' ? a * b : b === 0 ? null : (a / b) * 100;
const apply = applyOp;

const HINTS: [RegExp, Op[]][] = [
  [/tỷ lệ|tỉ lệ|%/iu, ['rate']],
  [/chưa|còn lại|còn thiếu|thiếu|cần vận động|chênh lệch|tăng|giảm/iu, ['-', 'max0-']],
  [/thành tiền|kinh phí|số tiền/iu, ['*']],
  [/tổng|cộng/iu, ['+']],
];

function hintScore(header: string, op: Op): number {
  for (const [re, ops] of HINTS) if (re.test(header)) return ops.includes(op) ? 2 : -1;
  return 0;
}

export function formulaText(f: FoundFormula, keys: (i: number) => string): string {
  const [a, b] = f.inputs.map(keys) as [string, string];
  return f.op === 'rate' ? `${a} / ${b} * 100` : f.op === 'max0-' ? `max(0, ${a} - ${b})` : `${a} ${f.op} ${b}`;
}

function fit(t: NumericColumn, a: NumericColumn, b: NumericColumn, op: Op): FoundFormula | null {
  let rows = 0;
  const mismatches: number[] = [];
  t.values.forEach((v, r) => {
    const x = a.values[r];
    const y = b.values[r];
    if (v === null || v === undefined || x === null || x === undefined || y === null || y === undefined) return;
    const c = apply(op, x, y);
    rows++;
    if (c === null || roundHalfUp(c, t.decimals) !== roundHalfUp(v, t.decimals)) mismatches.push(r);
  });
  // a formula that fits most rows keeps the typed figures (given); with a header that names the
  // operation ("chưa", "tỷ lệ" …) half the rows may be wrong, else at most one in five
  const allowed = hintScore(t.header, op) > 0 && rows >= 4 ? rows / 2 : rows / 5;
  if (rows < 2 || mismatches.length > allowed) return null;
  // degenerate fits: an all-zero input makes "t = a + 0" true of any copy of a column
  const zero = (c: NumericColumn) => c.values.every((v) => v === null || v === 0);
  if ((op === '+' || op === '-' || op === 'max0-') && zero(b) && !zero(t)) return null;
  if (op === '+' && zero(a)) return null;
  // two equal columns give a column of zeros: a difference only where the header says so ("chưa …")
  if (zero(t) && a.values.every((v, r) => v === b.values[r]) && hintScore(t.header, op) <= 0) return null;
  if (op === '*' && (b.values.every((v) => v === null || v === 1) || a.values.every((v) => v === null || v === 1))) return null;
  if (op === 'rate' && t.values.some((v) => v !== null && (v < 0 || v > 1000))) return null;
  return { target: t.index, inputs: [a.index, b.index], op, mismatches };
}

/** The formulas that explain the table's numeric columns, chosen so that none depends on itself. */
export function findFormulas(cols: NumericColumn[]): FoundFormula[] {
  const candidates: { f: FoundFormula; score: number }[] = [];
  for (const t of cols)
    for (const a of cols)
      for (const b of cols) {
        if (a === t || b === t || a === b) continue;
        for (const op of ['+', '-', 'max0-', '*', 'rate'] as Op[]) {
          if ((op === '+' || op === '*') && a.index > b.index) continue;
          const f = fit(t, a, b, op);
          if (!f) continue;
          // ties (a column of zeros is both a - b and b - a): the larger figure first, then the one further right
          const total = (c: NumericColumn) => c.values.reduce<number>((n, v) => n + (v ?? 0), 0);
          const order = op === '-' || op === 'max0-' ? (total(a) > total(b) ? 1 : 0) + (a.index > b.index ? 0.5 : 0) : 0;
          const score = hintScore(t.header, op) * 100 - f.mismatches.length * 10 + t.index - (op === 'max0-' ? 5 : 0) + order;
          candidates.push({ f, score });
        }
      }
  candidates.sort((x, y) => y.score - x.score);
  const chosen: FoundFormula[] = [];
  const derived = new Map<number, FoundFormula>();
  const dependsOn = (col: number, on: number): boolean => {
    const f = derived.get(col);
    return col === on || (f !== undefined && f.inputs.some((i) => dependsOn(i, on)));
  };
  for (const { f } of candidates) {
    if (derived.has(f.target) || f.inputs.some((i) => dependsOn(i, f.target))) continue;
    // three columns tied by one sum are one fact: once a + b = c is used, no second formula of the three
    const trio = [f.target, ...f.inputs];
    const additive = (op: Op) => op === '+' || op === '-' || op === 'max0-';
    if (chosen.some((g) => additive(g.op) && additive(f.op) && [g.target, ...g.inputs].every((i) => trio.includes(i)))) continue;
    derived.set(f.target, f);
    chosen.push(f);
  }
  return chosen;
}
