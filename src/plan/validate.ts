// Stage: plan. PlanSource → Plan: the zod schema checks everything at once; each issue becomes a
// diagnostic at the YAML node it concerns, with the field's Vietnamese name and description
// (from the schema) among its values. Issues carry keys of the catalogue, never zod's wording.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { z } from 'zod';
import { diagnostic, identity, isTextKey, msg, type Data, type Diagnostic, type Msg, type Result } from '../diag/index.js';
import { didYouMean } from '../util/did-you-mean.js';
import type { PlanSource } from './load.js';
import { locate, toDotPath } from './locate.js';
import { planSchema, type Plan } from './schema/plan-schema.js';
import { keysAt } from './schema-walk.js';
import { fieldAt } from './field-words.js';
import { checkLabels } from './check-labels.js';
import { checkCommaSplits } from './check-commas.js';

type Issue = z.core.$ZodIssue;

export function validatePlan(source: PlanSource): Result<Plan | null> {
  const parsed = planSchema.safeParse(source.data, { reportInput: true });
  // zod passes over a key named __proto__ where any key is allowed (targets): never a valid key
  const proto = protoKeys(source.data).map((path) => unknownKey(source, path, '__proto__'));
  const warnings = checkCommaSplits(source);
  if (parsed.success && proto.length === 0) {
    const labels = checkLabels(parsed.data, source);
    return { value: labels.some((d) => d.severity === 'error') ? null : parsed.data, diagnostics: [...labels, ...warnings] };
  }
  const diagnostics = parsed.success ? [] : parsed.error.issues.flatMap((issue) => issueToDiagnostics(source, issue, []));
  return { value: null, diagnostics: [...dedupe(withoutMisreadFields([...proto, ...diagnostics])), ...warnings] };
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

/** A message of the catalogue, if zod carries one of our keys. */
const keyed = (message: string | undefined, data?: Data): Msg | null => (message && isTextKey(message) ? msg(message, data) : null);

function sizeReason(issue: Issue & { code: 'too_small' | 'too_big' }): Msg {
  const small = issue.code === 'too_small';
  const limit = Number(small ? (issue as { minimum: unknown }).minimum : (issue as { maximum: unknown }).maximum);
  const strict = (issue as { inclusive?: boolean }).inclusive === false;
  if (issue.origin === 'array' || issue.origin === 'set') return small ? (limit <= 1 ? msg('zod.list_empty') : msg('zod.list_too_short', { limit })) : msg('zod.list_too_long', { limit });
  if (issue.origin === 'string') return msg('plan.text_empty');
  if (small) return strict && limit === 0 ? msg('zod.number_positive') : msg('zod.number_too_small', { limit });
  return msg('zod.number_too_big', { limit });
}

function issueToDiagnostics(source: PlanSource, issue: Issue, prefix: PropertyKey[]): Diagnostic[] {
  const path = [...prefix, ...issue.path];
  const field = fieldAt(path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => unknownKey(source, path, key));
    case 'invalid_union':
      return bestBranch(issue.errors).flatMap((i) => issueToDiagnostics(source, i, path));
    case 'invalid_type': {
      if (issue.input === undefined) return [missingField(source, path, String(path[path.length - 1] ?? ''))];
      return [wrongType(source, path, field, issue.expected, issue.input)];
    }
    case 'custom': {
      const params = (issue.params ?? {}) as { data?: Data; missing?: string; hint?: string; date?: boolean };
      if (params.missing) return [missingField(source, [...path.slice(0, -1), params.missing], params.missing, keyed(params.hint))];
      const reason = keyed(issue.message, params.data) ?? msg('zod.invalid', { detail: issue.message });
      return [diagnostic(params.date ? 'invalid_date' : 'invalid_value', { ...field, reason }, locate(source, path))];
    }
    case 'invalid_value': {
      // a schema may name a hint for the value typed (its error is then one of our keys)
      const hint = keyed(issue.message);
      return [diagnostic('invalid_value', { ...field, reason: msg('zod.one_of', { values: issue.values.map((v) => JSON.stringify(v)).join(', ') }) }, locate(source, path), hint ? { hints: [hint] } : undefined)];
    }
    case 'too_small':
    case 'too_big':
      return [diagnostic('invalid_value', { ...field, reason: keyed(issue.message) ?? sizeReason(issue) }, locate(source, path))];
    case 'invalid_key': {
      const inner = issue.issues[0];
      const reason = msg('zod.bad_key', { key: String(path[path.length - 1]), reason: keyed(inner?.message) ?? msg('zod.format') });
      return [diagnostic('invalid_value', { ...fieldAt(path.slice(0, -1)), path: toDotPath(path), reason }, locate(source, path))];
    }
    default:
      return [diagnostic('invalid_value', { ...field, reason: keyed(issue.message) ?? msg('zod.format') }, locate(source, path))];
  }
}

function missingField(source: PlanSource, path: PropertyKey[], key: string, hint?: Msg | null): Diagnostic {
  const { label, help } = fieldAt(path);
  return diagnostic('missing_field', { key, label, help }, { ...locate(source, path.slice(0, -1)), path: toDotPath(path) }, { hints: hint ? [hint] : [] });
}

