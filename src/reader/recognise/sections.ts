// Stage: reader (recognition). The body's lines and tables → the plan's sections, nested by the
// level of their numbers (I. → 1., 1. → 2., 1.1. → 3., a) → 4.), typed or Word's own. A numbered
// line is a heading when it is bold (or has a heading style), a run-in heading when only its
// start is bold ("**1. Sở Y tế:** Là cơ quan …"), otherwise a numbered paragraph. The numbers
// themselves are dropped (the tool numbers), and every place where they skip, repeat or do not
// fit the tool's scheme goes to the review list. Pure.
import { msg } from '../../diag/index.js';
import type { DocxTable, ReviewNote } from '../types.js';
import { addItem, addParagraph, addPlus, addTable, closeContainer, newContainer, type Container } from './body-entries.js';
import { dropPrefix, flat, planText, type Line } from './lines.js';
import { levelOf, markerOf, type Marker } from './markers.js';
import type { Item } from './parts.js';
import type { SectionInput, TableInput } from './plan-input.js';
import { recase, type Vocabulary } from './recase.js';

export interface SectionOptions {
  vocab: Vocabulary;
  notes: ReviewNote[];
  /** A data table → the plan's table, or null when it is no table of figures. */
  table: (t: DocxTable, title: string | null, where: string, name?: string) => TableInput | null;
  /** Label prefix of the sections' places ("" for the plan, "Phụ lục x" for an appendix). */
  prefix: string;
}

interface Open {
  level: number;
  section: SectionInput;
  container: Container;
  label: string;
  /** The number and label of the last child seen, for the numbering checks. */
  last: number;
  lastLabel: string;
  marker: Marker | null;
}

const name = (s: SectionInput) => s.title ?? (s.paragraph ?? s.text ?? '').slice(0, 60);

/** Label printed at each depth by the tool (for notes): I., 1., 1.1., a). */
const SCHEME = ['I.', '1.', '1.1.', 'a)'];

function sectionOf(line: Line, marker: Marker | null, level: number, vocab: Vocabulary): SectionInput {
  const rest = marker ? dropPrefix(line, marker.length) : line;
  if (line.outlineLevel !== null || rest.bold > 0.9) {
    const title = flat(rest.text);
    return { title: level === 1 ? recase(title, vocab) : title };
  }
  const leading: string[] = [];
  let k = 0;
  for (; k < rest.runs.length && (rest.runs[k]!.bold || !rest.runs[k]!.text.trim()); k++) leading.push(rest.runs[k]!.text);
  const boldPart = flat(leading.join(''));
  const remainder = dropPrefix(rest, leading.join('').length);
  if (/\p{L}/u.test(boldPart) && /\p{L}/u.test(remainder.text)) return { title: boldPart.replace(/\s*:$/, ''), text: planText(remainder) };
  const numberBold = marker && !marker.automatic && line.runs[0]?.bold && !rest.runs[0]?.bold;
  return numberBold ? { text: planText(rest) } : { paragraph: planText(rest) };
}

/** A section-starting line: a number of a plan level, or a heading style. */
export function startsSection(line: Line): boolean {
  const m = markerOf(line);
  return (m !== null && levelOf(m) !== null) || line.outlineLevel !== null;
}

/** Bold short capitals without a number after the first section: an unnumbered heading. */
const unnumberedHeading = (line: Line) => line.outlineLevel !== null || (line.bold > 0.95 && /\p{L}/u.test(line.text) && line.text === line.text.toLocaleUpperCase('vi') && flat(line.text).length < 80 && !/[.:;]$/.test(flat(line.text)));

function checkNumber(parent: Open | null, marker: Marker, label: string, top: { last: number; lastLabel: string }, o: SectionOptions): void {
  if (marker.automatic) return;
  const value = marker.value[marker.value.length - 1]!;
  const holder = parent ?? top;
  const [last, lastLabel] = [holder.last, holder.lastLabel];
  holder.last = value;
  holder.lastLabel = marker.label;
  if (value === last + 1) return;
  const key = value > last + 1 ? 'import.note.numbering_jump' : 'import.note.numbering_back';
  o.notes.push({ topic: 'numbering', where: label, message: msg(key, { from: lastLabel, to: marker.label, section: label }) });
}

