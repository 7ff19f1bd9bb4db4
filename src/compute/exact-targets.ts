// Stage: compute. The plan's targets as exact values, read from the text typed in the plan
// (95.505 is 95,505, not the nearest double; 1234567890123456 keeps every digit), held to the
// size tables print exactly; "10.000" for a count warns, since YAML reads it as ten.
import { diagnostic, type Diagnostic } from '../diag/index.js';
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
      diagnostics.push(diagnostic('invalid_value', { path: `targets.${id}.value`, reason: `${describeNumber(value)} is more than the ${MAX_INTEGER_DIGITS} digits before the decimal mark a plan prints exactly` }, where));
      continue;
    }
    const text = plainSource(source, path);
    if (t.unit !== '%' && text !== null && /^[1-9]\d{0,2}\.\d{3}$/.test(text)) {
      const thousands = text.replace('.', '');
      diagnostics.push(
        diagnostic('ambiguous_number', { where: `targets.${id}.value`, reason: `${text} is read as ${describeNumber(value)} (YAML's decimal point), but it could also mean ${thousands}` }, where, {
          severity: 'warning',
          hints: [`to say which, write ${thousands} or ${value.toString()}`],
        }),
      );
    }
    values.set(id, value);
  }
  return { values, diagnostics };
}
