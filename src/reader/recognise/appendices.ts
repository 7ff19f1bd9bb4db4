// Stage: reader (recognition). Each appendix's items → label ("Phụ lục", "Phụ lục số 01"), title,
// the "(Kèm theo Kế hoạch số … của …)" line (its number and date checked against the plan's, its
// issuer kept as the plan's short name), its table and its text (paragraphs, items, numbered
// sections). Pure.
import { msg } from '../../diag/index.js';
import type { DocxTable, ReviewNote } from '../types.js';
import { flat, planText, type Line } from './lines.js';
import { APPENDIX_LABEL, APPENDIX_REF, type Item } from './parts.js';
import type { AppendixInput, TableInput } from './plan-input.js';
import { recase, type Vocabulary } from './recase.js';
import { recogniseSections, startsSection, type SectionOptions } from './sections.js';
import { addItem, addParagraph, addPlus, addTable, closeContainer, newContainer } from './body-entries.js';
import { markerOf } from './markers.js';
import { dropPrefix } from './lines.js';

export interface AppendixRecognition {
  appendix: AppendixInput;
  /** The label as printed: "Phụ lục", "PHỤ LỤC II", "Phụ lục số 01", or null. */
  label: string | null;
  /** From the "Kèm theo" line. */
  ref: { number: number | null; date: string; issuer: string | null } | null;
}

const REF = /k[eè]m\s+theo\s+(?:k[eế]\s*ho[aạ]ch|kh)\s*(?:s[oố])?\s*:?\s*(\d*)\s*\/?\s*[^\s]*\s*(ng[aà]y\s+[^)]*?)?\s*(?:c[uủ]a\s+(.+?))?\s*\)?\.?$/iu;

/** `count`: how many appendices the plan has (one is "phu-luc", several "phu-luc-1" …). */
export function recogniseAppendix(items: Item[], index: number, o: Omit<SectionOptions, 'prefix'> & { vocab: Vocabulary; count: number }): AppendixRecognition {
  let k = 0;
  const lineAt = (i: number): Line | null => (items[i]?.kind === 'line' ? (items[i] as { line: Line }).line : null);
  let label: string | null = null;
  if (lineAt(0) && APPENDIX_LABEL.test(flat(lineAt(0)!.text))) label = flat(lineAt(k++)!.text);
  const titleLines: string[] = [];
  let ref: AppendixRecognition['ref'] = null;
  for (; k < items.length && lineAt(k); k++) {
    const text = flat(lineAt(k)!.text);
    if (APPENDIX_REF.test(text) || /^\(k[eè]m theo/iu.test(text)) {
      const m = REF.exec(text);
      ref = { number: m?.[1] ? Number(m[1]) : null, date: flat(m?.[2] ?? ''), issuer: m?.[3] ? flat(m[3]).replace(/\)$/, '') : null };
      k++;
      break;
    }
    const l = lineAt(k)!;
    if (!(l.align === 'center' || l.bold > 0.9) || startsSection(l)) break;
    titleLines.push(text);
  }
  const id = o.count === 1 ? 'phu-luc' : `phu-luc-${index + 1}`;
  const title = recase(titleLines.join(' '), o.vocab) || `Phụ lục ${index + 1}`;
  if (!titleLines.length) o.notes.push({ topic: 'table', where: `Phụ lục ${id}`, message: msg('import.note.appendix_untitled', { n: index + 1, title }) });
  const appendix: AppendixInput = { id, title };
  let rest = items.slice(k);
  // a table right after the title is the appendix's own table
  const first = rest[0];
  if (first?.kind === 'table') {
    const t = o.table(first.table, null, `Phụ lục ${id}`, title);
    if (t) {
      Object.assign(appendix, t);
      rest = rest.slice(1);
    }
  }
  const start = rest.findIndex((i) => i.kind === 'line' && startsSection(i.line));
  const front = start < 0 ? rest : rest.slice(0, start);
  const c = newContainer();
  front.forEach((i, k) => {
    const next = front[k + 1];
    if (i.kind === 'line' && next?.kind === 'table' && i.line.align === 'center' && i.line.bold > 0.9) return; // the next table's title
    if (i.kind !== 'line') {
      const previous = front[k - 1];
      const title = previous?.kind === 'line' && previous.line.align === 'center' && previous.line.bold > 0.9 ? flat(previous.line.text) : null;
      const t = i.kind === 'table' ? o.table(i.table, title, `Phụ lục ${id}`) : null;
      if (t) addTable(c, t);
      return;
    }
    const m = markerOf(i.line);
    const text = planText(m ? dropPrefix(i.line, m.length) : i.line);
    if (m?.kind === 'dash') addItem(c, text);
    else if (m?.kind === 'plus') addPlus(c, text);
    else addParagraph(c, planText(i.line), false);
  });
  const body = closeContainer(c);
  if (body.body) appendix.body = body.body;
  if (start >= 0) appendix.sections = recogniseSections(rest.slice(start), { ...o, prefix: `Phụ lục ${id}` });
  if (!appendix.columns && !appendix.body && !appendix.sections?.length) appendix.body = ['(nội dung phụ lục)'];
  return { appendix, label, ref };
}

/** `name`: how the review list names a table without a title of its own (its appendix's title). */
export type TableReader = (t: DocxTable, title: string | null, where: string, name?: string) => TableInput | null;
