// Stage: workflow. A plan's YAML → its one canonical layout (fmt), whatever layout it came in:
// - keys in schema order; targets by id;
// - one line per fact: table rows, columns, timeline entries, recipients, duties with a task and
//   the period are written { … } / [ … ] on one line; issuers, signatures, legal bases, targets,
//   sections, items and every mapping that holds a block are written as blocks; any other list or
//   mapping of plain values goes on one line when it fits in 100 columns;
// - quotes only where YAML needs them, text never folded, multi-line text as a "|" block;
// - a blank line between the parts of the plan (after the header keys issuer … title) and
//   between the top-level sections and appendices; no other blank lines;
// - every comment kept above (or after) the entry it was written for (workflow/yaml-tree).
// fmt(fmt(x)) = fmt(x), and the plan's data is unchanged.
import { Document as YamlDocument, isMap, isSeq, Pair, parseDocument, Scalar, YAMLMap, YAMLSeq, type Node, type ScalarTag } from 'yaml';
import { diagnostic, DiagnosticError, msg } from '../diag/index.js';
import { parsePlanText } from '../plan/load.js';
import { planSchema } from '../plan/schema/plan-schema.js';
import { keyOrdersAt } from '../plan/schema-walk.js';
import { yamlTree, type YCollection, type YEntry, type YNode } from './yaml-tree.js';

/** A number kept as the text it was typed as: YAML would write 12345678901234567 back as the
 * nearest double, …568, and 1.2345678901234567891 as 1.2345678901234568. */
class TypedNumber {
  constructor(readonly source: string) {}
}
const typedNumberTag: ScalarTag = {
  tag: 'tag:ke-hoach:typed-number',
  default: true,
  identify: (v) => v instanceof TypedNumber,
  resolve: (s) => s, // never met in a plan: no plan writes this tag
  stringify: (item) => (item as Scalar<TypedNumber>).value.source,
};

const TO_STRING = { lineWidth: 0, minContentWidth: 0, indent: 2, indentSeq: true, flowCollectionPadding: true } as const;
const NEW_DOC = { customTags: [typedNumberTag] };
/** A list or mapping of plain values goes on one line when that line fits. */
export const FLOW_WIDTH = 100;
/** Top-level keys written together at the head of the plan, without blank lines between them. */
const HEADER_KEYS = new Set(['issuer', 'number', 'symbol', 'place', 'date', 'period', 'title']);

type Path = readonly PropertyKey[];

/** The key order of the mapping form that fits the keys present (a union has several forms). */
function orderFor(keys: string[], path: Path): string[] {
  const forms = keyOrdersAt(planSchema, path);
  const fit = (form: string[]) => keys.filter((k) => form.includes(k)).length;
  return forms.reduce<string[]>((best, form) => (fit(form) > fit(best) ? form : best), forms[0] ?? []);
}

function ordered(map: YCollection, path: Path): YEntry[] {
  const keys = map.entries.map((e) => e.key!);
  const order = orderFor(keys, path);
  // a record (targets): by id, so that two years' plans list them alike
  if (order.length === 0) return [...map.entries].sort((a, b) => (a.key! < b.key! ? -1 : a.key! > b.key! ? 1 : 0));
  const rank = (e: YEntry) => {
    const i = order.indexOf(e.key!);
    return i < 0 ? order.length : i;
  };
  return map.entries.map((e, i) => ({ e, i })).sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i).map(({ e }) => e);
}

const has = (c: YCollection, ...keys: string[]) => keys.every((k) => c.entries.some((e) => e.key === k));
const last = (path: Path) => path[path.length - 1];

/** Forms written on one line whatever their length: one fact per line. */
function alwaysFlow(c: YCollection, path: Path): boolean {
  if (c.kind === 'seq') return typeof last(path) === 'number' && path[path.length - 2] === 'rows';
  if (last(path) === 'period' || last(path) === 'source') return true;
  if (has(c, 'key', 'header')) return true; // a column
  if (has(c, 'when', 'task') || has(c, 'unit', 'task')) return true; // timeline entry, duty
  return has(c, 'to') && !has(c, 'group'); // a recipient line
}

