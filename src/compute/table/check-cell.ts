// Stage: compute (tables). One cell against its column: typed text read as a number the
// Vietnamese way, workbook numbers honoured with their percent format, and every number typed or
// computed held to what its column may hold — a whole count ≥ 0, a rate from 0 to 100, a value
// small enough to print exactly, and no blank unless the column says `allow: [blank]`.
import { msg, type Msg } from '../../diag/index.js';
import { Exact } from '../../util/exact.js';
import { describeNumber, formatNumber } from '../../util/vn-number.js';
import type { GridCell } from './data-grid.js';
import { parseNumberText } from './parse-number.js';
import type { LeafColumn } from './types.js';

/** A table value: text, an exact number, or an empty cell. */
export type Value = string | Exact | null;

/** Numbers in tables stay below 10^18 (999.999.999.999.999.999): 18 digits before the decimal mark. */
export const MAX_INTEGER_DIGITS = 18;

export interface Problem {
  reason: Msg;
  hints: Msg[];
}

export type CellCheck = { value: Value; warning?: Problem } | { problem: Problem };

const allows = (col: LeafColumn, what: LeafColumn['allow'][number]) => col.allow.includes(what);

/** Why `v` cannot stand in `col`, or null. `how` says where it came from ("computes to", "found"). */
export function rangeProblem(col: LeafColumn, v: Exact, how: Msg = msg('how.found')): Problem | null {
  const allow = (what: string) => msg('table.allow_hint', { what });
  if (v.integerDigits() > MAX_INTEGER_DIGITS)
    return { reason: msg('table.too_many_digits', { how, number: describeNumber(v), max: MAX_INTEGER_DIGITS }), hints: [] };
  const negative = v.sign() < 0 && !allows(col, 'negative');
  if (col.type === 'integer' && (!v.isInteger() || negative))
    return { reason: msg('table.not_whole', { negative: allows(col, 'negative') ? 1 : 0, how, number: describeNumber(v) }), hints: negative && v.isInteger() ? [allow('negative')] : [] };
  const over = v.cmp(HUNDRED) > 0 && !allows(col, 'over-100');
  if (col.type === 'percent' && (negative || over))
    return { reason: msg('table.rate_range', { how, number: describeNumber(v) }), hints: [allow(negative ? 'negative' : 'over-100')] };
  return null;
}

const HUNDRED = Exact.integer(100);

/** The other reading of an ambiguous number, as a warning showing both. */
function ambiguity(text: string, value: Exact, other: Exact): Problem {
  const shown = (x: Exact) => formatNumber(x, x.decimalPlaces() ?? 0);
  return {
    reason: msg('table.ambiguous', { text: JSON.stringify(text.trim()), value: shown(value), other: shown(other) }),
    hints: [msg('table.ambiguous_hint', { value: shown(value), other: shown(other) })],
  };
}

function checkNumber(col: LeafColumn, raw: Exclude<GridCell, null>): CellCheck {
  if (typeof raw === 'object' && 'problem' in raw) return { problem: { reason: raw.problem, hints: raw.hints } };
  let value: Exact;
  let warning: Problem | undefined;
  if (typeof raw === 'string') {
    const read = parseNumberText(raw, col.type as Exclude<LeafColumn['type'], 'text'>);
    if (read.kind === 'invalid') return { problem: { reason: read.reason, hints: read.hints } };
    if (read.kind === 'blank') return { value: null };
    value = read.value;
    if (read.other) {
      // "1,234" in a count: not a whole number as written, but it may be one thousand and more
      const range = rangeProblem(col, value);
      if (range && !rangeProblem(col, read.other)) return { problem: { ...range, hints: [...range.hints, msg('table.if_it_means', { other: formatNumber(read.other), plain: read.other.toString() })] } };
      warning = ambiguity(raw, read.value, read.other);
    }
  } else if (raw.percent) {
    if (col.type !== 'percent')
      return { problem: { reason: msg('table.percent_cell', { shown: formatNumber(raw.number) }), hints: [msg('table.percent_cell_hint')] } };
    value = raw.number;
  } else value = raw.number;
  const range = rangeProblem(col, value);
  return range ? { problem: range } : { value, ...(warning ? { warning } : {}) };
}

/** Checks one typed cell against its column: the value, a warning, or the problem in words. */
export function checkCell(col: LeafColumn, raw: GridCell): CellCheck {
  if (col.type === 'text') {
    if (raw === null) return { value: null };
    if (typeof raw === 'string') return raw.trim() === '' ? { value: null } : { value: raw.trim() };
    if ('problem' in raw) return { problem: { reason: raw.problem, hints: raw.hints } };
    return { value: raw.number.toString() };
  }
  const checked = raw === null ? { value: null } : checkNumber(col, raw);
  if ('value' in checked && checked.value === null && !allows(col, 'blank'))
    return { problem: { reason: msg('table.cell_empty'), hints: [msg('table.cell_empty_hint')] } };
  return checked;
}
