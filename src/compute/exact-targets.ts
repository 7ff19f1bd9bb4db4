// Stage: compute. The plan's targets as exact values, read from the text typed in the plan
// (95.505 is 95,505, not the nearest double; 1234567890123456 keeps every digit), held to the
// size tables print exactly; "10.000" for a count warns, since YAML reads it as ten.
import { diagnostic, msg, type Diagnostic } from '../diag/index.js';
import { fieldAt } from '../plan/field-words.js';
import type { PlanSource } from '../plan/load.js';
import { locate, plainSource } from '../plan/locate.js';
import type { Targets } from '../plan/types.js';
import { Exact, ExactOverflow } from '../util/exact.js';
import { describeNumber } from '../util/vn-number.js';
import { MAX_INTEGER_DIGITS } from './table/check-cell.js';

/** The exact value of a number typed at `path` (YAML's double when the text is not plain decimal). */
export function typedNumber(source: PlanSource, path: PropertyKey[], parsed: number): Exact {
  const text = plainSource(source, path);
  try {
    return (text !== null ? Exact.parse(text) : null) ?? Exact.fromNumber(parsed);
  } catch (e) {
    if (!(e instanceof ExactOverflow)) throw e;
    return Exact.fromNumber(parsed);
  }
}

export function exactTargets(targets: Targets, source: PlanSource): { values: Map<string, Exact>; diagnostics: Diagnostic[] } {
  const values = new Map<string, Exact>();
  const diagnostics: Diagnostic[] = [];
  for (const [id, t] of Object.entries(targets)) {
    const path = ['targets', id, 'value'];
    const value = typedNumber(source, path, t.value);
    const where = locate(source, path);
    if (value.integerDigits() > MAX_INTEGER_DIGITS) {
      diagnostics.push(diagnostic('invalid_value', { ...fieldAt(path), reason: msg('target.too_many_digits', { number: describeNumber(value), max: MAX_INTEGER_DIGITS }) }, where));
      continue;
    }
    const text = plainSource(source, path);
    if (t.unit !== '%' && text !== null && /^[1-9]\d{0,2}\.\d{3}$/.test(text)) {
      const thousands = text.replace('.', '');
      diagnostics.push(
        diagnostic('ambiguous_number', { where: msg('where.target', { id }), reason: msg('target.ambiguous', { text, value: describeNumber(value), thousands }) }, where, {
          severity: 'warning',
          hints: [msg('target.ambiguous_hint', { thousands, plain: value.toString() })],
        }),
      );
    }
    values.set(id, value);
  }
  return { values, diagnostics };
}
