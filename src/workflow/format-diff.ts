// Stage: workflow. Changes → what a reviewer reads: terminal text (coloured on a terminal),
// Markdown to paste into a review, or JSON for tools.
import { diffWords } from 'diff';
import { formatNumber } from '../util/vn-number.js';
import { visible } from '../util/visible.js';
import type { Change, ChangeArea } from './diff-plans.js';

export type DiffFormat = 'text' | 'md' | 'json';

const AREAS: [ChangeArea, string][] = [
  ['field', 'Thông tin chung'],
  ['legal-basis', 'Căn cứ'],
  ['goal', 'Chỉ tiêu'],
  ['section', 'Các mục'],
  ['text', 'Nội dung'],
  ['duty', 'Phân công'],
  ['recipient', 'Nơi nhận'],
  ['row', 'Phụ lục (số liệu)'],
];

const delta = (c: Change): string => (c.delta === undefined ? '' : ` (${c.delta > 0 ? '+' : c.delta < 0 ? '−' : '±'}${formatNumber(Math.abs(Math.round(c.delta * 100) / 100))})`);

type Style = { add: (s: string) => string; del: (s: string) => string; chg: (s: string) => string; md: boolean };

const CONTEXT_WORDS = 4;

/** A long text that changed in a few words: those words, with a little context around them. */
function changedWords(before: string, after: string, style: Style): string {
  const parts = diffWords(before, after);
  const first = (t: string) => new RegExp(`^(\\s*\\S+){0,${CONTEXT_WORDS}}\\s?`).exec(t)![0];
  const last = (t: string) => new RegExp(`\\s?(\\S+\\s*){0,${CONTEXT_WORDS}}$`).exec(t)![0];
  return parts
    .map((p, i) => {
      if (p.removed) return style.md ? `~~${p.value}~~` : `[-${p.value}-]`;
      if (p.added) return style.md ? `**${p.value}**` : `{+${p.value}+}`;
      const head = i > 0 ? first(p.value) : '';
      const tail = i < parts.length - 1 ? last(p.value) : '';
      return head.length + tail.length >= p.value.length ? p.value : `${head}…${tail}`;
    })
    .join('');
}

function line(change: Change, style: Style): string {
  // plan text shown on a terminal or pasted into a review: its control characters made visible
  const c = { ...change, label: visible(change.label), before: change.before === undefined ? undefined : visible(change.before), after: change.after === undefined ? undefined : visible(change.after) };
  const strike = (s: string) => (style.md ? `~~${s}~~` : s);
  if (c.kind === 'added') return style.add(`+ ${c.label}${c.after ? `: ${c.after}` : ''}`);
  if (c.kind === 'removed') return style.del(`- ${c.label}${c.before ? `: ${strike(c.before)}` : ''}`);
  const long = (c.before ?? '').length + (c.after ?? '').length > 120;
  const what = long ? changedWords(c.before ?? '', c.after ?? '', style) : `${strike(c.before ?? '')} → ${c.after ?? ''}${delta(c)}`;
  return style.chg(`~ ${c.label}: ${what}`);
}

export function formatDiff(changes: readonly Change[], format: DiffFormat, colour = false): string {
  if (format === 'json') return `${JSON.stringify(changes, null, 2)}\n`;
  if (changes.length === 0) return format === 'md' ? '_Không có thay đổi._\n' : 'Không có thay đổi.\n';
  const paint = (code: number) => (s: string) => (colour ? `\u001b[${code}m${s}\u001b[0m` : s);
  const style: Style = { add: paint(32), del: paint(31), chg: paint(33), md: format === 'md' };
  const out: string[] = [];
  for (const [area, title] of AREAS) {
    const group = changes.filter((c) => c.area === area);
    if (group.length === 0) continue;
    out.push(format === 'md' ? `## ${title} (${group.length})` : `${paint(1)(title)} (${group.length})`, '');
    for (const c of group) out.push(format === 'md' ? `- ${line(c, style).replace(/^([+~-]) /, (m) => `\`${m.trim()}\` `)}` : `  ${line(c, style)}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