/** Forms always written as blocks: a fact of several lines, or a part of the text. */
function alwaysBlock(c: YCollection, path: Path): boolean {
  if (c.kind === 'seq') return false;
  if (path.length === 0 || path[0] === 'targets' || (path.length === 1 && last(path) !== 'period')) return true;
  // a recipient group of plain names goes on one line when it fits, like a recipient line
  if (path[0] === 'recipients') return false;
  if (['issuer', 'signature', 'legalBases'].includes(String(path[0])) && c.entries.some((e) => ['name', 'kind', 'title', 'shortName', 'verb', 'items'].includes(e.key!))) return true;
  return c.entries.some((e) => ['item', 'plus', 'title', 'paragraph', 'text', 'table', 'id', 'group', 'columns', 'lead'].includes(e.key!));
}

const commentsInside = (c: YCollection): boolean => c.entries.some((e) => e.before.length > 0 || e.trailing.length > 0 || (e.value.kind !== 'scalar' && (commentsInside(e.value) || e.value.end.length > 0)));
const multiLine = (n: YNode): boolean => (n.kind === 'scalar' ? typeof n.node.value === 'string' && n.node.value.includes('\n') : n.entries.some((e) => multiLine(e.value)));
/** Plain values, or collections of plain values (a recipient line's list of names). */
const plain = (c: YCollection, depth = 0): boolean => c.entries.every((e) => e.value.kind === 'scalar' || (depth === 0 && c.kind === 'map' && plain(e.value, 1)));

function scalarNode(s: Scalar): Scalar {
  const v = s.value;
  if (v === null || v === undefined) return new Scalar(null);
  if (typeof v === 'boolean') return new Scalar(v);
  if (typeof v === 'number' && s.type === 'PLAIN' && !s.tag && typeof s.source === 'string') return new Scalar(new TypedNumber(s.source));
  const out = s.clone() as Scalar;
  out.commentBefore = undefined;
  out.comment = undefined;
  out.spaceBefore = undefined;
  if (typeof v === 'string') out.type = v.includes('\n') ? Scalar.BLOCK_LITERAL : undefined;
  return out;
}

function flowText(node: Node): string {
  const doc = new YamlDocument(null, NEW_DOC);
  doc.contents = node as never;
  return doc.toString(TO_STRING).trimEnd();
}

/** The YAML node of a value, laid out; `column` is where the value starts on its line. */
function layout(n: YNode, path: Path, column: number, indent: number): Node {
  if (n.kind === 'scalar') return scalarNode(n.node);
  const mapPath = (e: YEntry, i: number) => [...path, n.kind === 'map' ? e.key! : i];
  const build = (flow: boolean): YAMLMap | YAMLSeq => {
    const entries = n.kind === 'map' ? ordered(n, path) : n.entries;
    const out = n.kind === 'map' ? new YAMLMap() : new YAMLSeq();
    out.flow = flow;
    entries.forEach((e, i) => {
      const here = mapPath(e, n.kind === 'map' ? i : n.entries.indexOf(e));
      const inner = n.kind === 'map' ? indent + 2 : indent + 2;
      const valueColumn = n.kind === 'map' ? indent + e.key!.length + 2 : indent + 2;
      const value = flow ? layout(e.value, here, 0, 0) : layout(e.value, here, valueColumn, inner);
      if (n.kind === 'map') (out as YAMLMap).items.push(new Pair(new Scalar(e.key!), value));
      else (out as YAMLSeq).items.push(value);
    });
    return out;
  };
  const empty = n.entries.length === 0;
  const leaf = !empty && n.end.length === 0 && plain(n) && !multiLine(n) && !commentsInside(n) && !alwaysBlock(n, path);
  if (empty) return build(true);
  if (leaf && alwaysFlow(n, path)) return build(true);
  if (leaf) {
    const flow = build(true);
    if (column + flowText(flow).length <= FLOW_WIDTH) return flow;
  }
  return build(false);
}

