// Stage: plan. Looks inside the zod schema by path, for messages: which keys a mapping allows
// (for "did you mean …?") and the Vietnamese description of a field.
import type { z } from 'zod';

type AnySchema = z.ZodType;
type Def = { type: string; [k: string]: unknown };

const defOf = (s: AnySchema): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The schemas a value at this level may be checked against, wrappers removed. */
function unwrap(s: AnySchema): AnySchema[] {
  const def = defOf(s);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return unwrap(def.innerType as AnySchema);
    case 'pipe':
      return unwrap(def.in as AnySchema);
    case 'lazy':
      return unwrap((def.getter as () => AnySchema)());
    case 'union':
      return (def.options as AnySchema[]).flatMap(unwrap);
    default:
      return [s];
  }
}

function child(s: AnySchema, segment: PropertyKey): AnySchema[] {
  return unwrap(s).flatMap((u) => {
    const def = defOf(u);
    if (def.type === 'object' && typeof segment === 'string') {
      // own keys only: a plan's key named "constructor" is no field of the schema
      const shape = def.shape as Record<string, AnySchema>;
      return Object.hasOwn(shape, segment) ? [shape[segment]!] : [];
    }
    if (def.type === 'array' && typeof segment === 'number') return [def.element as AnySchema];
    if (def.type === 'record' && typeof segment === 'string') return [def.valueType as AnySchema];
    return [];
  });
}

/** Every schema that may apply at `path` (several where unions meet). */
export function schemasAt(root: AnySchema, path: readonly PropertyKey[]): AnySchema[] {
  let current: AnySchema[] = [root];
  for (const segment of path) current = current.flatMap((s) => child(s, segment));
  return current;
}

/** Keys allowed in the mapping at `path`. */
export function keysAt(root: AnySchema, path: readonly PropertyKey[]): string[] {
  const keys = new Set<string>();
  for (const s of schemasAt(root, path))
    for (const u of unwrap(s)) {
      const def = defOf(u);
      if (def.type === 'object') Object.keys(def.shape as object).forEach((k) => keys.add(k));
    }
  return [...keys];
}

/** The key order of each mapping form allowed at `path` (one list per branch of a union). */
export function keyOrdersAt(root: AnySchema, path: readonly PropertyKey[]): string[][] {
  const out: string[][] = [];
  for (const s of schemasAt(root, path))
    for (const u of unwrap(s)) {
      const def = defOf(u);
      if (def.type === 'object') out.push(Object.keys(def.shape as object));
    }
  return out;
}

/** The first description found on the field at `path`, outer wrappers first. */
export function describeAt(root: AnySchema, path: readonly PropertyKey[]): string | undefined {
  for (let s of schemasAt(root, path)) {
    for (;;) {
      if (s.description) return s.description;
      const def = defOf(s);
      const inner = (def.innerType ?? def.in) as AnySchema | undefined;
      if (!inner) break;
      s = inner;
    }
  }
  return undefined;
}
