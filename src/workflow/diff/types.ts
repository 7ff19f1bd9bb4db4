// Stage: workflow (diff). What diff-plan reports: one Change per thing a reviewer would see
// differ, with stable keys saying where (for tools) and words saying what (for people).

/** The kind of part that changed; the summary counts by it. */
export type ChangeArea =
  | 'field' // masthead, title, dates: thông tin chung
  | 'legal-basis' // căn cứ
  | 'goal' // chỉ tiêu
  | 'section' // the structure: sections added, removed, moved, renamed
  | 'text' // paragraphs and items
  | 'duty' // phân công: đơn vị chủ trì, phối hợp
  | 'recipient' // nơi nhận
  | 'signature' // người ký
  | 'appendix' // appendices and tables: titles, columns, headers, formulas, order of rows
  | 'row' // figures of tables: số liệu
  | 'note'; // consequences that the document does not print: goals met or missed, warnings

export type ChangeKind = 'added' | 'removed' | 'changed' | 'moved';

/** Where a change is, by keys that stay the same from one year to the next. */
export interface Where {
  /** masthead, title, legal-bases, intro, body, closing, recipients, signature, appendix, targets, period, warnings, document */
  part: string;
  /** The section's number path in the new plan ("II.2."), or in the old one when removed. */
  section: string | null;
  appendix: string | null;
  /** The table's place in the plan ("sections[2].body[1].table", "appendices[0]"). */
  table: string | null;
  /** The row's key: its label as printed ("Thôn Ngọc Trà"), or the totals row's label. */
  row: string | null;
  column: string | null;
  target: string | null;
}

export interface Change {
  area: ChangeArea;
  kind: ChangeKind;
  /** True when the built document shows it; false for consequences it does not print. */
  printed: boolean;
  /** What changed, in words: "II. Mục tiêu › 2. Mục tiêu cụ thể", "Thôn Ngọc Trà — dân số". */
  label: string;
  where: Where;
  /** Old and new value: text, or a number (printed with `decimals`). */
  before: string | number | null;
  after: string | number | null;
  /** For numbers: after − before, rounded to the printed digits. */
  delta: number | null;
  /** Digits of the printed numbers; null for text. */
  decimals: number | null;
  /** Why, when it follows from another change ("do công thức thay đổi"), or the unit of a goal. */
  note: string | null;
  /** The table a row belongs to, in words ("Phụ lục I (chi-tieu-thon)"), for grouping. */
  context: string | null;
}

export const NOWHERE: Where = { part: 'document', section: null, appendix: null, table: null, row: null, column: null, target: null };

export function change(area: ChangeArea, kind: ChangeKind, label: string, where: Partial<Where>, values: Partial<Pick<Change, 'before' | 'after' | 'delta' | 'decimals' | 'note' | 'printed' | 'context'>> = {}): Change {
  return {
    area,
    kind,
    printed: values.printed ?? area !== 'note',
    label,
    where: { ...NOWHERE, ...where },
    before: values.before ?? null,
    after: values.after ?? null,
    delta: values.delta ?? null,
    decimals: values.decimals ?? null,
    note: values.note ?? null,
    context: values.context ?? null,
  };
}
