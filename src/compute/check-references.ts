// Stage: compute. Plan text refers to targets ({bao-phu}), appendices ({chi-tieu-thon}) and the
// plan's year ({year}, {year-1}, {year+1}); every reference must resolve. Also the section
// nesting must stay within the four numbered levels (I., 1., 1.1., a)).
import { diagnostic, msg, type Diagnostic, type Msg } from '../diag/index.js';
import type { PlanSource } from '../plan/load.js';
import { locate } from '../plan/locate.js';
import type { Plan, Section } from '../plan/types.js';
import { didYouMean } from '../util/did-you-mean.js';

/** `{name}` but not `{{…}}`: the reference form of plan text. */
export const REFERENCE = /(?<!\{)\{(year[+-]\d{1,2}|each\.[a-z][a-z0-9]*(?:-[a-z0-9]+)*|period\.(?:from|to)|[a-z][a-z0-9]*(?:-[a-z0-9]+)*)\}(?!\})/g;

export const MAX_SECTION_DEPTH = 4;

export type Resolved =
  | { kind: 'target'; id: string }
  | { kind: 'appendix'; index: number }
  | { kind: 'year'; year: number }
  | { kind: 'each'; column: string }
  | { kind: 'period'; part: 'whole' | 'from' | 'to' };

/** The year a `year`, `year-1` or `year+2` reference names, in a plan of `planYear`. */
const yearOf = (planYear: number, sign: string | undefined, n: string | undefined): number => planYear + (sign === '-' ? -1 : 1) * Number(n ?? 0);

/** Text with its {year}, {year-1} … written out (headers matched against data files, diff labels). */
export const writeYears = (text: string, planYear: number): string =>
  text.replace(/\{year(?:([+-])(\d{1,2}))?\}/g, (_, sign: string | undefined, n: string | undefined) => String(yearOf(planYear, sign, n)));

/** What a reference names, or null. ({each.column} is a cell of the unit's row, see --each.) */
export function resolveReference(name: string, plan: Plan): Resolved | null {
  if (name.startsWith('each.')) return { kind: 'each', column: name.slice(5) };
  const year = /^year(?:([+-])(\d{1,2}))?$/.exec(name);
  if (year) return { kind: 'year', year: yearOf(plan.date.year, year[1], year[2]) };
  if (plan.period && /^period(?:\.(?:from|to))?$/.test(name)) return { kind: 'period', part: name === 'period' ? 'whole' : (name.slice(7) as 'from' | 'to') };
  if (Object.hasOwn(plan.targets, name)) return { kind: 'target', id: name };
  const index = plan.appendices.findIndex((a) => a.id === name);
  return index >= 0 ? { kind: 'appendix', index } : null;
}

/** Keys whose values are names or formulas, not text to print. */
const NOT_TEXT = new Set(['formula', 'key', 'id', 'goal', 'file', 'sheet', 'from', 'symbol', 'appendixLabel']);

/**
 * Every string of the plan that is printed as text, with its path. An appendix's `rows` are
 * figures and names of places, not text that refers to anything: they are not walked (on an
 * appendix of 10 000 rows, walking them cost more than checking the rest of the plan).
 */
export function textStrings(data: unknown): readonly [string, readonly PropertyKey[]][] {
  const known = data && typeof data === 'object' ? walked.get(data) : undefined;
  if (known) return known; // the checks of one plan each ask
  const out: [string, PropertyKey[]][] = [];
  const path: PropertyKey[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (!NOT_TEXT.has(String(path[path.length - 1]))) out.push([value, [...path]]);
    } else if (Array.isArray(value))
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        walk(value[i]);
        path.pop();
      }
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) {
        if (k === 'rows') continue;
        path.push(k);
        walk(v);
        path.pop();
      }
  };
  walk(data);
  if (data && typeof data === 'object') walked.set(data, out);
  return out;
}
const walked = new WeakMap<object, [string, PropertyKey[]][]>();

/** The column keys of an appendix, as its rows carry them (groups repeated per value). */
export function columnKeys(appendix: { columns: Plan['appendices'][number]['columns'] }): string[] {
  return (appendix.columns ?? []).flatMap((c) => ('group' in c ? (c.each.length ? c.each : ['']).flatMap((e) => c.columns.map((k) => (e === '' ? k.key : `${k.key}-${e}`))) : [c.key]));
}

/**
 * The appendix whose rows are the units of a plan built per unit (the one whose columns every
 * {each.column} of the text names), or undefined when the text has no {each.…}. For commands
 * that read such a plan as a whole (diff-plan, new-plan).
 */
