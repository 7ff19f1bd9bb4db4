// Random re-layouts of a plan's YAML as people write them, for the fmt property test: keys in any
// order (each with its comments), lists and mappings written { … } or as blocks, text quoted
// "…", '…' or not at all, blank lines anywhere, indentation by 2 or 4 with or without indented
// lists. The data and every comment stay; only the layout changes.
import { isMap, isPair, isScalar, isSeq, parseDocument, Scalar, visit, type Node } from 'yaml';

/** A small seeded generator (mulberry32), so that a failing case can be replayed by its seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hasComments = (node: Node): boolean => {
  let found = false;
  visit(node, {
    Node(_, n) {
      if (n.commentBefore || n.comment) found = true;
    },
  });
  return found;
};

export function relayout(text: string, seed: number): string {
  const rnd = random(seed);
  const pick = (p: number) => rnd() < p;
  const doc = parseDocument(text);
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pick(0.2)) pair.key.spaceBefore = true;
    },
    Map(_, map) {
      // shuffle the keys, each with the comments above it (the first key's may sit on the map)
      if (map.items.length > 1 && pick(0.5)) {
        const first = map.items[0]!;
        const lifted = map.commentBefore;
        if (lifted && isScalar(first.key) && !isSeqItem(doc, map)) {
          first.key.commentBefore = [lifted, first.key.commentBefore].filter(Boolean).join('\n');
          map.commentBefore = undefined;
        }
        map.items = map.items.map((p) => ({ p, r: rnd() })).sort((a, b) => a.r - b.r).map(({ p }) => p);
      }
      flip(map);
    },
    Seq(_, seq) {
      flip(seq);
      for (const item of seq.items) if (isScalar(item) || isMap(item) || isSeq(item)) if (pick(0.15)) (item as Node).spaceBefore = true;
    },
    Scalar(_, s) {
      if (typeof s.value !== 'string' || s.value.includes('\n')) return;
      const r = rnd();
      s.type = r < 0.3 ? Scalar.QUOTE_DOUBLE : r < 0.5 ? Scalar.QUOTE_SINGLE : r < 0.55 && s.value.length > 60 ? Scalar.BLOCK_FOLDED : undefined;
    },
  });
  function flip(c: Node & { flow?: boolean; items: unknown[] }) {
    if (c.items.length === 0) return;
    if (c.flow) {
      if (pick(0.4)) c.flow = false;
    } else if (!hasComments(c) && c.items.every((i) => (isPair(i) ? isScalar(i.value) || i.value === null : isScalar(i))) && pick(0.3)) c.flow = true;
  }
  const indent = pick(0.5) ? 2 : 4;
  return doc.toString({ lineWidth: 0, minContentWidth: 0, indent, indentSeq: pick(0.5), flowCollectionPadding: pick(0.5) });
}

/** Is this mapping an item of a list (its comments then stand above the "- ")? */
function isSeqItem(doc: ReturnType<typeof parseDocument>, map: Node): boolean {
  let found = false;
  visit(doc, {
    Seq(_, seq) {
      if (seq.items.includes(map as never)) found = true;
    },
  });
  return found;
}