export function recogniseSections(items: Item[], o: SectionOptions): SectionInput[] {
  const roots: SectionInput[] = [];
  const stack: Open[] = [];
  const top = { last: 0, lastLabel: '' };
  const close = (open: Open) => {
    Object.assign(open.section, closeContainer(open.container));
    const cut = (t: string) => (t.length > 50 ? `${t.slice(0, 47)}…` : t);
    if (open.container.afterItem)
      o.notes.push({ topic: 'structure', where: open.label, message: msg('import.note.after_item', { section: cut(open.label), text: cut(open.container.afterItem) }) });
    const s = open.section;
    if ((s.paragraph ?? s.text) !== undefined && s.body?.some((e) => typeof e === 'string')) {
      const parent = open.label.includes(' › ') ? open.label.slice(0, open.label.lastIndexOf(' › ')) : open.label;
      o.notes.push({ topic: 'structure', where: parent, message: msg('import.note.after_subsections', { section: cut(open.label), parent: cut(parent) }) });
    }
  };
  const current = (): Container | null => stack[stack.length - 1]?.container ?? null;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.kind !== 'line') {
      const c = current();
      const previous = items[i - 1];
      const title = previous?.kind === 'line' && previous.line.align === 'center' && previous.line.bold > 0.9 && c && c.entries[c.entries.length - 1] === flat(previous.line.text) ? flat(previous.line.text) : null;
      const table = it.kind === 'table' ? o.table(it.table, title, stack[stack.length - 1]?.label ?? o.prefix) : null;
      if (c && table) {
        if (title) c.entries.pop(), (table.title = title);
        addTable(c, table);
      } else if (c) for (const row of it.table.rows) for (const cell of row.cells) for (const b of cell.blocks) if (b.type === 'paragraph' && flat(b.runs.map((r) => r.text).join(''))) addParagraph(c, flat(b.runs.map((r) => r.text).join('')), false);
      continue;
    }
    const line = it.line;
    const marker = markerOf(line);
    const natural = marker ? levelOf(marker) : null;
    if (natural !== null || (stack.length > 0 && unnumberedHeading(line)) || (stack.length === 0 && line.outlineLevel !== null)) {
      const wanted = natural ?? Math.min(4, (line.outlineLevel ?? 0) + 1);
      const level = Math.max(1, Math.min(wanted, stack.length + 1));
      while (stack.length >= level) close(stack.pop()!);
      const section = sectionOf(line, natural !== null ? marker : null, level, o.vocab);
      if (natural === null) section.numbered = false;
      const parent = stack[stack.length - 1] ?? null;
      const label = parent ? `${parent.label} › ${name(section)}` : o.prefix ? `${o.prefix} › ${name(section)}` : name(section);
      if (marker && natural !== null) {
        checkNumber(parent, marker, label, top, o);
        if (level !== wanted) o.notes.push({ topic: 'numbering', where: label, message: msg('import.note.level', { marker: marker.label, printed: SCHEME[level - 1], section: label }) });
      }
      (parent ? (parent.section.sections ??= []) : roots).push(section);
      stack.push({ level, section, container: newContainer(), label, last: 0, lastLabel: '', marker });
      continue;
    }
    const c = current();
    if (!c) continue; // before the first section: the caller took those lines
    const text = planText(marker ? dropPrefix(line, marker.length) : line);
    if (marker?.kind === 'dash') addItem(c, text);
    else if (marker?.kind === 'plus') addPlus(c, text);
    else addParagraph(c, planText(line), c.openItem !== null && plusFollows(items, i));
  }
  while (stack.length) close(stack.pop()!);
  return roots;
}

/** Plain paragraphs from `i` on are followed by a "+" item (they belong to the "-" item above). */
function plusFollows(items: Item[], i: number): boolean {
  for (let j = i + 1; j < items.length; j++) {
    const it = items[j]!;
    if (it.kind !== 'line') return false;
    const m = markerOf(it.line);
    if (m) return m.kind === 'plus';
  }
  return false;
}
