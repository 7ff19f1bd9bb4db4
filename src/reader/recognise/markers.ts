// Stage: reader (recognition). The number or bullet in front of a paragraph, typed ("II. ",
// "1.Tăng", "1.1. ", "a) ", "- ", "+ ") or drawn by Word's automatic numbering, and the level of
// the plan it stands for: I. → 1, 1. → 2, 1.1. → 3, a) → 4. Pure.
import { VIETNAMESE_LETTERS } from '../../util/vn-number.js';
import type { Line } from './lines.js';

export type MarkerKind = 'roman' | 'arabic' | 'dotted' | 'letter' | 'dash' | 'plus';

export interface Marker {
  kind: MarkerKind;
  /** The numbers it carries: [3] for "III." and "3.", [1, 2] for "1.2.", [5] for "đ)". */
  value: number[];
  /** As printed: "III.", "1.2.", "a)", "-". */
  label: string;
  /** Characters of the line's text it takes up, the space after it included (0 for Word's own). */
  length: number;
  /** Drawn by Word's automatic numbering rather than typed. */
  automatic: boolean;
}

const ROMAN_VALUE: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

export function romanValue(r: string): number | null {
  if (!/^(L?X{0,3})(IX|IV|V?I{0,3})$/.test(r) || r === '') return null;
  return [...r].reduce((n, c, i) => n + ((ROMAN_VALUE[c] ?? 0) < (ROMAN_VALUE[r[i + 1] ?? ''] ?? 0) ? -ROMAN_VALUE[c]! : ROMAN_VALUE[c]!), 0);
}

const letterValue = (l: string): number => VIETNAMESE_LETTERS.indexOf(l.toLowerCase()) + 1 || l.toLowerCase().charCodeAt(0) - 96;

/** What a label says ("II.", "1.1.", "a)", "-"), typed or drawn. */
export function readLabel(label: string): Omit<Marker, 'length' | 'automatic'> | null {
  const s = label.trim();
  let m: RegExpExecArray | null;
  if ((m = /^([IVXL]{1,7})\s*[.):-]?$/.exec(s)) && romanValue(m[1]!) !== null) return { kind: 'roman', value: [romanValue(m[1]!)!], label: s };
  if ((m = /^(\d{1,2}(?:\.\d{1,2})+)\.?[):]?$/.exec(s))) return { kind: 'dotted', value: m[1]!.split('.').map(Number), label: s };
  if ((m = /^(\d{1,2})\s*[.):/]?$/.exec(s))) return { kind: 'arabic', value: [Number(m[1])], label: s };
  if ((m = /^([a-zđ])\s*[).]$/u.exec(s))) return { kind: 'letter', value: [letterValue(m[1]!)], label: s };
  if (/^[-–—•▪◦·●○■□➢❖✓→*]$/u.test(s)) return { kind: 'dash', value: [], label: '-' };
  if (s === '+') return { kind: 'plus', value: [], label: '+' };
  return null;
}

/** The typed marker at the start of `text`, with the spaces after it. */
export function typedMarker(text: string): Marker | null {
  const patterns: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^\s*([IVXL]{1,7})\s*[.)]\s*(?=\S)/u, (m) => `${m[1]}.`],
    [/^\s*(\d{1,2}(?:\.\d{1,2})+)\.?(?:\s+|(?=\p{Lu}))/u, (m) => `${m[1]}.`],
    [/^\s*(\d{1,2})\s*[.)](?:\s+|(?=\p{Lu}))/u, (m) => `${m[1]}.`],
    [/^\s*([a-zđ])\)\s*(?=\S)/u, (m) => `${m[1]})`],
    [/^\s*[-–—•▪●■➢❖*]\s*(?=\S)/u, () => '-'],
    [/^\s*\+\s*(?=\S)/u, () => '+'],
  ];
  for (const [re, label] of patterns) {
    const m = re.exec(text);
    if (!m) continue;
    const read = readLabel(label(m));
    if (read) return { ...read, length: m[0].length, automatic: false };
  }
  return null;
}

/** The paragraph's marker: Word's automatic number if it has one, else the typed one. */
export function markerOf(line: Line): Marker | null {
  if (line.list) {
    const read = readLabel(line.list.label);
    if (read) return { ...read, kind: read.kind === 'dash' && line.list.level > 0 ? 'plus' : read.kind, length: 0, automatic: true };
  }
  return typedMarker(line.text);
}

const SECTION_LEVEL: Partial<Record<MarkerKind, number>> = { roman: 1, arabic: 2, letter: 4 };

/** The plan level a numbering marker stands for (1–4), or null for dashes and pluses. */
export function levelOf(m: Marker): number | null {
  if (m.kind === 'dotted') return Math.min(4, m.value.length + 1);
  return SECTION_LEVEL[m.kind] ?? null;
}