/**
 * Comments and blank lines onto the laid-out nodes, entry by entry. `lift`: this mapping is a list
 * item; the item's comments and those of its first key go above the "- ".
 */
function decorate(n: YNode, node: Node, path: Path, lift: string[] | null): void {
  if (n.kind === 'scalar' || !(isMap(node) || isSeq(node))) return;
  const entries = n.kind === 'map' ? ordered(n, path) : n.entries;
  const items = node.items as (Pair | Node)[];
  entries.forEach((e, i) => {
    const item = items[i]!;
    const keyNode = item instanceof Pair ? (item.key as Scalar) : null;
    const valueNode = (item instanceof Pair ? item.value : item) as Node;
    const here = [...path, n.kind === 'map' ? e.key! : i];
    const block = (isMap(valueNode) || isSeq(valueNode)) && !valueNode.flow;
    // a comment that trailed a value now written as a block goes above its first entry
    const value = block ? withFirstBefore(e.value, e.trailing) : e.value;
    if (!block && e.trailing.length > 0) valueNode.comment = e.trailing.map((t) => t.trimEnd()).join(' #');
    if (n.kind === 'map') {
      if (e.before.length > 0 && !(i === 0 && lift)) keyNode!.commentBefore = e.before.join('\n');
      if (path.length === 0 && i > 0 && !(HEADER_KEYS.has(e.key!) && HEADER_KEYS.has(entries[i - 1]!.key!))) keyNode!.spaceBefore = true;
      decorate(value, valueNode, here, null);
      return;
    }
    if (i > 0 && path.length === 1 && (path[0] === 'sections' || path[0] === 'appendices')) valueNode.spaceBefore = true;
    const liftHere = block && isMap(valueNode) && value.kind !== 'scalar' && value.entries.length > 0;
    if (!liftHere && e.before.length > 0) valueNode.commentBefore = e.before.join('\n');
    decorate(value, valueNode, here, liftHere ? e.before : null);
  });
  if (lift) {
    const above = [...lift, ...(entries[0]?.before ?? [])];
    if (above.length > 0) node.commentBefore = above.join('\n');
  }
  if (n.end.length > 0) node.comment = n.end.join('\n');
}

/** Comments that trailed a value now written as a block go above its first entry. */
function withFirstBefore(n: YNode, lines: string[]): YNode {
  if (lines.length === 0 || n.kind === 'scalar' || n.entries.length === 0) return n;
  const [first, ...rest] = n.entries;
  return { ...n, entries: [{ ...first!, before: [...lines, ...first!.before] }, ...rest] };
}

export function canonicalYaml(file: string, text: string): string {
  const normalised = text.normalize('NFC');
  // what the build refuses (syntax errors, aliases, several documents …) fmt refuses too, at its line
  parsePlanText(file, normalised);
  const doc = parseDocument(normalised, { prettyErrors: false });
  if (doc.errors.length > 0)
    throw new DiagnosticError(doc.errors.map((e) => diagnostic('yaml_syntax', { reason: msg('yaml.other', { detail: e.message.split('\n')[0] }) }, { file, line: 1, column: 1 })));
  const tree = yamlTree(doc, normalised);
  const out = new YamlDocument(null, NEW_DOC);
  const root = layout(tree.root, [], 0, 0);
  if (tree.root.kind !== 'scalar') {
    // the comment on top of the file stays on top, whatever key comes first
    const first = ordered(tree.root, [])[0];
    if (first) first.before = [...tree.head, ...first.before];
    decorate(tree.root, root, [], null);
  } else if (tree.head.length > 0) root.commentBefore = tree.head.join('\n');
  out.contents = root as never;
  if (tree.end.length > 0) root.comment = tree.end.join('\n');
  return out.toString(TO_STRING);
}
