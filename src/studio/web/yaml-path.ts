// Studio page: where in the plan's structure a position is (issuer.name, sections[2].title …),
// read from CodeMirror's YAML syntax tree, which tolerates half-typed text.
import { parser } from '@lezer/yaml';
import type { SyntaxNode, Tree } from '@lezer/common';

export type Segment = string | number;

export const unquote = (s: string): string => {
  const t = s.trim();
  if (t.length >= 2 && (t[0] === '"' || t[0] === "'") && t.at(-1) === t[0]) return t.slice(1, -1);
  return t;
};

/** The path of the value that `node` is, or is inside of, from the document's root. */
export function pathOf(node: SyntaxNode | null, text: string): Segment[] {
  const path: Segment[] = [];
  for (let n = node; n; n = n.parent) {
    if (n.name === 'Pair') {
      const key = n.getChild('Key');
      if (key) path.push(unquote(text.slice(key.from, key.to)));
    } else if (n.name === 'Item' && n.parent && /Sequence$/.test(n.parent.name)) {
      let i = 0;
      for (let s = n.prevSibling; s; s = s.prevSibling) if (s.name === 'Item') i++;
      path.push(i);
    }
  }
  return path.reverse();
}

/** Keys already written in the mapping that holds `node` (a Pair or Key inside it). */
export function siblingKeys(mapping: SyntaxNode | null, text: string): string[] {
  if (!mapping) return [];
  const keys: string[] = [];
  for (let c = mapping.firstChild; c; c = c.nextSibling) {
    const key = c.name === 'Pair' ? c.getChild('Key') : null;
    if (key) keys.push(unquote(text.slice(key.from, key.to)));
  }
  return keys;
}

export interface Place {
  /** Where a key is being typed: the mapping's path; where a value is: the path of that value. */
  path: Segment[];
  role: 'key' | 'value';
  /** Keys already present in the mapping (role 'key'). */
  present: string[];
}

const SENTINEL = 'zzkhkey';

/**
 * What is being typed at `from`..`to` (the word under the cursor): a key of a mapping or a value.
 * The word is replaced by a placeholder key or value and the text parsed again, so that an empty
 * line or a half-written entry still has a place in the tree.
 */
export function placeAt(text: string, from: number, to: number): Place | null {
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  const before = text.slice(lineStart, from);
  if (/#/.test(before.replace(/"[^"]*"|'[^']*'/g, ''))) return null; // inside a comment
  const keyContext = /^\s*(?:-\s+)*$/.test(before) || /[{,]\s*$/.test(before);
  const valueContext = /:\s+$/.test(before);
  if (!keyContext && !valueContext) return null;
  const role = keyContext ? 'key' : 'value';
  const patched = text.slice(0, from) + (role === 'key' ? `${SENTINEL}: x` : SENTINEL) + text.slice(to);
  const tree: Tree = parser.parse(patched);
  const node = tree.resolveInner(from + 1, 1);
  if (role === 'key') {
    const pair = ancestor(node, 'Pair');
    if (!pair) return null;
    return { path: pathOf(pair.parent, patched), role, present: siblingKeys(pair.parent, patched).filter((k) => k !== SENTINEL) };
  }
  return { path: pathOf(node, patched), role, present: [] };
}

export function ancestor(node: SyntaxNode | null, name: string): SyntaxNode | null {
  for (let n = node; n; n = n.parent) if (n.name === name) return n;
  return null;
}
