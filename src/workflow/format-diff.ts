// Stage: workflow. Changes → what a reviewer reads: a summary line first ("14 thay đổi: 5 văn
// bản, 8 số liệu, 1 người ký"), then the changes by part; terminal text (coloured when asked),
// Markdown to paste into a review (plan text escaped, so its **bold** cannot break it), or JSON
// for tools (stable keys, numbers as numbers).
import { diffWords } from 'diff';
import { formatNumber } from '../util/vn-number.js';
import { visible } from '../util/visible.js';
import type { Change, ChangeArea } from './diff/types.js';

export type DiffFormat = 'text' | 'md' | 'json';

/** Each part: its heading, and the word the summary counts it by. */
export const AREAS: [ChangeArea, string, string][] = [
  ['field', 'Thông tin chung', 'thông tin chung'],
  ['legal-basis', 'Căn cứ', 'căn cứ'],
  ['goal', 'Chỉ tiêu', 'chỉ tiêu'],
  ['section', 'Các mục', 'mục'],
  ['text', 'Nội dung', 'văn bản'],
  ['duty', 'Phân công', 'phân công'],
  ['signature', 'Người ký', 'người ký'],
  ['recipient', 'Nơi nhận', 'nơi nhận'],
  ['appendix', 'Phụ lục, bảng', 'phụ lục, bảng'],
  ['row', 'Số liệu', 'số liệu'],
  ['note', 'Cần biết (không in trong văn bản)', 'điều cần biết'],
];

/** "14 thay đổi: 5 văn bản, 8 số liệu, 1 người ký" (what is printed), and what is only to know. */
export function summary(changes: readonly Change[]): string {
  const printed = changes.filter((c) => c.printed);
  const notes = changes.length - printed.length;
  if (changes.length === 0) return 'Không có thay đổi.';
  const parts = AREAS.flatMap(([area, , word]) => {
    const n = printed.filter((c) => c.area === area).length;
    return n > 0 ? [`${n} ${word}`] : [];
  });
  const head = printed.length === 0 ? 'Văn bản không thay đổi' : `${printed.length} thay đổi: ${parts.join(', ')}`;
  return notes > 0 ? `${head}; ${notes} điều cần biết (không in trong văn bản).` : `${head}.`;
}

interface Style {
  md: boolean;
  paint: (code: number, s: string) => string;
}

const MD_SPECIAL = /[\\`*_{}[\]<>#|~+!-]/g;
/**
 * Plan text as it must appear: control characters shown, not acting on the terminal (util/visible);
 * in Markdown every character that means something is escaped.
 */
const esc = (text: string, style: Style): string => {
  const s = visible(text);
  return style.md ? s.replace(MD_SPECIAL, (c) => `\\${c}`).replace(/\n/g, ' ') : s;
};

const value = (v: string | number | null, c: Change): string => {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  const n = formatNumber(v, c.decimals);
  if (c.area === 'goal' && c.note) return c.note === '%' ? `${n}%` : `${n} ${c.note}`;
  return n;
};

const delta = (c: Change): string => {
  if (c.delta === null) return '';
  const sign = c.delta > 0 ? '+' : c.delta < 0 ? '−' : '±';
  return ` (${sign}${formatNumber(Math.abs(c.delta), c.decimals)})`;
};

const CONTEXT_WORDS = 4;

/** A long text that changed in a few words: those words, with a little context around them. */
function changedWords(before: string, after: string, style: Style): string {
  const parts = diffWords(before, after);
  const first = (t: string) => new RegExp(`^(\\s*\\S+){0,${CONTEXT_WORDS}}\\s?`).exec(t)![0];
  const last = (t: string) => new RegExp(`\\s?(\\S+\\s*){0,${CONTEXT_WORDS}}$`).exec(t)![0];
  return parts
    .map((p, i) => {
      if (p.removed) return style.md ? `~~${esc(p.value, style)}~~` : style.paint(31, `[-${visible(p.value)}-]`);
      if (p.added) return style.md ? `**${esc(p.value, style)}**` : style.paint(32, `{+${visible(p.value)}+}`);
      const head = i > 0 ? first(p.value) : '';
      const tail = i < parts.length - 1 ? last(p.value) : '';
      return esc(head.length + tail.length >= p.value.length ? p.value : `${head}…${tail}`, style);
    })
    .join('');
}

const MARK: Record<Change['kind'], string> = { added: '+', removed: '-', changed: '~', moved: '↕' };

function line(c: Change, style: Style): string {
  const label = esc(c.label, style);
  const strike = (s: string) => (style.md && s ? `~~${s}~~` : s);
  const before = esc(value(c.before, c), style);
  const after = esc(value(c.after, c), style);
  const note = c.note && c.area !== 'goal' ? ` (${esc(c.note, style)})` : '';
  let what: string;
  if (c.kind === 'added') what = `${label}${after ? `: ${after}` : ''}`;
  else if (c.kind === 'removed') what = `${label}${before ? `: ${strike(before)}` : ''}`;
  else if (c.before === null && c.after === null) what = label;
  else if (typeof c.before === 'string' && typeof c.after === 'string' && c.before.length + c.after.length > 120) what = `${label}: ${changedWords(c.before, c.after, style)}`;
  else what = `${label}: ${strike(before)} → ${after}${delta(c)}`;
  const mark = MARK[c.kind];
  if (style.md) return `- \`${mark}\` ${what}${note}`;
  const colour = !c.printed ? 35 : c.kind === 'added' ? 32 : c.kind === 'removed' ? 31 : c.kind === 'moved' ? 36 : 33;
  return `  ${style.paint(colour, `${mark} ${what}${note}`)}`;
}

function json(changes: readonly Change[]): string {
  const byArea = Object.fromEntries(AREAS.map(([area]) => [area, changes.filter((c) => c.area === area).length]));
  const body = {
    summary: { text: summary(changes), printed: changes.filter((c) => c.printed).length, notes: changes.filter((c) => !c.printed).length, byArea },
    changes,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

export function formatDiff(changes: readonly Change[], format: DiffFormat, colour = false): string {
  if (format === 'json') return json(changes);
  const style: Style = { md: format === 'md', paint: (code, s) => (colour ? `\u001b[${code}m${s}\u001b[0m` : s) };
  if (changes.length === 0) return style.md ? '_Không có thay đổi._\n' : 'Không có thay đổi.\n';
  const out: string[] = [style.md ? `**${summary(changes)}**` : style.paint(1, summary(changes)), ''];
  for (const [area, title] of AREAS) {
    const group = changes.filter((c) => c.area === area);
    if (group.length === 0) continue;
    out.push(style.md ? `## ${title} (${group.length})` : `${style.paint(1, title)} (${group.length})`, '');
    const contexts = new Set(group.map((c) => c.context));
    let context: string | null = null;
    for (const c of group) {
      if (contexts.size > 1 && c.context !== context && c.context) out.push(style.md ? `- _${esc(c.context, style)}_` : `  ${c.context}:`);
      context = c.context;
      out.push(line(c, style));
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
