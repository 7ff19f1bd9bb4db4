// Stage: reader (writing). The recognised plan → YAML in the canonical layout `fmt` writes
// (workflow/canonical-yaml), short records on one line as people write them (columns, recipients
// with a purpose, timeline entries, lists of names), and the review list as a comment on top.
import { Document, isMap, isScalar, isSeq, type Node } from 'yaml';
import { canonicalYaml } from '../workflow/canonical-yaml.js';
import type { PlanInput } from './recognise/recognise-plan.js';
import type { ReviewNote, ReviewTopic } from './types.js';

const TOPIC: Record<ReviewTopic, string> = {
  document: 'Văn bản',
  masthead: 'Tiêu đề, số, ngày',
  'legal-basis': 'Căn cứ',
  targets: 'Chỉ tiêu',
  numbering: 'Đánh số',
  structure: 'Bố cục',
  text: 'Câu chữ',
  duty: 'Phân công',
  recipient: 'Nơi nhận',
  signature: 'Chữ ký',
  table: 'Bảng',
  arithmetic: 'Số liệu không khớp',
  nd30: 'Thể thức (ND30)',
};

const ORDER = Object.keys(TOPIC) as ReviewTopic[];

/** The review list: one line per note, grouped by topic, in the plan's order. */
export function reviewList(notes: readonly ReviewNote[], source: string): string[] {
  const sorted = [...notes].sort((a, b) => ORDER.indexOf(a.topic) - ORDER.indexOf(b.topic));
  const seen = new Set<string>();
  const lines = sorted.filter((n) => !seen.has(n.text) && seen.add(n.text)).map((n) => `- [${TOPIC[n.topic]}] ${n.text}`);
  return [
    `Nhập từ ${source} bằng npm run import-plan. Xem lại trước khi dùng${lines.length ? ` (${lines.length} điểm)` : ''}:`,
    ...(lines.length ? lines : ['- Không có điểm nào cần lưu ý; vẫn nên đọc lại toàn bộ.']),
    'Số thứ tự các mục, "./.", chữ in hoa và dòng "Kèm theo" của phụ lục do công cụ tự in: không gõ lại.',
  ];
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

export function writePlanYaml(plan: PlanInput, notes: readonly ReviewNote[], o: { source: string; schemaPath: string | null }): string {
  const doc = new Document(plan);
  style(doc.contents, null);
  const head = [...(o.schemaPath ? [` yaml-language-server: $schema=${o.schemaPath}`] : []), ...reviewList(notes, o.source).map((l) => ` ${l}`)];
  const first = isMap(doc.contents) ? doc.contents.items[0] : undefined;
  if (first && isScalar(first.key)) first.key.commentBefore = head.join('\n');
  return canonicalYaml('imported.yaml', doc.toString({ lineWidth: 0, minContentWidth: 0, indent: 2, indentSeq: true, flowCollectionPadding: true }));
}
