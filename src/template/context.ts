// Stage: template. ComputedPlan → the context templates see: every plan string escaped for the
// markup and its {target} references resolved; unions normalised into flagged records so that
// strict templates can branch with {{#if}}; numbers and dates left for helpers to format.
import { REFERENCE, resolveReference } from '../compute/check-references.js';
import type { ComputedPlan } from '../compute/types.js';
import { escapeMarkup } from '../markup/escape.js';
import type { Period, PlanDate, Target } from '../plan/types.js';
import type { Exact } from '../util/exact.js';
import { formatNumber, formatQuantity, toRoman } from '../util/vn-number.js';
import { bodyContexts, sectionContext, type BodyContext, type SectionContext } from './context-body.js';
import { documentSymbol, issuersContext, issuersPhrase, legalBasesContext, recipientsContext, signatureContext } from './context-formalities.js';
import { ownRow, tableContext, type TableContext } from './context-table.js';
import { isoDate, shortDate } from './format/dates.js';

export interface AppendixContext {
  id: string;
  /** "Phụ lục", or "Phụ lục I", "Phụ lục số 01" … (see appendixLabel). */
  label: string;
  title: string;
  orientation: 'portrait' | 'landscape';
  /** The appendix's own table (an appendix that is a table), or null. */
  table: TableContext | null;
  body: BodyContext[];
  sections: SectionContext[];
}

/**
 * The label of appendix `index` (0-based): the plan's pattern ("Phụ lục {I}", "Phụ lục số {01}",
 * "Phụ lục {1}"), or by default "Phụ lục" for a single appendix and "Phụ lục I", "Phụ lục II" …
 * for several.
 */
export function appendixLabel(index: number, count: number, pattern: string | null = null): string {
  if (pattern === null) return count > 1 ? `Phụ lục ${toRoman(index + 1)}` : 'Phụ lục';
  const n = index + 1;
  return pattern.replace(/\{(I|1|01)\}/, (_, form: string) => (form === 'I' ? toRoman(n) : form === '01' ? String(n).padStart(2, '0') : String(n)));
}

/** A target as the text prints it; `exact` is its value as typed (ComputedPlan.targets). */
export const targetText = (t: Target, exact?: Exact): string => formatQuantity(exact ?? t.value, t.decimals, t.unit);

/** {period}: "từ ngày 01/3/2026 đến ngày 31/3/2026" ("từ tháng 3/2026 …" for months); {period.from}, {period.to}: the date alone. */
export function periodText(p: Period, part: 'whole' | 'from' | 'to'): string {
  if (part !== 'whole') return shortDate(p[part]);
  const side = (d: PlanDate) => (d.day === null ? shortDate(d) : `ngày ${shortDate(d)}`);
  return `từ ${side(p.from)} đến ${side(p.to)}`;
}

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
      if (r.kind === 'appendix') return appendixLabel(r.index, plan.appendices.length, plan.appendixLabel);
      if (r.kind === 'period') return periodText(plan.period!, r.part);
      return escapeMarkup(targetText(plan.targets[r.id]!, computed.targets.get(r.id)));
    });
  const opt = (s: string | null): string | null => (s === null ? null : text(s));

  const tables = new Map(computed.tables.map((t) => [t.path, forUnit?.appendixId === t.appendixId && t.appendixId !== null ? ownRow(t, forUnit.row) : t]));
  const o = { text, tables };
  const introFirst = plan.legalBases.leadIn && plan.legalBases.items.length > 0 ? text(plan.intro[0]!) : null;
  const issuers = issuersContext(plan.issuer, text, opt);
  const signatures = plan.signature.map((sig) => signatureContext(sig, text, opt));
  const joint = issuers.length > 1;

  return {
    issuers,
    /** The first (lead) issuer; a single-issuer plan's only one. */
    issuer: issuers[0]!,
    joint,
    /** "Ủy ban nhân dân xã A" or "… và …" for a joint plan: "Kèm theo Kế hoạch số … của <issuedBy>". */
    issuedBy: issuersPhrase(issuers.map((i) => i.shortName)),
    author: issuers.map((i) => i.shortName).join('; '),
    docType: joint ? 'Kế hoạch liên tịch' : 'Kế hoạch',
    docTypeUpper: joint ? 'KẾ HOẠCH LIÊN TỊCH' : 'KẾ HOẠCH',
    symbol: documentSymbol(plan),
    number: plan.number,
    place: text(plan.place),
    date: plan.date,
    isoDate: isoDate(plan.date),
    title: text(plan.title.join(' ')),
    titleLines: plan.title.map(text),
    legalBases: legalBasesContext(plan.legalBases, introFirst, text, opt),
    intro: (introFirst === null ? plan.intro : plan.intro.slice(1)).map(text),
    sections: plan.sections.map((s, k) => sectionContext(s, 1, ['sections', k], o)),
    closing: text(plan.closing),
    signature: signatures[0]!,
    /** Joint plans: the signatures side by side, the lead issuer's on the right. */
    signatures: [...signatures].reverse(),
    signatureWidths: signatures.map(() => Math.floor(100 / signatures.length)).join(' '),
    recipients: recipientsContext(plan.recipients, text),
    appendices: plan.appendices.flatMap((a, i) => {
      if (a.separate) return [];
      const own = tables.get(`appendices[${i}]`) ?? null;
      const path = ['appendices', i];
      const inside = computed.tables.filter((t) => t.path.startsWith(`appendices[${i}].`));
      const wide = [own, ...inside].some((t) => t?.orientation === 'landscape');
      const orientation = a.orientation === 'auto' ? (wide ? 'landscape' : 'portrait') : a.orientation;
      return [
        {
          id: a.id,
          label: appendixLabel(i, plan.appendices.length, plan.appendixLabel),
          title: text(a.title),
          orientation,
          table: own ? tableContext(own, text) : null,
          body: bodyContexts(a.body, [...path, 'body'], false, o),
          sections: a.sections.map((s, k) => sectionContext(s, 1, [...path, 'sections', k], o)),
        } satisfies AppendixContext,
      ];
    }),
  };
}

export type TemplateContext = ReturnType<typeof buildContext>;
export type { PlanDate };
export type { BodyContext, SectionContext, TableContext };