export function unitsAppendix(plan: Plan, data: unknown): string | undefined {
  const columns = new Set<string>();
  for (const [text] of textStrings(data)) for (const m of text.matchAll(REFERENCE)) if (m[1]!.startsWith('each.')) columns.add(m[1]!.slice(5));
  if (columns.size === 0) return undefined;
  return plan.appendices.find((a) => [...columns].every((c) => columnKeys(a).includes(c)))?.id;
}

/** `{each.column}` is only meaningful when the plan is built once per row of an appendix. */
function checkEach(column: string, plan: Plan, each: string | undefined): Msg | null {
  if (each === undefined) return msg('ref.each_needs_build', { column });
  const appendix = plan.appendices.find((a) => a.id === each);
  if (!appendix) return msg('ref.each_no_appendix', { each, ids: plan.appendices.map((a) => a.id).join(', ') });
  const keys = columnKeys(appendix);
  return keys.includes(column) ? null : msg('ref.each_no_column', { each, column, keys: keys.join(', ') });
}

export function checkReferences(plan: Plan, source: PlanSource, each?: string): Diagnostic[] {
  const names = [...Object.keys(plan.targets), ...plan.appendices.map((a) => a.id), 'year', ...(plan.period ? ['period', 'period.from', 'period.to'] : [])];
  const out: Diagnostic[] = [];
  for (const [text, path] of textStrings(source.data)) {
    for (const m of text.matchAll(REFERENCE)) {
      if (m[1]!.startsWith('each.')) {
        const problem = checkEach(m[1]!.slice(5), plan, each);
        if (problem) out.push(diagnostic('invalid_value', { path: `{${m[1]}}`, label: msg('ref.each_field'), key: `{${m[1]}}`, reason: problem }, locate(source, path)));
        continue;
      }
      if (resolveReference(m[1]!, plan) || (m[1] === 'each' && path.includes('columns'))) continue;
      if (m[1]!.startsWith('period') && !plan.period) {
        out.push(diagnostic('unknown_reference', { ref: `{${m[1]}}`, kind: msg('ref.target_or_appendix') }, locate(source, path), { hints: [msg('ref.period_hint')] }));
        continue;
      }
      const suggestion = didYouMean(m[1]!, names);
      const hints = suggestion ? [msg('ref.did_you_mean', { name: suggestion })] : [msg('ref.known', { names: names.map((i) => `{${i}}`).join(', ') })];
      out.push(diagnostic('unknown_reference', { ref: `{${m[1]}}`, kind: msg('ref.target_or_appendix') }, locate(source, path), { hints }));
    }
  }
  return out;
}

export function checkDepth(sections: Section[], source: PlanSource, path: PropertyKey[] = ['sections'], depth = 1): Diagnostic[] {
  return sections.flatMap((s, i) => {
    const here = [...path, i];
    if (depth > MAX_SECTION_DEPTH)
      return [diagnostic('invalid_value', { path: 'sections', key: 'sections', label: msg('plan.sections_label'), reason: msg('plan.sections_too_deep', { max: MAX_SECTION_DEPTH }) }, locate(source, here))];
    return checkDepth(s.sections, source, [...here, 'sections'], depth + 1);
  });
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
const romanToInt = (r: string): number =>
  [...r].reduce((n, c, i) => n + ((ROMAN_VALUES[c] ?? 0) < (ROMAN_VALUES[r[i + 1] ?? ''] ?? 0) ? -(ROMAN_VALUES[c] ?? 0) : (ROMAN_VALUES[c] ?? 0)), 0);

/** "Phụ lục 03", "phụ lục số 3", "Phụ lục II" typed in the text. */
const MENTION = /\bph[uụ] l[uụ]c(?: s[oố])? (\d{1,2}|[IVXL]{1,6})\b/giu;

/**
 * A plain-text mention of an appendix the plan does not declare ("theo Phụ lục số 03" in a plan
 * with two appendices) is a warning: the reader will look for it in vain.
 */
export function checkAppendixMentions(plan: Plan, source: PlanSource): Diagnostic[] {
  const out: Diagnostic[] = [];
  const count = plan.appendices.length;
  for (const [text, path] of textStrings(source.data)) {
    if (path[0] === 'legalBases') continue; // other documents' appendices
    for (const m of text.normalize('NFC').matchAll(MENTION)) {
      const n = /^\d/.test(m[1]!) ? Number(m[1]) : romanToInt(m[1]!.toUpperCase());
      if (n >= 1 && n <= count) continue;
      const ids = plan.appendices.map((a) => `{${a.id}}`).join(', ');
      out.push(
        diagnostic('undeclared_appendix', { mention: m[0], count }, locate(source, path), {
          severity: 'warning',
          hints: [count ? msg('appendix.declare_with_ids', { ids }) : msg('appendix.declare')],
        }),
      );
    }
  }
  return out;
}
