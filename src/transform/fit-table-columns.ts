// Stage: transform (Document → Document, with the fonts' measure). A number is never split
// inside a table cell ("1.234.567,2" over "5"): each column is made at least as wide as the
// widest number in it, in the font its row prints with; the room comes from what the other
// columns have beyond their widest word. Words are kept whole the same way ("STT", not "ST" over
// "T") wherever the other columns have that room. When the page is too narrow for that, the table's text
// shrinks, half a point at a time, down to 9 pt in the body rows; then long words may break once
// (columns down to half their widest word). Both writers use the same widths and sizes, so the
// DOCX (in Word or LibreOffice) and the PDF agree. Tables whose numbers already fit are returned
// untouched; a table whose numbers cannot fit even so is left as it is, with a warning.
import { diagnostic, msg, type Diagnostic } from '../diag/index.js';
import type { FontFace, Measure } from '../fonts/measure.js';
import { PT_PER_MM, TABLE_ROW_STYLES, tableTextSizePt, type Theme } from '../model/theme.js';
import type { Block, Document, Inline, Section, Table } from '../model/types.js';

/** Room kept beyond the measured width: twips rounding, and other programs' text measurement. */
const SAFETY_PT = 1.5;

/** The smallest body text a table is shrunk to before the build gives up with a warning. */
export const MIN_TABLE_TEXT_PT = 9;

/** A number as tables print it: 16.095 · 95,50 · -1.500 · 95,5% · (2024) — never broken. */
const NUMBER = /^[(\-\u2212+]?\d[\d.,]*%?\)?[.,;:]?$/u;

interface Needs {
  /** Widest number of each column (cells spanning one column), in points, padding included. */
  number: number[];
  /** Widest word of any kind. */
  word: number[];
}

/** Calls `each` with every text run of the inlines and the face it prints in. */
function eachRun(inlines: readonly Inline[], face: FontFace, each: (text: string, face: FontFace) => void): void {
  for (const i of inlines)
    if (i.type === 'text') each(i.value, face);
    else eachRun(i.children, i.type === 'strong' ? { ...face, bold: true } : { ...face, italic: true }, each);
}

function needs(table: Table, theme: Theme, measure: Measure, padPt: number, scale: number): Needs {
  const columns = table.widths.length;
  const out: Needs = { number: new Array<number>(columns).fill(0), word: new Array<number>(columns).fill(0) };
  const carried = new Array<number>(columns).fill(0);
  for (const row of table.children) {
    const style = theme.paragraphStyles[TABLE_ROW_STYLES[row.kind]]!;
    let col = 0;
    for (const cell of row.children) {
      while (carried[col]! > 0) col++;
      for (let k = 0; k < cell.colSpan; k++) carried[col + k] = cell.rowSpan;
      if (cell.colSpan === 1)
        eachRun(cell.children, { bold: style.bold, italic: style.italic }, (text, face) => {
          for (const word of text.split(/\s+/)) {
            if (word === '') continue;
            const w = measure(word, face, tableTextSizePt(style.sizePt, scale)) + 2 * padPt + SAFETY_PT;
            out.word[col] = Math.max(out.word[col]!, w);
            if (NUMBER.test(word)) out.number[col] = Math.max(out.number[col]!, w);
          }
        });
      col += cell.colSpan;
    }
    for (let k = 0; k < columns; k++) carried[k] = Math.max(0, carried[k]! - 1);
  }
  return out;
}

/**
 * Widths (pt) where every column holds its widest number, or null when the page is too narrow.
 * Room comes from what columns have beyond their widest word; with `breakWords`, also from what
 * they have beyond half their widest word (a long word may then break once; numbers never do).
 */
