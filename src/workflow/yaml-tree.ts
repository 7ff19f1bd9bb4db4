// Stage: workflow. A plan's parsed YAML → a tree of its values with every comment attached to the
// entry it was written for (fmt lays the tree out again):
// - comment lines above a key or a list item belong to that entry (also when they stand between
//   a key and the first entry of its block: they belong to that first entry);
// - a comment after a value on the same line trails it;
// - comment lines after the last entry of a block belong to that block when they are indented at
//   least as its entries, otherwise to whatever comes next.
// The YAML library attaches the lines after a block to the innermost block whatever their
// indentation, so their positions in the text decide here.
import { isAlias, isMap, isPair, isScalar, isSeq, Scalar, type Document, type Node } from 'yaml';

export interface YEntry {
  /** The key of a mapping entry; null for a list item. */
  key: string | null;
  /** Comment lines above the entry (the text after "#"). */
  before: string[];
  /** Comments after the entry's value on its last line. */
  trailing: string[];
  value: YNode;
}

export type YNode = { kind: 'scalar'; node: Scalar } | YCollection;
export interface YCollection {
  kind: 'map' | 'seq';
  entries: YEntry[];
  /** Written on one line ([ … ], { … }) in the text read. */
  flow: boolean;
  /** Comment lines after the last entry, at the block's indentation. */
  end: string[];
}

export interface YTree {
  /** The comment lines on top of the file. */
  head: string[];
  root: YNode;
  /** The comment lines at the end of the file. */
  end: string[];
}

interface CommentLine {
  text: string;
  indent: number;
  /** The indentation of the next line that is not a comment (-1 at the end of the file). */
  next: number;
}

const lines = (comment: string | null | undefined): string[] => (comment ? comment.split('\n').filter((l) => l.trim() !== '') : []);
const isBlock = (n: unknown): n is Node => (isMap(n) || isSeq(n)) && !n.flow;

