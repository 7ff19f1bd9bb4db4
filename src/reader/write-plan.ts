// Stage: reader (writing). The recognised plan → YAML in the canonical layout `fmt` writes
// (workflow/canonical-yaml), short records on one line as people write them (columns, recipients
// with a purpose, timeline entries, lists of names), and the review list as a comment on top.
import { Document, isMap, isScalar, isSeq, type Node } from 'yaml';
import { msg, word, type Lang, type TextKey } from '../diag/index.js';
import { canonicalYaml } from '../workflow/canonical-yaml.js';
import type { PlanInput } from './recognise/recognise-plan.js';
import type { ReviewNote, ReviewTopic } from './types.js';

/** The topics in the order the list shows them (each topic's name is import.topic.<topic>). */
const ORDER: readonly ReviewTopic[] = ['document', 'masthead', 'legal-basis', 'targets', 'numbering', 'structure', 'text', 'duty', 'recipient', 'signature', 'table', 'arithmetic', 'nd30'];

/** The review list in `lang`: one line per note, grouped by topic, in the plan's order. */
export function reviewList(notes: readonly ReviewNote[], source: string, lang: Lang): string[] {
  const say = (key: TextKey, data?: Parameters<typeof msg>[1]) => word(msg(key, data), lang);
  const sorted = [...notes].sort((a, b) => ORDER.indexOf(a.topic) - ORDER.indexOf(b.topic));
  const seen = new Set<string>();
  const lines = sorted
    .map((n) => `- [${say(`import.topic.${n.topic}`)}] ${word(n.message, lang)}`)
    .filter((line) => !seen.has(line) && seen.add(line));
  return [say('import.list_head', { source, count: lines.length }), ...(lines.length ? lines : [`- ${say('import.list_empty')}`]), say('import.list_foot')];
}

const FLOW_KEYS = [['key', 'header'], ['when', 'task'], ['to', 'purpose'], ['label'], ['unit', 'task']];
const short = (n: Node) => JSON.stringify(n.toJSON()).length < 150;

function style(node: unknown, key: string | null): void {
  if (isMap(node)) {
    const keys = node.items.map((p) => String(isScalar(p.key) ? p.key.value : p.key));
    if (FLOW_KEYS.some((f) => f.every((k) => keys.includes(k)) && (f[0] !== 'label' || keys.length === 1)) && (keys.includes('key') || short(node))) node.flow = true;
    for (const p of node.items) style(p.value, String(isScalar(p.key) ? p.key.value : p.key));
  } else if (isSeq(node)) {
    const strings = node.items.every((i) => isScalar(i));
    if (strings && ['name', 'archive', 'lead', 'cooperating', 'each', 'to'].includes(key ?? '') && short(node)) node.flow = true;
    for (const i of node.items) style(i, null);
  }
}

export function writePlanYaml(plan: PlanInput, notes: readonly ReviewNote[], o: { source: string; schemaPath: string | null; lang: Lang }): string {
  const doc = new Document(plan);
  style(doc.contents, null);
  const head = [...(o.schemaPath ? [` yaml-language-server: $schema=${o.schemaPath}`] : []), ...reviewList(notes, o.source, o.lang).map((l) => ` ${l}`)];
  const first = isMap(doc.contents) ? doc.contents.items[0] : undefined;
  if (first && isScalar(first.key)) first.key.commentBefore = head.join('\n');
  return canonicalYaml('imported.yaml', doc.toString({ lineWidth: 0, minContentWidth: 0, indent: 2, indentSeq: true, flowCollectionPadding: true }));
}
