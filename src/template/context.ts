// Stage: template. ComputedPlan → the context templates see: every plan string escaped for the
// markup and its {target} references resolved; unions normalised into flagged records so that
// strict templates can branch with {{#if}}; numbers and dates left for helpers to format.
import { REFERENCE, resolveReference } from '../compute/check-references.js';
import type { CellKind, ComputedCell, ComputedPlan, ComputedTable } from '../compute/types.js';
import { escapeMarkup } from '../markup/escape.js';
import type { BodyEntry, PlanDate, Recipient, Section, Target, UnitDuty } from '../plan/types.js';
import type { Exact } from '../util/exact.js';
import { formatNumber, formatQuantity, toRoman } from '../util/vn-number.js';
import { isoDate } from './format/dates.js';

export interface BodyContext {
  isParagraph: boolean;
  isItem: boolean;
  isTimeline: boolean;
  text: string;
  items: string[];
  when: string;
}
export interface UnitContext {
  unit: string;
  task: string | null;
}
export interface SectionContext {
  depth: number;
  top: boolean;
  title: string;
  body: BodyContext[];
  duties: { lead: UnitContext[]; leadHasTasks: boolean; leadNames: string[]; cooperating: UnitContext[]; cooperatingHasTasks: boolean; cooperatingNames: string[] } | null;
  sections: SectionContext[];
}
export interface CellContext {
  /** Text (escaped for the markup) or an exact number, printed by {{num value decimals}}. */
  value: string | Exact | null;
  decimals: number;
  align: 'left' | 'center' | 'right';
}
export interface HeaderContext {
  text: string;
  colSpan: number;
  rowSpan: number;
}
export interface AppendixContext {
  id: string;
  /** "Phụ lục", or "Phụ lục I", "Phụ lục II" … when there are several. */
  label: string;
  title: string;
  orientation: 'portrait' | 'landscape';
  widths: string;
  header: HeaderContext[][];
  rows: CellContext[][];
  total: CellContext[] | null;
}

const ALIGN: Record<CellKind, CellContext['align']> = { index: 'center', text: 'left', integer: 'right', decimal: 'right', percent: 'right' };

/** "Phụ lục" when the plan has one appendix; "Phụ lục I", "Phụ lục II" … when it has several. */
export const appendixLabel = (index: number, count: number): string => (count > 1 ? `Phụ lục ${toRoman(index + 1)}` : 'Phụ lục');

/** A target as the text prints it; `exact` is its value as typed (ComputedPlan.targets). */
export const targetText = (t: Target, exact?: Exact): string => formatQuantity(exact ?? t.value, t.decimals, t.unit);

/** One row of an appendix built as its own plan (build-plan --each). */
export interface Unit {
  appendixId: string;
  row: number;
}

/** A cell of the unit's row as text: numbers in the column's format, as the table prints them. */
function unitCell(computed: ComputedPlan, unit: Unit, column: string): string | null {
  const table = computed.tables.find((t) => t.appendixId === unit.appendixId);
  const at = table?.columns.findIndex((c) => c.key === column) ?? -1;
  const cell = at < 0 ? undefined : table!.rows[unit.row]?.[at];
  if (!cell) return null;
  if (cell.value === null || typeof cell.value === 'string') return cell.value ?? '';
  return formatNumber(cell.value, cell.decimals);
}

