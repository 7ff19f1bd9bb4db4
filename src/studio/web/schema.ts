// Studio page: the plan's JSON Schema (generated from the project's zod schema, as
// plans/plan.schema.json) walked along a path, for completion and hover help. Help only: the
// plan is checked by the server, with the project's own validation.
import type { Segment } from './yaml-path.js';

export interface JsonSchema {
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  required?: string[];
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
}

export class SchemaHelp {
  constructor(private readonly root: JsonSchema) {}

  /** The concrete alternatives a schema stands for ($ref followed, anyOf/oneOf/allOf spread). */
  expand(s: JsonSchema | undefined, depth = 0): JsonSchema[] {
    if (!s || depth > 20) return [];
    if (s.$ref) {
      const name = /^#\/\$defs\/(.+)$/.exec(s.$ref)?.[1];
      const target = name === undefined ? (s.$ref === '#' ? this.root : undefined) : this.root.$defs?.[name];
      return this.expand(target, depth + 1).map((t) => (s.description && !t.description ? { ...t, description: s.description } : t));
    }
    const alts = [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])];
    if (alts.length === 0) return [s];
    const own = { ...s, anyOf: undefined, oneOf: undefined, allOf: undefined };
    return [own, ...alts.flatMap((a) => this.expand(a, depth + 1).map((t) => (s.description && !t.description ? { ...t, description: s.description } : t)))];
  }

  /** The schemas a value at `path` may follow. */
  at(path: readonly Segment[]): JsonSchema[] {
    let current = this.expand(this.root);
    for (const seg of path) {
      current = current.flatMap((s): JsonSchema[] => {
        if (typeof seg === 'number') return this.expand(s.prefixItems?.[seg] ?? s.items);
        const prop = s.properties?.[seg];
        if (prop) return this.expand(prop);
        return typeof s.additionalProperties === 'object' ? this.expand(s.additionalProperties) : [];
      });
      if (current.length === 0) return [];
    }
    return current;
  }

  /** The first description found for the value at `path`. */
  describe(path: readonly Segment[]): string | undefined {
    return this.at(path).find((s) => s.description)?.description;
  }

  /** The keys a mapping at `path` may have, in the schema's order, with their help. */
  keys(path: readonly Segment[]): { key: string; description?: string; required: boolean }[] {
    const seen = new Map<string, { key: string; description?: string; required: boolean }>();
    for (const s of this.at(path))
      for (const [key, prop] of Object.entries(s.properties ?? {})) {
        const had = seen.get(key);
        const description = had?.description ?? prop.description ?? this.expand(prop).find((x) => x.description)?.description;
        seen.set(key, { key, description, required: (had?.required ?? false) || (s.required ?? []).includes(key) });
      }
    return [...seen.values()];
  }

  /** Values the schema names for `path` (enums, constants, true/false, null). */
  values(path: readonly Segment[]): string[] {
    const out = new Set<string>();
    for (const s of this.at(path)) {
      for (const v of s.enum ?? []) out.add(String(v));
      if (s.const !== undefined) out.add(String(s.const));
      const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
      if (types.includes('boolean')) ['true', 'false'].forEach((v) => out.add(v));
      if (types.includes('null')) out.add('null');
    }
    return [...out];
  }

  /** Whether the value at `path` is a mapping (so an entry of a list there is written as keys). */
  isMapping(path: readonly Segment[]): boolean {
    return this.at(path).some((s) => s.type === 'object' || s.properties !== undefined);
  }
}
