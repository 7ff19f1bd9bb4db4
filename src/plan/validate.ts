// Stage: plan. PlanSource → Plan: the zod schema checks everything at once; each issue becomes a
// diagnostic at the YAML node it concerns.
import type { z } from 'zod';
import { diagnostic, type Diagnostic, type Result } from '../diag/index.js';
import { didYouMean } from '../util/did-you-mean.js';
import type { PlanSource } from './load.js';
import { locate, toDotPath } from './locate.js';
import { planSchema, type Plan } from './schema/plan-schema.js';
import { describeAt, keysAt } from './schema-walk.js';

type Issue = z.core.$ZodIssue;

export function validatePlan(source: PlanSource): Result<Plan | null> {
  const parsed = planSchema.safeParse(source.data, { reportInput: true });
  // zod passes over a key named __proto__ where any key is allowed (targets): never a valid key
  const proto = protoKeys(source.data).map((path) => unknownKey(source, path, '__proto__'));
  if (parsed.success && proto.length === 0) return { value: parsed.data, diagnostics: [] };
  const diagnostics = parsed.success ? [] : parsed.error.issues.flatMap((issue) => issueToDiagnostics(source, issue, []));
  return { value: null, diagnostics: dedupe(withoutMisspeltFields([...proto, ...diagnostics])) };
}

/** Paths of the mappings that have a key named __proto__ (the YAML library keeps it as an own key). */
function protoKeys(data: unknown, path: PropertyKey[] = [], out: PropertyKey[][] = []): PropertyKey[][] {
  if (Array.isArray(data)) data.forEach((v, i) => protoKeys(v, [...path, i], out));
  else if (data && typeof data === 'object') {
    if (Object.hasOwn(data, '__proto__')) out.push(path);
    for (const [k, v] of Object.entries(data)) if (k !== '__proto__') protoKeys(v, [...path, k], out);
  }
  return out;
}

function issueToDiagnostics(source: PlanSource, issue: Issue, prefix: PropertyKey[]): Diagnostic[] {
  const path = [...prefix, ...issue.path];
  const dotted = toDotPath(path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => unknownKey(source, path, key));
    case 'invalid_union':
      return bestBranch(issue.errors).flatMap((i) => issueToDiagnostics(source, i, path));
    case 'invalid_type': {
      if (issue.input === undefined) {
        const label = describeAt(planSchema, path);
        const key = String(path[path.length - 1] ?? '');
        return [diagnostic('missing_field', { key, label: shortLabel(label) }, { ...locate(source, path.slice(0, -1)), path: dotted })];
      }
      const expected = expectedName(issue.expected);
      const textAsKey = expected.startsWith('text') && kindOf(issue.input) === 'a mapping';
      const hints = textAsKey ? ['text containing ": " or ending with ":" reads as a key: put the whole text in double quotes'] : [];
      return [diagnostic('wrong_type', { path: dotted, expected, found: kindOf(issue.input) }, locate(source, path), { hints })];
    }
    case 'custom': {
      const params = (issue as { params?: { date?: boolean; missing?: string; hint?: string } }).params;
      if (params?.missing) {
        const label = describeAt(planSchema, path);
        return [diagnostic('missing_field', { key: params.missing, label: shortLabel(label) }, { ...locate(source, path.slice(0, -1)), path: dotted }, { hints: params.hint ? [params.hint] : [] })];
      }
      const code = params?.date ? 'invalid_date' : 'invalid_value';
      return [diagnostic(code, { path: dotted, reason: issue.message }, locate(source, path))];
    }
    case 'invalid_value':
      return [
        diagnostic('invalid_value', { path: dotted, reason: `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` }, locate(source, path)),
      ];
    default:
      return [diagnostic('invalid_value', { path: dotted, reason: issue.message }, locate(source, path))];
  }
}

function unknownKey(source: PlanSource, path: PropertyKey[], key: string): Diagnostic {
  const known = keysAt(planSchema, path);
  const suggestion = didYouMean(key, known);
  const where = path.length ? toDotPath(path) : undefined;
  const hints = /\s/.test(key)
    ? ['inside { … } or [ … ] a comma separates entries: put text that contains commas in double quotes']
    : suggestion
    ? [`did you mean '${suggestion}'?`]
    : known.length
      ? [`allowed keys here: ${known.join(', ')}`]
      : [];
  return diagnostic('unknown_key', { key, where }, locate(source, path, key), { hints });
}

/** Of a union's branches, the one that got furthest: fewest root-level type errors, then fewest issues. */
function bestBranch(branches: Issue[][]): Issue[] {
  const score = (b: Issue[]) => {
    const rootMismatch = b.some((i) => i.path.length === 0 && i.code === 'invalid_type') ? 1 : 0;
    return rootMismatch * 1000 + b.length;
  };
  const sorted = [...branches].sort((a, b) => score(a) - score(b));
  const best = sorted[0] ?? [];
  // Every branch rejected the value's very type: say what would have been accepted.
  if (best.length === 1 && best[0]!.code === 'invalid_type' && best[0]!.path.length === 0) {
    const expected = [...new Set(branches.flatMap((b) => b.filter((i) => i.code === 'invalid_type').map((i) => expectedName((i as { expected: string }).expected))))];
    return [{ ...best[0]!, expected: expected.join(' or ') } as Issue];
  }
  return best;
}

const expectedName = (e: string): string =>
  ({ string: 'text', number: 'a number', object: 'a mapping (key: value)', array: 'a list', boolean: 'true or false', int: 'a whole number' })[e] ?? e;

function kindOf(v: unknown): string {
  if (v === null) return 'nothing (null)';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  return `${typeof v === 'number' ? 'the number' : typeof v} ${String(v)}`;
}

const shortLabel = (label: string | undefined): string | undefined => label?.split(/[;,(]/)[0]?.trim();

/** "unknown key 'titel' (did you mean 'title'?)" already says that 'title' is missing. */
function withoutMisspeltFields(ds: Diagnostic[]): Diagnostic[] {
  const suggested = new Set(
    ds.flatMap((d) => {
      const m = d.code === 'unknown_key' ? /^did you mean '(.+)'\?$/.exec(d.hints[0] ?? '') : null;
      if (!m || !d.path) return [];
      const parent = d.path.slice(0, Math.max(0, d.path.lastIndexOf('.')));
      return [parent ? `${parent}.${m[1]}` : m[1]!];
    }),
  );
  return ds.filter((d) => !(d.code === 'missing_field' && d.path && suggested.has(d.path)));
}

function dedupe(ds: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return ds.filter((d) => {
    const k = `${d.line}:${d.column}:${d.message}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}