export function buildContext(computed: ComputedPlan, forUnit?: Unit) {
  const { plan } = computed;
  const text = (s: string): string =>
    escapeMarkup(s).replace(REFERENCE, (whole, name: string) => {
      const r = resolveReference(name, plan);
      if (!r) return whole;
      if (r.kind === 'each') {
        const value = forUnit ? unitCell(computed, forUnit, r.column) : null;
        return value === null ? whole : escapeMarkup(value);
      }
      if (r.kind === 'year') return String(r.year);
      if (r.kind === 'appendix') return appendixLabel(r.index, plan.appendices.length);
      return escapeMarkup(targetText(plan.targets[r.id]!, computed.targets.get(r.id)));
    });
  const opt = (s: string | null): string | null => (s === null ? null : text(s));

  const unit = (u: UnitDuty): UnitContext => (typeof u === 'string' ? { unit: text(u), task: null } : { unit: text(u.unit), task: text(u.task) });
  const body = (b: BodyEntry): BodyContext => {
    const none = { isParagraph: false, isItem: false, isTimeline: false, text: '', items: [], when: '' };
    if (typeof b === 'string') return { ...none, isParagraph: true, text: text(b) };
    if ('item' in b) return { ...none, isItem: true, text: text(b.item), items: b.items.map(text) };
    return { ...none, isTimeline: true, when: text(b.when), text: text(b.task) };
  };
  const section = (s: Section, depth: number): SectionContext => {
    const lead = s.duties?.lead.map(unit) ?? [];
    const cooperating = s.duties?.cooperating.map(unit) ?? [];
    return {
      depth,
      top: depth === 1,
      title: text(s.title),
      body: s.body.map(body),
      duties: s.duties
        ? {
            lead,
            leadHasTasks: lead.some((u) => u.task !== null),
            leadNames: lead.map((u) => u.unit),
            cooperating,
            cooperatingHasTasks: cooperating.some((u) => u.task !== null),
            cooperatingNames: cooperating.map((u) => u.unit),
          }
        : null,
      sections: s.sections.map((c) => section(c, depth + 1)),
    };
  };
  const recipient = (r: Recipient) =>
    typeof r === 'string' ? { to: [text(r)], purpose: null } : { to: r.to.map(text), purpose: opt(r.purpose) };

  return {
    issuer: { parent: opt(plan.issuer.parent), name: plan.issuer.name.map(text), shortName: text(plan.issuer.shortName), symbol: plan.issuer.symbol },
    number: plan.number,
    place: text(plan.place),
    date: plan.date,
    isoDate: isoDate(plan.date),
    title: text(plan.title.join(' ')),
    titleLines: plan.title.map(text),
    legalBases: {
      verb: text(plan.legalBases.verb),
      combined: plan.legalBases.layout === 'combined',
      items: plan.legalBases.items.map((b) => ({
        kind: text(b.kind),
        number: opt(b.number),
        date: b.date,
        dateStyle: b.dateStyle ?? plan.legalBases.dateStyle,
        issuer: opt(b.issuer),
        subject: opt(b.subject),
      })),
    },
    intro: plan.intro.map(text),
    sections: plan.sections.map((s) => section(s, 1)),
    closing: text(plan.closing),
    signature: {
      onBehalfOf: opt(plan.signature.onBehalfOf),
      authority: plan.signature.authority,
      authorityTitle: opt(plan.signature.authorityTitle),
      title: opt(plan.signature.title),
      name: text(plan.signature.name),
    },
    recipients: { to: plan.recipients.to.map(recipient), archive: plan.recipients.archive.map(text) },
    appendices: computed.tables.map((t, i) => appendixContext(forUnit?.appendixId === t.appendixId ? ownRow(t, forUnit.row) : t, i, computed.tables.length, text)),
  };
}

/** In a unit's own plan, the units' table shows that unit's row only. */
const ownRow = (t: ComputedTable, row: number): ComputedTable => ({
  ...t,
  rows: t.rows.slice(row, row + 1).map((cells) => cells.map((c) => (c.kind === 'index' ? { ...c, value: '1' } : c))),
  total: null,
});

function appendixContext(t: ComputedTable, index: number, count: number, text: (s: string) => string): AppendixContext {
  const cells = (row: ComputedCell[]): CellContext[] =>
    row.map((cell) => ({ value: typeof cell.value === 'string' ? text(cell.value) : cell.value, decimals: cell.decimals, align: ALIGN[cell.kind] }));
  return {
    id: t.appendixId,
    label: appendixLabel(index, count),
    title: text(t.title),
    orientation: t.orientation,
    widths: t.columns.map((c) => c.width).join(' '),
    header: t.header.map((row) => row.map((h) => ({ ...h, text: text(h.text) }))),
    rows: t.rows.map(cells),
    total: t.total ? cells(t.total) : null,
  };
}

export type TemplateContext = ReturnType<typeof buildContext>;
export type { PlanDate };
