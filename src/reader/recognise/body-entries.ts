// Stage: reader (recognition). The content of one section: paragraphs, "-" items with their "+"
// items and the paragraphs between them, timeline entries ("Tháng 10 năm 2025: …"), tables, and
// the duties lines ("- Đơn vị chủ trì: …", "- Đơn vị phối hợp thực hiện: …"). A container
// collects entries in order; duties are kept as duties only where the tool prints them (after
// the body, before the subsections), otherwise they stay items. Pure.
import type { BodyInput, SectionInput, TableInput, UnitInput } from './plan-input.js';

const TIMELINE = /^((?:Tháng|Quý|Năm|Tuần|Từ|Trước|Đến|Các tháng|Trong|Đầu|Cuối|Giữa|Ngày|Hằng|Hàng|Định kỳ)\b[^:.;]{0,60}?):\s+(\S.*)$/u;
export const DUTY = /^(Đơn vị chủ trì|Đơn vị phối hợp(?: thực hiện)?)\s*:\s*(.*)$/u;

type Item = { item: string; items?: string[]; body?: BodyInput[] };

interface DutyLine {
  lead: boolean;
  /** The line as typed (kept as an item if it cannot be a duty). */
  text: string;
  units: string;
  tasks: string[];
  /** Its place among the entries, were it to stay an item. */
  at: number;
}

export interface Container {
  entries: BodyInput[];
  /** The last "-" item, which "+" items and the paragraphs before them go into. */
  openItem: Item | null;
  duties: DutyLine[];
  /** Something came after the duties lines: they cannot be printed as duties. */
  afterDuties: boolean;
  /** A paragraph came right after an item and was put beside it (a guess, for the review list). */
  afterItem: string | null;
}

export const newContainer = (): Container => ({ entries: [], openItem: null, duties: [], afterDuties: false, afterItem: null });

function push(c: Container, e: BodyInput): void {
  if (c.duties.length) c.afterDuties = true;
  c.entries.push(e);
}

export function addParagraph(c: Container, text: string, intoItem: boolean): void {
  if (intoItem && c.openItem) {
    (c.openItem.body ??= []).push(text);
    return;
  }
  if (c.openItem) c.afterItem ??= text;
  c.openItem = null;
  const t = TIMELINE.exec(text);
  push(c, t ? { when: t[1]!, task: t[2]! } : text);
}

export function addItem(c: Container, text: string): void {
  const duty = DUTY.exec(text);
  if (duty) {
    c.duties.push({ lead: duty[1] === 'Đơn vị chủ trì', text, units: duty[2]!.trim(), tasks: [], at: c.entries.length });
    c.openItem = null;
    return;
  }
  const item: Item = { item: text };
  push(c, item);
  c.openItem = item;
}

export function addPlus(c: Container, text: string): void {
  const duty = c.duties[c.duties.length - 1];
  if (duty && !duty.units && !c.afterDuties) {
    duty.tasks.push(text);
    return;
  }
  const item = c.openItem;
  if (!item) return push(c, { plus: text });
  if (!item.body?.length) (item.items ??= []).push(text);
  else item.body.push({ item: text });
}

export function addTable(c: Container, table: TableInput): void {
  c.openItem = null;
  push(c, { table });
}

/** "A, B, Ủy ban nhân dân các xã, phường" → units; a piece in lower case goes on with the one before. */
export function splitUnits(text: string): string[] {
  const out: string[] = [];
  for (const piece of text.replace(/[.;]\s*$/, '').split(/,\s+/)) {
    const continues = out.length > 0 && /^\p{Ll}/u.test(piece) && !/^(các|đề nghị|những)\s/u.test(piece);
    if (continues) out[out.length - 1] += `, ${piece}`;
    else if (piece.trim()) out.push(piece.trim());
  }
  return out;
}

const unitWithTask = (line: string): UnitInput => {
  const at = line.indexOf(': ');
  return at > 0 ? { unit: line.slice(0, at).trim(), task: line.slice(at + 2).trim() } : line.replace(/[;.]$/, '');
};

/** The container's entries and duties, as a section's body and duties. */
export function closeContainer(c: Container): Pick<SectionInput, 'body' | 'duties'> {
  const out: Pick<SectionInput, 'body' | 'duties'> = {};
  const lead = c.duties.filter((d) => d.lead);
  const coop = c.duties.filter((d) => !d.lead);
  const asDuties = !c.afterDuties && lead.length === 1 && coop.length <= 1 && (c.duties[0]?.lead ?? false);
  const entries = [...c.entries];
  if (asDuties) {
    const units = (d: DutyLine): UnitInput[] => (d.units ? splitUnits(d.units) : d.tasks.map(unitWithTask));
    out.duties = { lead: units(lead[0]!) };
    if (coop[0]) out.duties.cooperating = units(coop[0]);
    if (!out.duties.lead.length) delete out.duties;
  }
  if (!out.duties) [...c.duties].reverse().forEach((d) => entries.splice(d.at, 0, d.tasks.length ? { item: d.text, items: d.tasks } : { item: d.text }));
  if (entries.length) out.body = entries;
  return out;
}
