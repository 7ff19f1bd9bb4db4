// Stage: reader (recognition). The DOCX tree → the parts of a plan, by their landmarks: the
// masthead before "KẾ HOẠCH", the title lines after it, the legal bases, intro and sections up
// to the closing paragraph, the Nơi nhận and signature blocks, then the appendices (each from
// its "Phụ lục" label, or its page break, to the next). Pure.
import { msg, type Msg } from '../../diag/index.js';
import type { DocxBlock, DocxTable } from '../types.js';
import { flat, toLine, type Line } from './lines.js';
import { typedMarker } from './markers.js';
import { readVnNumber } from './table-grid.js';

export type Item = { kind: 'line'; line: Line } | { kind: 'table'; table: DocxTable } | { kind: 'layout'; table: DocxTable };

export interface Parts {
  /** Masthead lines by column: left (issuer, Số), right (quốc hiệu, place and date), or unknown. */
  masthead: { left: Line[]; right: Line[]; other: Line[] };
  docType: string;
  title: Line[];
  /** Legal bases, intro and sections, up to (not including) the closing paragraph. */
  body: Item[];
  closing: Line | null;
  /** The Nơi nhận and signature blocks (layout tables, or lines). */
  closingBlocks: Item[];
  appendices: Item[][];
}

export class NotAPlanError extends Error {
  constructor(readonly reason: Msg) {
    super(reason.key);
    this.name = 'NotAPlanError';
  }
}

