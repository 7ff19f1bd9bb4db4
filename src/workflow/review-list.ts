// Stage: workflow. The list on top of next year's draft (new-plan): what a person must review
// before it is signed, in the words of the office, with line numbers of the draft: legal bases,
// every target and every figure to renew, carried-over estimates, data files, years written as
// digits (which do not move by themselves), dates bound to the lunar calendar, the draft's own
// errors, signer and recipients. Written between two marker lines, so that rolling the draft
// again replaces it rather than piling up a second one.
import { LineCounter, parseDocument } from 'yaml';
import { writeYears } from '../compute/check-references.js';
import type { ComputedPlan } from '../compute/types.js';
import { messageOf, type Diagnostic } from '../diag/index.js';
import { fromDotPath } from '../plan/locate.js';
import { formatQuantity } from '../util/vn-number.js';
import { lunarDates } from './lunar-text.js';
import { REVIEW_END, REVIEW_START } from './roll-plan.js';
import { findPlanYears } from './year-placeholders.js';

export interface ReviewInput {
  /** This year's plan, computed. */
  computed: ComputedPlan;
  fromFile: string;
  /** Where the draft is written: its problems elsewhere (a data file) are not at a line of it. */
  draftFile?: string;
  year: number;
  /** The draft without its list (canonical), and what rolling it said. */
  draft: string;
  tables: string[];
  canChi: [string, string][];
  /** The draft's errors and warnings (lines of `draft`). */
  problems: readonly Diagnostic[];
}

function figures(computed: ComputedPlan, year: number): string[] {
  const from = computed.plan.date.year;
  const out: string[] = [];
  for (const t of computed.tables) {
    const name = t.appendixId ? `Phụ lục ${t.appendixId}` : `Bảng ${t.title ? `«${t.title}»` : t.path}`;
    const typed = t.columns.filter((c) => c.input && c.rollover === null && c.kind !== 'text' && c.kind !== 'index');
    if (typed.length > 0 && t.rows.length > 0)
      out.push(`${name}: ${typed.map((c) => `cột ${c.key} («${writeYears(c.header, year)}»)`).join(', ')}: ${t.rows.length} dòng, số liệu năm ${from}: thay bằng số liệu dùng cho năm ${year}.`);
    let node: unknown = computed.plan;
    for (const seg of fromDotPath(t.path)) node = (node as Record<string | number, unknown> | undefined)?.[seg];
    const given = Object.keys((node as { total?: { given?: Record<string, number> } | null })?.total?.given ?? {});
    if (given.length > 0) out.push(`${name}: số tổng cho sẵn (total.given: ${given.join(', ')}) là của năm ${from}: cập nhật.`);
  }
  return out;
}

/** Lines of the list (without "# "), given where the draft's lines will be (offset). */
function items(r: ReviewInput, offset: number): string[] {
  const { plan } = r.computed;
  const from = plan.date.year;
  const gap = r.year - from;
  const bases = plan.legalBases.items;
  const years = bases.flatMap((b) => (typeof b === 'object' && b.date ? [b.date.year] : []));
  const lines = new LineCounter();
  const doc = parseDocument(r.draft, { lineCounter: lines });
  const literal = findPlanYears(doc, lines, from);
  const lunar: string[] = [];
  r.draft.split('\n').forEach((text, i) => {
    for (const d of lunarDates(text, from, r.year)) lunar.push(`dòng ${i + 1 + offset}: «${d.written}» (năm ${from}: ${d.was}, ngày ${d.lunar} âm lịch): năm ${r.year} ngày ấy là ${d.should}${d.prints === d.should ? '' : `, bản nháp đang in ${d.prints}`}.`);
  });
  const signers = plan.signature.map((s) => [s.onBehalfOf && `TM. ${s.onBehalfOf}`, s.authority && `${s.authority} ${s.authorityTitle}`, s.title, s.name].filter(Boolean).join(' / ')).join('; ');
  const errors = r.problems.filter((d) => d.severity === 'error');
  const warnings = r.problems.filter((d) => d.severity === 'warning');
  const at = (d: Diagnostic) => (d.line && (!r.draftFile || !d.file || d.file === r.draftFile) ? `dòng ${d.line + offset}: ` : '');
  return [
    `${REVIEW_START} ${r.year}, lập từ ${r.fromFile} (kế hoạch năm ${from}) bằng npm run new-plan ──`,
    'Cần xem lại trước khi trình ký (xóa danh sách này khi đã xong):',
    ...(bases.length ? [`- Căn cứ (legalBases): ${bases.length} văn bản${years.length ? `, ban hành ${yearSpan(years)}` : ''}: còn hiệu lực không, có văn bản mới năm ${r.year - 1}–${r.year} không.`] : []),
    ...(Object.keys(plan.targets).length ? [`- Chỉ tiêu (targets) của năm ${from}, đặt lại cho năm ${r.year}:`, ...Object.entries(plan.targets).map(([id, t]) => `    ${id}: ${writeYears(t.label, from)} = ${formatQuantity(r.computed.targets.get(id) ?? t.value, t.decimals, t.unit)}`)] : []),
    ...figures(r.computed, r.year).map((l) => `- ${l}`),
    ...r.tables.map((l) => `- ${l}`),
    ...(literal.length
      ? [
          `- Năm viết bằng số trong văn bản (new-plan không tự đổi; bản nháp vẫn in năm ${from}${gap > 1 ? ` dù kế hoạch là năm ${r.year}` : ''}):`,
          ...literal.map((f) => `    dòng ${f.line + offset}: «${f.excerpt}»`),
          `  Để các năm này tự theo năm kế hoạch: npm run fmt -- --placeholders ${r.fromFile}, xem lại từng chỗ được đổi, rồi lập lại bản nháp (npm run new-plan … --force).`,
        ]
      : []),
    ...r.canChi.map(([a, b]) => `- Tên năm âm lịch đổi theo năm: ${a} → ${b}: kiểm tra.`),
    ...(lunar.length ? ['- Ngày theo âm lịch (một năm dương lịch sau không phải cùng ngày âm lịch):', ...lunar.map((l) => `    ${l}`)] : []),
    ...(errors.length ? [`- Bản nháp còn ${errors.length} lỗi (npm run check báo như sau), sửa trước khi dùng:`, ...errors.map((d) => `    ${at(d)}${messageOf(d, 'vi')}`)] : []),
    ...(warnings.length ? [`- Cảnh báo của bản nháp:`, ...warnings.map((d) => `    ${at(d)}${messageOf(d, 'vi')}`)] : []),
    ...(plan.period ? [`- Thời gian thực hiện (period) đã lùi ${gap} năm: kiểm tra.`] : []),
    `- Người ký: ${signers}; nơi nhận; tên các đơn vị.`,
    '- Số và ngày ký để trống cho văn thư.',
    REVIEW_END,
  ];
}

/** The draft with its review list right after the schema line (which must stay first). */
export function withReviewList(r: ReviewInput): string {
  const lines = r.draft.split('\n');
  const head = lines[0]?.startsWith('# yaml-language-server') ? 1 : 0;
  // the list's length does not depend on the line numbers it quotes: count it first
  const size = items(r, 0).length;
  const list = items(r, size).map((l) => `# ${l}`.trimEnd());
  return [...lines.slice(0, head), ...list, ...lines.slice(head)].join('\n');
}

// the years the legal bases were issued: "năm 2026" or "2019–2026"
function yearSpan(years: number[]): string {
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return first === last ? `năm ${first}` : `${first}–${last}`;
}
