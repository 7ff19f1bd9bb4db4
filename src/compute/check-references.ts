// Stage: compute. Every {id} in the plan's text must name a target of the plan; also the
// section nesting must stay within the four numbered levels (I., 1., 1.1., a)).
import { diagnostic, type Diagnostic } from '../diag/index.js';
import type { PlanSource } from '../plan/load.js';
import { locate } from '../plan/locate.js';
import type { Plan, Section } from '../plan/types.js';
import { didYouMean } from '../util/did-you-mean.js';

/** `{id}` but not `{{…}}`: the reference form plan text uses for targets. */
export const REFERENCE = /(?<!\{)\{([a-z][a-z0-9-]*)\}(?!\})/g;

export const MAX_SECTION_DEPTH = 4;

function* strings(value: unknown, path: PropertyKey[]): Generator<[string, PropertyKey[]]> {
  if (typeof value === 'string') yield [value, path];
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* strings(value[i], [...path, i]);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k]);
}

export function checkReferences(plan: Plan, source: PlanSource): Diagnostic[] {
  const ids = Object.keys(plan.targets);
  const out: Diagnostic[] = [];
  for (const [text, path] of strings(source.data, [])) {
    if (path[0] === 'targets' || path[0] === 'appendices') continue;
    for (const m of text.matchAll(REFERENCE)) {
      if (ids.includes(m[1]!)) continue;
      const suggestion = didYouMean(m[1]!, ids);
      const hints = suggestion ? [`did you mean {${suggestion}}?`] : ids.length ? [`targets: ${ids.map((i) => `{${i}}`).join(', ')}`] : ['declare it under targets:'];
      out.push(diagnostic('unknown_reference', { ref: `{${m[1]}}`, kind: 'target' }, locate(source, path), { hints }));
    }
  }
  return out;
}

export function checkDepth(sections: Section[], source: PlanSource, path: PropertyKey[] = ['sections'], depth = 1): Diagnostic[] {
  return sections.flatMap((s, i) => {
    const here = [...path, i];
    if (depth > MAX_SECTION_DEPTH)
      return [diagnostic('invalid_value', { path: 'sections', reason: `sections nest at most ${MAX_SECTION_DEPTH} levels deep (I., 1., 1.1., a)); use items for deeper points` }, locate(source, here))];
    return checkDepth(s.sections, source, [...here, 'sections'], depth + 1);
  });
}
