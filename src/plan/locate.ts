// Stage: plan. A path inside the plan → file:line:column of the YAML node it names
// (dropping trailing segments until a node is found), and paths printed as a.b[2].c.
import { isMap, isScalar, type Node } from 'yaml';
import type { Where } from '../diag/index.js';
import type { PlanSource } from './load.js';

export function toDotPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : `${out ? '.' : ''}${String(seg)}`;
  return out || '(plan)';
}

/** The segments of a path printed by toDotPath: "sections[2].body[1].table" → ['sections', 2, 'body', 1, 'table']. */
export function fromDotPath(dotted: string): (string | number)[] {
  return [...dotted.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

/** Position of the value at `path`; with `key`, of that key inside the mapping at `path`. */
export function locate(source: PlanSource, path: readonly PropertyKey[], key?: string): Where {
  const where = (offset: number): Where => {
    const p = source.lineCounter.linePos(offset);
    return { file: source.file, line: p.line, column: p.col, path: toDotPath(key ? [...path, key] : path) };
  };
  for (let n = path.length; n >= 0; n--) {
    const node = source.doc.getIn(path.slice(0, n), true) as Node | undefined;
    if (!node || typeof node !== 'object' || !('range' in node) || !node.range) continue;
    if (n === path.length && key !== undefined && isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
      const range = (pair?.key as Node | undefined)?.range;
      if (range) return where(range[0]);
    }
    return where(node.range[0]);
  }
  return where(0);
}

/** Position of the key that holds the value at `path` (for "missing field" under a mapping). */
export function locateKey(source: PlanSource, path: readonly PropertyKey[]): Where {
  const last = path[path.length - 1];
  if (typeof last === 'string') return locate(source, path.slice(0, -1), last);
  return locate(source, path);
}

/**
 * The text a plain (unquoted) scalar at exactly `path` was written as: "10.000" where YAML read
 * the number 10, "1234567890123456789" where it read a rounded double. Null for anything else.
 */
export function plainSource(source: PlanSource, path: readonly PropertyKey[]): string | null {
  return plainScalarSource(source.doc.getIn(path, true));
}

/** The text a YAML node was written as, when it is a plain (unquoted) scalar; null for anything else. */
export function plainScalarSource(node: unknown): string | null {
  return isScalar(node) && node.type === 'PLAIN' && typeof node.source === 'string' ? node.source : null;
}