export function yamlTree(doc: Document.Parsed, text: string): YTree {
  const col = (offset: number) => offset - (text.lastIndexOf('\n', offset - 1) + 1);
  let pending: CommentLine[] = [];
  /** Indentation of the first line after `offset` that holds content. */
  const nextIndent = (offset: number): number => {
    for (const m of text.slice(offset).matchAll(/^([ \t]*)(\S)/gm)) if (m[2] !== '#') return m[1]!.length;
    return -1;
  };
  /** The column of the "-" of the list item whose value starts at `offset`. */
  const dashColumn = (offset: number): number => {
    let start = text.lastIndexOf('\n', offset - 1) + 1;
    while (start > 0 && !text.slice(start, offset).trimStart().startsWith('-')) start = text.lastIndexOf('\n', start - 2) + 1;
    return text.indexOf('-', start) - start;
  };
  /** The comments written between a list item's "-" and its first key (they belong to that key). */
  const afterDash = (firstKey: number): number => {
    let start = text.lastIndexOf('\n', firstKey - 1) + 1;
    while (start > 0 && !text.slice(start, firstKey).trimStart().startsWith('-')) start = text.lastIndexOf('\n', start - 2) + 1;
    const dash = text.indexOf('-', start);
    return [...text.slice(dash + 1, firstKey).matchAll(/#(.*)/g)].filter((m) => m[1]!.trim() !== '').length;
  };
  const takePending = (): string[] => pending.splice(0).map((l) => l.text);

  /** A node's `comment` as the text has it: what trails its last line, and the comment lines below. */
  function after(node: Node): string[] {
    if (!node.comment || !node.range) return [];
    const [, end, stop] = node.range;
    const trailing: string[] = [];
    let at = end;
    while (at < stop) {
      const eol = text.indexOf('\n', at);
      const lineEnd = eol < 0 || eol > stop ? stop : eol;
      const lineStart = text.lastIndexOf('\n', at - 1) + 1;
      const hash = text.indexOf('#', at);
      if (hash >= 0 && hash < lineEnd) {
        const body = text.slice(hash + 1, lineEnd).replace(/\r$/, '');
        if (text.slice(lineStart, hash).trim() === '') pending.push({ text: body, indent: hash - lineStart, next: nextIndent(lineEnd) });
        else trailing.push(body);
      }
      if (eol < 0) break;
      at = eol + 1;
    }
    // a comment the library found outside the node's range (after a comma in a flow list)
    const found = new Set([...trailing, ...pending.map((l) => l.text)].map((t) => t.trim()));
    trailing.push(...lines(node.comment).filter((l) => !found.has(l.trim())));
    return trailing;
  }

  function walk(node: unknown, inFlow: boolean, firstBefore: string[]): { value: YNode; trailing: string[] } {
    if (isAlias(node)) throw new Error('aliases are refused when the plan is read');
    if (!(isMap(node) || isSeq(node))) {
      const scalar = node instanceof Scalar ? node : new Scalar(null);
      return { value: { kind: 'scalar', node: scalar }, trailing: [...firstBefore, ...after(scalar)] };
    }
    const flow = inFlow || node.flow === true;
    const entries: YEntry[] = [];
    const first = node.items[0];
    const firstStart = ((isPair(first) ? first.key : first) as Node | undefined)?.range?.[0] ?? 0;
    const indent = isSeq(node) && !flow ? dashColumn(firstStart) : col(firstStart);
    for (const [i, item] of node.items.entries()) {
      const key = isPair(item) ? (item.key as Node) : null;
      const value = (isPair(item) ? item.value : item) as Node | null;
      const before = [...takePending(), ...(i === 0 ? firstBefore : []), ...lines(key?.commentBefore)];
      // comments between a key and the first entry of its block go down to that entry; so do
      // those after a list item's "-", to the item's first key; those above the "-" are the item's
      let down: string[] = [];
      if (key && isBlock(value)) down = lines(value.commentBefore);
      else if (!key && isMap(value) && !value.flow && !flow && value.items[0]) {
        const own = lines(value.commentBefore);
        const k = afterDash(((value.items[0].key as Node | null)?.range ?? [0])[0]);
        before.push(...own.slice(0, own.length - k));
        down = own.slice(own.length - k);
      } else if (value) before.push(...lines(value.commentBefore));
      const trailing = key ? lines(key.comment) : [];
      const inner = walk(value, flow, down);
      entries.push({ key: key ? String(isScalar(key) ? key.value : key) : null, before, trailing: [...trailing, ...inner.trailing], value: inner.value });
    }
    const trailing = after(node);
    if (entries.length === 0) trailing.unshift(...firstBefore);
    if (flow) {
      // comments inside a one-line collection go after it
      const inner = entries.flatMap((e) => {
        const c = [...e.before, ...e.trailing];
        e.before = [];
        e.trailing = [];
        return c;
      });
      return { value: { kind: isMap(node) ? 'map' : 'seq', entries, flow: node.flow === true, end: [] }, trailing: [...inner, ...trailing] };
    }
    const end: string[] = [];
    // lines indented as this block's entries, and not followed by something at their own level
    while (pending.length > 0 && pending[0]!.indent >= indent && pending[0]!.next < pending[0]!.indent) end.push(pending.shift()!.text);
    return { value: { kind: isMap(node) ? 'map' : 'seq', entries, flow: false, end }, trailing };
  }

  const head = lines(doc.commentBefore);
  const contents = doc.contents as Node | null;
  const root = walk(contents, false, []);
  if (contents && !isScalar(contents)) head.push(...lines(contents.commentBefore));
  if (root.value.kind !== 'scalar' && root.value.entries[0]) head.push(...root.value.entries[0].before.splice(0));
  const end = [...(root.value.kind !== 'scalar' ? root.value.end.splice(0) : []), ...takePending(), ...root.trailing, ...lines(doc.comment)];
  return { head, root: root.value, end };
}
