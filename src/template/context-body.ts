// Stage: template. The body of a plan or an appendix for the templates: sections in their three
// forms (heading, numbered paragraph, run-in heading), body entries nested freely, duties, and
// tables in bodies (their computed form found by their place in the plan).
import type { ComputedTable } from '../compute/types.js';
import { toDotPath } from '../plan/locate.js';
import type { BodyEntry, Section, UnitDuty } from '../plan/types.js';
import { tableContext, type TableContext } from './context-table.js';

export interface BodyContext {
  isParagraph: boolean;
  isItem: boolean;
  isTimeline: boolean;
  isTable: boolean;
  /** "-" for an item of a section's body, "+" for one nested in an item or written as plus:. */
  marker: '-' | '+';
  text: string;
  items: string[];
  when: string;
  /** What follows an item: paragraphs, nested items (printed "+"), tables. */
  body: BodyContext[];
  table: TableContext | null;
}
export interface UnitContext {
  unit: string;
  task: string | null;
}
export interface SectionContext {
  depth: number;
  top: boolean;
  isHeading: boolean;
  isParagraph: boolean;
  isRunIn: boolean;
  numbered: boolean;
  title: string;
  /** The numbered paragraph's text, or the text after a run-in heading's bold part. */
  text: string;
  body: BodyContext[];
  duties: { lead: UnitContext[]; leadHasTasks: boolean; leadNames: string[]; cooperating: UnitContext[]; cooperatingHasTasks: boolean; cooperatingNames: string[] } | null;
  sections: SectionContext[];
  after: BodyContext[];
}

export interface BodyOptions {
  /** Plan text → escaped markup with references resolved. */
  text: (s: string) => string;
  /** The computed tables, by dotted path. */
  tables: ReadonlyMap<string, ComputedTable>;
}

/** A run-in heading's bold part ends with a colon, unless it already ends with punctuation. */
const runInTitle = (title: string): string => (/[:.;!?]$/.test(title) ? title : `${title}:`);

export function bodyContexts(entries: readonly BodyEntry[], path: PropertyKey[], nested: boolean, o: BodyOptions): BodyContext[] {
  return entries.map((b, k): BodyContext => {
    const none: BodyContext = { isParagraph: false, isItem: false, isTimeline: false, isTable: false, marker: nested ? '+' : '-', text: '', items: [], when: '', body: [], table: null };
    const here = [...path, k];
    if (typeof b === 'string') return { ...none, isParagraph: true, text: o.text(b) };
    if ('item' in b) return { ...none, isItem: true, text: o.text(b.item), items: b.items.map(o.text), body: bodyContexts(b.body, [...here, 'body'], true, o) };
    if ('plus' in b) return { ...none, isItem: true, marker: '+', text: o.text(b.plus), body: bodyContexts(b.body, [...here, 'body'], true, o) };
    if ('table' in b) {
      const computed = o.tables.get(toDotPath([...here, 'table']));
      if (!computed) throw new Error(`no computed table at ${toDotPath([...here, 'table'])}`);
      return { ...none, isTable: true, table: tableContext(computed, o.text) };
    }
    return { ...none, isTimeline: true, when: o.text(b.when), text: o.text(b.task) };
  });
}

const unit = (u: UnitDuty, o: BodyOptions): UnitContext => (typeof u === 'string' ? { unit: o.text(u), task: null } : { unit: o.text(u.unit), task: o.text(u.task) });

export function sectionContext(s: Section, depth: number, path: PropertyKey[], o: BodyOptions): SectionContext {
  const lead = s.duties?.lead.map((u) => unit(u, o)) ?? [];
  const cooperating = s.duties?.cooperating.map((u) => unit(u, o)) ?? [];
  const isParagraph = s.paragraph !== null;
  const isRunIn = !isParagraph && s.text !== null;
  return {
    depth,
    top: depth === 1,
    isHeading: !isParagraph && !isRunIn,
    isParagraph,
    isRunIn,
    numbered: s.numbered,
    title: s.title === null ? '' : isRunIn ? runInTitle(o.text(s.title)) : o.text(s.title),
    text: o.text(s.paragraph ?? s.text ?? ''),
    body: bodyContexts(s.body, [...path, 'body'], false, o),
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
    sections: s.sections.map((c, k) => sectionContext(c, depth + 1, [...path, 'sections', k], o)),
    after: bodyContexts(s.after, [...path, 'after'], false, o),
  };
}