export function fitWidths(widths: readonly number[], need: Needs, breakWords = false): number[] | null {
  const total = widths.reduce((a, b) => a + b, 0);
  const out = [...widths];
  let missing = 0;
  need.number.forEach((n, i) => {
    if (out[i]! < n) (missing += n - out[i]!), (out[i] = n);
  });
  if (missing === 0) return [...widths];
  // give up room: first what columns have beyond their widest word, then beyond their widest number
  const floors = [need.word.map((w, i) => Math.max(w, need.number[i]!)), ...(breakWords ? [need.word.map((w, i) => Math.max(w / 2, need.number[i]!))] : [])];
  for (const floor of floors) {
    const slack = out.map((w, i) => Math.max(0, w - floor[i]!));
    const available = slack.reduce((a, b) => a + b, 0);
    if (available <= 0) continue;
    const take = Math.min(1, missing / available);
    out.forEach((w, i) => (out[i] = w - slack[i]! * take));
    missing -= available * take;
    if (missing <= 1e-6) return out.map((w) => (w / out.reduce((a, b) => a + b, 0)) * total);
  }
  return null;
}

/** The table with column widths (and if need be a smaller text) that hold every number; null when none does. */
function fitTable(table: Table, widthPt: number, theme: Theme, measure: Measure): Table | null {
  const sum = table.widths.reduce((a, b) => a + b, 0);
  const widths = table.widths.map((w) => (w / sum) * widthPt);
  const padPt = theme.table.cellPaddingMm * PT_PER_MM;
  const need = needs(table, theme, measure, padPt, 1);
  const numbersFit = need.number.every((n, i) => n <= widths[i]!);
  // a word is only moved for when it would truly break (numbers keep the safety room always)
  if (numbersFit && need.word.every((n, i) => n - SAFETY_PT <= widths[i]!)) return table;
  // no word split either ("ST" over "T" in a narrow STT column) when the other columns have room
  // beyond their widest word
  const whole = fitWidths(widths, { number: need.word.map((w, i) => Math.max(w, need.number[i]!)), word: need.word });
  if (whole) return { ...table, widths: whole.map((w) => Math.round(w * 100) / 100) };
  if (numbersFit) return table;
  const bodyPt = theme.paragraphStyles[TABLE_ROW_STYLES.body]!.sizePt;
  // smaller text before broken words; broken words (never numbers) before giving up
  for (const breakWords of [false, true])
    for (let sizePt = bodyPt; sizePt >= MIN_TABLE_TEXT_PT; sizePt -= 0.5) {
      const scale = Math.round((sizePt / bodyPt) * 10000) / 10000;
      const fitted = fitWidths(widths, scale === 1 ? need : needs(table, theme, measure, padPt, scale), breakWords);
      if (fitted) return { ...table, widths: fitted.map((w) => Math.round(w * 100) / 100), ...(scale === 1 ? {} : { textScale: scale }) };
    }
  return null;
}

const textOf = (inlines: readonly Inline[]): string => inlines.map((i) => (i.type === 'text' ? i.value : textOf(i.children))).join('');

export function fitTableColumns(doc: Document, measure: Measure): { document: Document; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const p = doc.theme.page;
  const section = (s: Section): Section => {
    const widthPt = ((s.orientation === 'landscape' ? p.heightMm : p.widthMm) - p.marginLeftMm - p.marginRightMm) * PT_PER_MM;
    let title = '';
    let changed = false;
    const children = s.children.map((b): Block => {
      if (b.type === 'paragraph' && (title === '' || /Title/.test(b.style))) title = textOf(b.children);
      if (b.type !== 'table') return b;
      const fitted = fitTable(b, widthPt, doc.theme, measure);
      if (fitted === null) {
        diagnostics.push(diagnostic('table_too_narrow', { table: title, size: MIN_TABLE_TEXT_PT }, {}, { severity: 'warning', hints: [msg('narrow.hint')] }));
        return b;
      }
      changed ||= fitted !== b;
      return fitted;
    });
    return changed ? { ...s, children } : s;
  };
  const children = doc.children.map(section);
  return { document: children.every((s, i) => s === doc.children[i]) ? doc : { ...doc, children }, diagnostics };
}