const DOC_TYPE = /^k[eế]\s*ho[aạ]ch(\s+li[eê]n\s+t[iị]ch)?$/iu;
export const RECIPIENTS_HEAD = /^n[ơo]i\s+nh[aậ]n\b/iu;
export const AUTHORITY = /^(TM|KT|Q|TL|TUQ)\s*\.\s*\S/u;
export const APPENDIX_LABEL = /^ph[uụ]\s*l[uụ]c(\s+(s[oố]\s*)?([IVXL]+|\d{1,2}))?\s*[:.]?$/iu;
export const APPENDIX_REF = /^\(?\s*k[eè]m\s+theo\b/iu;

const isEmpty = (i: Item) => i.kind === 'line' && flat(i.line.text) === '';
const lineText = (i: Item | undefined) => (i?.kind === 'line' ? flat(i.line.text) : '');

/** Lines of a paragraph split at manual line breaks (each keeps the paragraph's formatting). */
export function splitBreaks(line: Line): Line[] {
  if (!line.text.includes('\n')) return [line];
  const out: Line[] = [];
  let runs: Line['runs'] = [];
  const push = () => {
    const text = runs.map((r) => r.text).join('');
    out.push({ ...toLine({ type: 'paragraph', style: line.style, outlineLevel: line.outlineLevel, align: line.align, indentPt: line.indentPt, list: out.length ? null : line.list, runs, pageBreak: out.length ? false : line.pageBreak }), text });
    runs = [];
  };
  for (const r of line.runs) {
    const pieces = r.text.split('\n');
    pieces.forEach((piece, k) => {
      if (k > 0) push();
      if (piece) runs.push({ ...r, text: piece });
    });
  }
  push();
  return out;
}

/** A table drawn without borders that still holds figures (rows of numbers under headers). */
function looksLikeData(t: DocxTable): boolean {
  const lines = cellLines(t).map((l) => flat(l.text));
  if (t.rows.length < 3 || Math.max(...t.rows.map((r) => r.cells.length)) < 3) return false;
  if (lines.some((x) => RECIPIENTS_HEAD.test(x) || AUTHORITY.test(x) || /^c[oộ]ng\s*h[oò]a/iu.test(x))) return false;
  return lines.filter((x) => readVnNumber(x) !== null).length * 3 >= lines.filter(Boolean).length;
}

/** A paragraph cut at manual line breaks followed by a typed "-", "+" or number. */
function splitAtMarkers(line: Line): Line[] {
  if (!line.text.includes('\n')) return [line];
  const pieces = splitBreaks(line);
  const out: Line[] = [];
  for (const piece of pieces) {
    const last = out[out.length - 1];
    if (!last || typedMarker(piece.text) !== null) out.push(piece);
    else {
      const runs = [...last.runs, { ...last.runs[last.runs.length - 1]!, text: '\n' }, ...piece.runs];
      out[out.length - 1] = { ...toLine({ type: 'paragraph', style: last.style, outlineLevel: last.outlineLevel, align: last.align, indentPt: last.indentPt, list: last.list, runs, pageBreak: false }) };
    }
  }
  return out.length > 1 ? out : [line];
}

function toItems(blocks: DocxBlock[]): Item[] {
  const out: Item[] = [];
  let pageBreak = false;
  for (const b of blocks) {
    if (b.type === 'table') {
      const table = { ...b, pageBreak: b.pageBreak || pageBreak };
      out.push(b.bordered || looksLikeData(b) ? { kind: 'table', table } : { kind: 'layout', table });
      pageBreak = false;
      continue;
    }
    const line = toLine(b);
    // an empty paragraph, or a rule typed as a row of underscores, dashes or stars
    if (flat(line.text) === '' || /^[_\-–—=.*•~\s]{3,}$/.test(flat(line.text))) {
      pageBreak ||= line.pageBreak;
      continue;
    }
    // items typed on new lines with Shift+Enter ("…BHYT:↵- Phải …") are paragraphs of their own
    for (const [k, piece] of splitAtMarkers(line).entries()) out.push({ kind: 'line', line: { ...piece, pageBreak: k === 0 && (line.pageBreak || pageBreak) } });
    pageBreak = false;
  }
  return out;
}

/** The lines of a layout table, cell by cell. */
export function cellLines(table: DocxTable, column?: (c: number) => boolean): Line[] {
  return table.rows.flatMap((r) =>
    r.cells.filter((c) => c.rowSpan > 0 && (!column || column(c.column))).flatMap((c) => c.blocks.flatMap((b) => (b.type === 'paragraph' ? splitBreaks(toLine(b)) : b.bordered ? [] : cellLines(b)))),
  );
}

const tableHas = (t: DocxTable, test: RegExp) => cellLines(t).some((l) => test.test(flat(l.text)));

function mastheadOf(items: Item[]): Parts['masthead'] {
  const out: Parts['masthead'] = { left: [], right: [], other: [] };
  for (const i of items) {
    if (i.kind === 'line') {
      for (const l of splitBreaks(i.line)) {
        const cut = l.text.split(/\t+/).map((s) => s.trim());
        if (cut.length > 1 && cut[0] && cut[cut.length - 1]) {
          out.left.push({ ...l, text: cut[0]!, markup: cut[0]! });
          out.right.push({ ...l, text: cut[cut.length - 1]!, markup: cut[cut.length - 1]! });
        } else if (flat(l.text)) out.other.push({ ...l, text: flat(l.text) });
      }
    } else {
      const half = (i.table.columnsPt.length || 2) / 2;
      out.left.push(...cellLines(i.table, (c) => c < half).filter((l) => flat(l.text)));
      out.right.push(...cellLines(i.table, (c) => c >= half).filter((l) => flat(l.text)));
    }
  }
  return out;
}

/** A title line: centred, or bold and not justified like the legal bases below it. */
const isTitleLine = (l: Line) =>
  (l.align === 'center' || (l.bold > 0.9 && l.align !== 'both')) && !(l.align !== 'center' && /^(căn cứ|thực hiện|theo|nhằm)\b/iu.test(flat(l.text))) && !/^[_\-–—=.*]{3,}$/.test(flat(l.text));

/** Where the appendices start: a "Phụ lục" label, or a page break after the signature. */
function appendixStart(items: Item[], from: number): number {
  for (let k = from; k < items.length; k++) {
    const i = items[k]!;
    const text = lineText(i);
    if (i.kind === 'line' && (APPENDIX_LABEL.test(text) || i.line.pageBreak)) return k;
    if (i.kind === 'table' && i.table.pageBreak) return k;
    if (i.kind === 'line' && APPENDIX_REF.test(lineText(items[k + 1])) && i.line.bold > 0.5) return k;
    if (i.kind === 'line' && i.line.bold > 0.5 && i.line.align === 'center' && APPENDIX_REF.test(lineText(items[k + 2]))) return k;
  }
  return items.length;
}

function splitAppendices(items: Item[]): Item[][] {
  const out: Item[][] = [];
  for (const [k, i] of items.entries()) {
    const starts = k === 0 || (i.kind === 'line' && (APPENDIX_LABEL.test(lineText(i)) || (i.line.pageBreak && !APPENDIX_LABEL.test(lineText(items[k - 1]))))) || (i.kind !== 'line' && i.table.pageBreak && out[out.length - 1]!.some((x) => x.kind === 'table'));
    if (starts) out.push([i]);
    else out[out.length - 1]!.push(i);
  }
  return out;
}

export function splitParts(blocks: DocxBlock[]): Parts {
  const items = toItems(blocks);
  const typeAt = items.findIndex((i) => i.kind === 'line' && splitBreaks(i.line).some((l) => DOC_TYPE.test(flat(l.text))));
  if (typeAt < 0) throw new NotAPlanError(msg('import.not_a_plan'));
  // "KẾ HOẠCH" and the title may share a paragraph, broken by hand
  const typeLines = splitBreaks((items[typeAt] as { line: Line }).line);
  const typeLine = typeLines.findIndex((l) => DOC_TYPE.test(flat(l.text)));
  const title: Line[] = typeLines.slice(typeLine + 1).filter((l) => flat(l.text));
  let k = typeAt + 1;
  for (; k < items.length; k++) {
    const i = items[k]!;
    if (i.kind !== 'line' || !isTitleLine(i.line) || title.length >= 4) break;
    title.push(...splitBreaks(i.line).filter((l) => flat(l.text)));
  }
  const rest = items.slice(k);
  let anchor = rest.findIndex((i) => (i.kind === 'line' ? RECIPIENTS_HEAD.test(lineText(i)) : i.kind === 'layout' && tableHas(i.table, RECIPIENTS_HEAD)));
  if (anchor < 0) anchor = rest.findIndex((i) => (i.kind === 'line' ? AUTHORITY.test(lineText(i)) : i.kind === 'layout' && tableHas(i.table, AUTHORITY)));
  if (anchor < 0) anchor = rest.length;
  // a joint plan's signatures stand before Nơi nhận: the closing blocks start after the closing paragraph
  let closingAt = anchor - 1;
  while (closingAt >= 0 && rest[closingAt]!.kind === 'layout' && tableHas((rest[closingAt] as { table: DocxTable }).table, AUTHORITY)) closingAt--;
  const closingItem = rest[closingAt];
  const closing = closingItem?.kind === 'line' ? closingItem.line : null;
  const afterClosing = rest.slice(closingAt + 1);
  const start = appendixStart(afterClosing, Math.max(0, anchor - closingAt - 1) + 1);
  return {
    masthead: mastheadOf(items.slice(0, typeAt)),
    docType: flat(typeLines[typeLine]!.text).toLocaleUpperCase('vi'),
    title: title.filter((l) => !isEmpty({ kind: 'line', line: l })),
    body: rest.slice(0, closing ? closingAt : Math.max(0, closingAt + 1)),
    closing,
    closingBlocks: afterClosing.slice(0, start),
    appendices: start < afterClosing.length ? splitAppendices(afterClosing.slice(start)) : [],
  };
}