/** The kind of value found, as a sentence of the catalogue. */
function foundOf(v: unknown): Msg {
  if (v === null) return msg('found.empty');
  if (Array.isArray(v)) return msg('found.list');
  if (typeof v === 'object') return msg('found.mapping');
  if (typeof v === 'string') return msg('found.text', { text: JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v) });
  if (typeof v === 'number') return msg('found.number', { number: String(v) });
  return msg('found.other', { value: String(v) });
}

function wrongType(source: PlanSource, path: PropertyKey[], field: Data, expected: string, input: unknown): Diagnostic {
  const where = locate(source, path);
  const hints: Msg[] = [];
  // "title: Kế hoạch: …" on lines below, or "title: #1 …" (a comment): the text is not what YAML read
  if (/\bstring\b/.test(expected) && input !== null && typeof input === 'object' && !Array.isArray(input)) hints.push(msg('hint.colon_reads_as_key'));
  if (input === null && /:\s+#/.test(source.text.split(/\r?\n/)[(where.line ?? 1) - 1] ?? '')) hints.push(msg('hint.hash_comment'));
  // "number: số 630/KH-UBND" pasted from last year: "Số:" and the symbol are printed by the tool
  const typedNumber = path.length === 1 && path[0] === 'number' && typeof input === 'string' ? /(\d+)\s*(?:\/\s*([^\s]+))?/.exec(input) : null;
  if (typedNumber) hints.push(msg(typedNumber[2] ? 'hint.number_with_symbol' : 'hint.number_only', { number: Number(typedNumber[1]), symbol: typedNumber[2] }));
  return diagnostic('wrong_type', { ...field, expected, found: foundOf(input) }, where, { hints });
}

/** `- Tổng kinh phí: 150.000.000 đồng.`: text whose ": " made YAML read a key; the whole line meant as text. */
function textReadAsKey(source: PlanSource, path: PropertyKey[], key: string): Diagnostic | null {
  // only an entry of a list ("- Tổng kinh phí: …") is text meant whole; elsewhere a key is a key
  if (/^[A-Za-z_][\w-]*$/.test(key) || typeof path[path.length - 1] !== 'number') return null;
  const map = source.doc.getIn(path, true) as Node | undefined;
  if (!isMap(map) || map.flow) return null;
  const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  const value = pair?.value;
  if (value !== null && value !== undefined && !isScalar(value)) return null;
  // one line of text: not an empty key ("": …) nor a value over several lines (a block |, > or "…\n…")
  if (key.trim() === '' || (isScalar(value) && /\n/.test(String(value.source ?? value.value ?? '')))) return null;
  const text = `${key}:${isScalar(value) && value.value !== null ? ` ${String(value.source ?? value.value)}` : ''}`;
  const parent = source.doc.getIn(path.slice(0, -1), true);
  const lead = typeof path[path.length - 1] === 'number' && isSeq(parent) ? '- ' : `${String(path[path.length - 1] ?? '')}: `;
  const fixed = `${lead}"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  return diagnostic('needs_quotes', { reason: msg('quote.text_as_key', { key }), fixed }, locate(source, path, key));
}

function unknownKey(source: PlanSource, path: PropertyKey[], key: string): Diagnostic {
  const asText = textReadAsKey(source, path, key);
  if (asText) return asText;
  const known = keysAt(planSchema, path);
  const suggestion = didYouMean(key, known);
  const where = path.length ? toDotPath(path) : undefined;
  const hints = /\s/.test(key)
    ? [msg('hint.comma_in_flow')]
    : suggestion
      ? [msg('hint.did_you_mean', { name: suggestion })]
      : known.length
        ? [msg('hint.allowed_keys', { keys: known.join(', ') })]
        : [];
  return diagnostic('unknown_key', { key, path: where, label: path.length ? fieldAt(path).label : undefined }, locate(source, path, key), { hints });
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
    const expected = [...new Set(branches.flatMap((b) => b.filter((i) => i.code === 'invalid_type').flatMap((i) => (i as { expected: string }).expected.split('|'))))];
    return [{ ...best[0]!, expected: expected.join('|') } as Issue];
  }
  return best;
}

/**
 * Fields said missing where another diagnostic already explains them: "unknown key 'titel' (did
 * you mean 'title'?)" says 'title' is missing; text read as a key was never meant to have fields.
 */
function withoutMisreadFields(ds: Diagnostic[]): Diagnostic[] {
  const explained = new Set(
    ds.flatMap((d) => {
      if (!d.path) return [];
      const parent = d.path.slice(0, Math.max(0, d.path.lastIndexOf('.')));
      if (d.code === 'needs_quotes') return [`${parent}.*`];
      const hint = d.code === 'unknown_key' ? d.hints[0] : undefined;
      if (hint?.key !== 'hint.did_you_mean') return [];
      const name = String(hint.data?.name);
      return [parent ? `${parent}.${name}` : name];
    }),
  );
  return ds.filter((d) => !(d.code === 'missing_field' && d.path && (explained.has(d.path) || explained.has(`${d.path.slice(0, Math.max(0, d.path.lastIndexOf('.')))}.*`))));
}

function dedupe(ds: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return ds.filter((d) => {
    const k = `${d.line}:${d.column}:${identity(d)}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}
