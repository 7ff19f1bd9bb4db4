// Stage: workflow. A plan's YAML → its canonical layout: keys in schema order, one table row per
// line (flow), quotes only where YAML needs them, comments kept, no line folding (one fact per
// line, so that next year's plan diffs cleanly). Idempotent.
import { isMap, isScalar, isSeq, parseDocument, Scalar, visit, type Node, type ScalarTag, type YAMLMap } from 'yaml';
import { parsePlanText } from '../plan/load.js';
import { planSchema } from '../plan/schema/plan-schema.js';
import { keyOrdersAt } from '../plan/schema-walk.js';

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

/** The key order of the mapping form that fits the keys present (a union has several forms). */
function orderFor(map: YAMLMap, path: PropertyKey[]): string[] {
  const keys = map.items.map((p) => String(isScalar(p.key) ? p.key.value : p.key));
  const forms = keyOrdersAt(planSchema, path);
  const fit = (form: string[]) => keys.filter((k) => form.includes(k)).length;
  return forms.reduce<string[]>((best, form) => (fit(form) > fit(best) ? form : best), forms[0] ?? []);
}

function reorder(map: YAMLMap, path: PropertyKey[]): void {
  const order = orderFor(map, path);
  if (order.length === 0) return; // a record (targets): the author's order is the order
  const rank = (p: (typeof map.items)[number]) => {
    const i = order.indexOf(String(isScalar(p.key) ? p.key.value : p.key));
    return i < 0 ? order.length : i;
  };
  map.items = map.items.map((p, i) => ({ p, i })).sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i).map(({ p }) => p);
}

function normalise(node: unknown, path: PropertyKey[]): void {
  if (isScalar(node)) {
    // quotes only where needed; block scalars (| >) stay as the author chose
    if (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) node.type = undefined;
    return;
  }
  if (isMap(node)) {
    reorder(node, path);
    for (const pair of node.items) normalise(pair.value, [...path, String(isScalar(pair.key) ? pair.key.value : pair.key)]);
    return;
  }
  if (isSeq(node)) {
    // the rows of a table, wherever the table is (an appendix, or {table: …} in a body)
    const isRows = path[path.length - 1] === 'rows' && keyOrdersAt(planSchema, path.slice(0, -1)).some((f) => f.includes('columns'));
    if (isRows) node.flow = false;
    node.items.forEach((item, i) => {
      if (isRows && isSeq(item)) item.flow = true;
      normalise(item, [...path, i]);
    });
  }
}

export function canonicalYaml(file: string, text: string): string {
  // what the build refuses (syntax errors, aliases, several documents …) fmt refuses too, at its line
  parsePlanText(file, text.normalize('NFC'));
  const doc = parseDocument(text.normalize('NFC'), { prettyErrors: false, customTags: [typedNumberTag] });
  visit(doc, {
    Scalar(_, node) {
      if (node.type === 'PLAIN' && !node.tag && typeof node.value === 'number' && typeof node.source === 'string') node.value = new TypedNumber(node.source);
    },
  });
  // The comment above the first key describes the file: it stays on top whatever moves.
  const first = isMap(doc.contents) ? doc.contents.items[0] : undefined;
  const head = first && isScalar(first.key) ? first.key.commentBefore : undefined;
  if (first && isScalar(first.key) && head) first.key.commentBefore = undefined;
  normalise(doc.contents as Node, []);
  const top = isMap(doc.contents) ? doc.contents.items[0] : undefined;
  if (head && top && isScalar(top.key)) top.key.commentBefore = [head, top.key.commentBefore].filter(Boolean).join('\n');
  return doc.toString(TO_STRING);
}
