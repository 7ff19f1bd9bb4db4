// Stage: reader (DOCX). numbering.xml → the numbers and bullets Word draws in front of list
// paragraphs ("I.", "1.", "1.1.", "a)", "-"), counted as Word counts them: per abstract list
// (lists sharing one go on counting), deeper levels restarting after a higher one, and a list
// instance's startOverride restarting its levels where it is first used.
import { toRoman } from '../../util/vn-number.js';
import { child, elements, type XmlElement } from '../xml/parse-xml.js';

interface Level {
  start: number;
  format: string;
  text: string;
  legal: boolean;
}

interface Instance {
  abstractId: string;
  starts: Map<number, number>;
}

export interface Numbering {
  abstracts: Map<string, Map<number, Level>>;
  instances: Map<string, Instance>;
}

const val = (el: XmlElement | undefined): string | undefined => el?.attrs['w:val'];

function readLevel(lvl: XmlElement): Level {
  return {
    start: Number(val(child(lvl, 'w:start')) ?? 1) || 0,
    format: val(child(lvl, 'w:numFmt')) ?? 'decimal',
    text: val(child(lvl, 'w:lvlText')) ?? '',
    legal: child(lvl, 'w:isLgl') !== undefined,
  };
}

export function readNumbering(root: XmlElement | undefined): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  const instances = new Map<string, Instance>();
  if (!root) return { abstracts, instances };
  for (const a of elements(root, 'w:abstractNum')) {
    const levels = new Map<number, Level>();
    for (const l of elements(a, 'w:lvl')) levels.set(Number(l.attrs['w:ilvl'] ?? 0), readLevel(l));
    abstracts.set(a.attrs['w:abstractNumId'] ?? '', levels);
  }
  for (const n of elements(root, 'w:num')) {
    const abstractId = val(child(n, 'w:abstractNumId')) ?? '';
    const starts = new Map<number, number>();
    for (const o of elements(n, 'w:lvlOverride')) {
      const level = Number(o.attrs['w:ilvl'] ?? 0);
      const start = val(child(o, 'w:startOverride')) ?? val(child(child(o, 'w:lvl'), 'w:start'));
      if (start !== undefined) starts.set(level, Number(start));
    }
    instances.set(n.attrs['w:numId'] ?? '', { abstractId, starts });
  }
  return { abstracts, instances };
}

/** Symbol-font bullets (private-use code points) as the characters they draw. */
const BULLETS: Record<string, string> = { '\uF0B7': '•', '\uF02D': '-', '\uF0A7': '▪', '\uF0D8': '➢', '\uF076': '❖', '\uF0FC': '✓', '\uF02B': '+', '\uF0BE': '—' };

function letters(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(97 + ((k - 1) % 26)) + s;
  return s;
}

export function formatCounter(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
      return n > 0 && n < 4000 ? toRoman(n) : String(n);
    case 'lowerRoman':
      return n > 0 && n < 4000 ? toRoman(n).toLowerCase() : String(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'none':
      return '';
    default:
      return String(n);
  }
}

export interface ListLabel {
  label: string;
  level: number;
  format: string;
}

/** Counts list paragraphs in document order and gives each its label. */
export function listCounter(numbering: Numbering): (numId: string, ilvl: number) => ListLabel | null {
  const counters = new Map<string, number[]>();
  const used = new Set<string>();
  return (numId, ilvl) => {
    const instance = numbering.instances.get(numId);
    const levels = instance && numbering.abstracts.get(instance.abstractId);
    const level = levels?.get(ilvl);
    if (!instance || !levels || !level) return null;
    const counts = counters.get(instance.abstractId) ?? [];
    counters.set(instance.abstractId, counts);
    if (!used.has(numId)) {
      used.add(numId);
      for (const [l, start] of instance.starts) counts[l] = start - 1;
    }
    const startOf = (l: number) => instance.starts.get(l) ?? levels.get(l)?.start ?? 1;
    counts[ilvl] = (counts[ilvl] ?? startOf(ilvl) - 1) + 1;
    counts.length = ilvl + 1; // deeper levels restart
    if (level.format === 'bullet') return { label: BULLETS[level.text] ?? level.text, level: ilvl, format: 'bullet' };
    const label = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const format = level.legal ? 'decimal' : (levels.get(l)?.format ?? 'decimal');
      return formatCounter(counts[l] ?? startOf(l), format);
    });
    return { label, level: ilvl, format: level.format };
  };
}
