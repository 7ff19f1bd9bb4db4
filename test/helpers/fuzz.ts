// Arbitraries and checks for fuzzing the whole pipeline: random YAML trees and random mutations
// of the shipped plans must end in a document or in diagnostics, never in a crash.
import fc from 'fast-check';
import { stringify } from 'yaml';
import { DiagnosticError, formatDiagnostic, LANGS } from '../../src/diag/index.js';
import { parsePlanText } from '../../src/plan/load.js';
import { buildFromSource, renderFormat } from '../../src/pipeline.js';
import { wellFormedDocx } from './docx.js';

const KEYS = ['issuer', 'name', 'shortName', 'symbol', 'parent', 'number', 'place', 'date', 'title', 'legalBases', 'items', 'kind', 'intro', 'targets', 'value', 'unit', 'sections', 'body', 'item', 'when', 'task', 'duties', 'lead', 'cooperating', 'closing', 'signature', 'recipients', 'to', 'purpose', 'archive', 'appendices', 'id', 'columns', 'key', 'header', 'type', 'formula', 'rows', 'total', 'label', 'group', 'each', '__proto__', 'constructor'];

const nasty = fc.constantFrom('**', '*', '{{title}}', '{bao-phu}', '{year-1}', '\\', '|', '::end', '#1 ', '- ', '[Issuer] ', '<b>&amp;', '\u0000', '\u202e', 'ỦY BAN', 'năm 20230', 'a - b', '1/0', '\n\n', '\t', '😀', 'e\u0301');
const text = fc.oneof(fc.string({ maxLength: 30 }), nasty, fc.array(nasty, { maxLength: 4 }).map((a) => a.join('')));
const scalar = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom('2026-02-30', '2026', 'KT.', 'text', 'integer', 'percent'));

/** Plan-shaped random trees: known keys mixed with random ones, a few levels deep. */
export const yamlTree = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('node'), { maxLength: 4 }),
  map: fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })), tie('node'), { maxKeys: 6 }),
})).map;

type Json = unknown;

function paths(value: Json, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [path, ...value.flatMap((v, i) => paths(v, [...path, i]))];
  if (value && typeof value === 'object') return [path, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...path, k]))];
  return [path];
}

function setAt(root: Json, path: (string | number)[], make: (old: Json) => Json | undefined): Json {
  if (path.length === 0) return make(root);
  const [head, ...rest] = path;
  const copy = (Array.isArray(root) ? [...root] : { ...(root as object) }) as Record<string | number, Json>;
  const next = setAt(copy[head!], rest, make);
  if (next === undefined) Array.isArray(copy) ? (copy as Json[]).splice(head as number, 1) : delete copy[head!];
  else copy[head!] = next;
  return copy;
}

const mutation = fc.oneof(
  fc.constant((_: Json) => undefined), // delete
  scalar.map((v) => (_: Json) => v), // replace with a scalar of any type
  yamlTree.map((v) => (_: Json) => v), // replace with a random tree
  nasty.map((n) => (old: Json) => (typeof old === 'string' ? `${old}${n}` : old)), // dirty text
  fc.constantFrom(-1, 0, 0.5, 1e308, -0).map((n) => (old: Json) => (typeof old === 'number' ? n : old)), // odd numbers
  fc.constant((old: Json) => (Array.isArray(old) ? [...old, ...old] : old)), // duplicate list items
  fc.constant((old: Json) => (Array.isArray(old) ? [] : old)), // empty a list
);

/** A plan's data with 1–3 random mutations at random places. */
export const mutated = (plan: Json) =>
  fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 3 }).map((ms) =>
    ms.reduce((acc, [pick, change]) => {
      const all = paths(acc);
      return setAt(acc, all[pick % all.length]!, change) ?? acc;
    }, plan),
  );

/** Builds a plan from YAML text; rendering too when it builds. Throws only on a crash. */
export async function survives(yamlText: string, formats: ('docx' | 'pdf')[] = []): Promise<'document' | 'diagnostics'> {
  try {
    const { document } = await buildFromSource(parsePlanText('fuzz.yaml', yamlText));
    for (const f of formats) {
      const { bytes } = await renderFormat(document, f);
      if (f === 'docx') wellFormedDocx(bytes, 'fuzz.docx');
    }
    return 'document';
  } catch (e) {
    if (e instanceof DiagnosticError) {
      // every message, in both languages, says something and never shows a missing value
      for (const d of e.diagnostics)
        for (const text of LANGS.map((l) => formatDiagnostic(d, l))) if (/: $|undefined|\[object Object\]/m.test(text)) throw new Error(`bad message: ${text}`);
      return 'diagnostics';
    }
    throw e;
  }
}

export const toYaml = (data: Json): string => stringify(data, { aliasDuplicateObjects: false });
