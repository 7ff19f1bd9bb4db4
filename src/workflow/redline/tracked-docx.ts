// Stage: workflow (redline). The merged Document (redline/merge) → a DOCX with tracked changes:
// our own DOCX writer lays it out as the plan, then the marks in its text become Word's revision
// marks: w:ins and w:del around runs (deleted text in w:delText), the paragraph mark of a whole
// paragraph inserted or deleted, and w:ins / w:del in the properties of a table row. Word and
// LibreOffice show them in the Review pane, to accept or reject one by one.
import { createMeasure } from '../../fonts/measure.js';
import { unzippedParts, zipParts } from '../../docx/deterministic.js';
import { writeDocx } from '../../docx/write-docx.js';
import type { Document } from '../../model/types.js';
import { MARK } from './merge.js';

const AUTHOR = 'diff-plan';

function tracker() {
  let id = 0;
  return (tag: 'ins' | 'del') => `w:${tag} w:id="${++id}" w:author="${AUTHOR}"`;
}

/** Table rows marked inserted or deleted: the mark goes into w:trPr. */
function rows(xml: string, attrs: ReturnType<typeof tracker>): string {
  return xml.replace(/<w:tr>(?:(?!<\/w:tr>)[\s\S])*?<\/w:tr>/g, (row) => {
    const side = row.includes(MARK.rowIns) ? 'ins' : row.includes(MARK.rowDel) ? 'del' : null;
    if (!side) return row;
    const clean = row.replace(new RegExp(`[${MARK.rowIns}${MARK.rowDel}]`, 'g'), '');
    return clean.includes('</w:trPr>') ? clean.replace('</w:trPr>', `<${attrs(side)}/></w:trPr>`) : clean.replace('<w:tr>', `<w:tr><w:trPr><${attrs(side)}/></w:trPr>`);
  });
}

type Mode = 'normal' | 'ins' | 'del';

/** A run's text split where the marks are: each piece a run of its own, wrapped as it must be. */
function splitRun(run: string, state: { mode: Mode }, attrs: ReturnType<typeof tracker>): string {
  const props = /^<w:r>(<w:rPr>[\s\S]*?<\/w:rPr>)?/.exec(run)?.[1] ?? '';
  const text = /<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>/.exec(run);
  if (!text) return state.mode === 'normal' ? run : `<${attrs(state.mode)}>${run}</w:${state.mode}>`;
  const pieces: { mode: Mode; text: string }[] = [];
  let current = '';
  const flush = () => {
    if (current) pieces.push({ mode: state.mode, text: current });
    current = '';
  };
  for (const ch of text[1]!) {
    if (ch === MARK.insStart || ch === MARK.delStart || ch === MARK.insEnd || ch === MARK.delEnd) {
      flush();
      state.mode = ch === MARK.insStart ? 'ins' : ch === MARK.delStart ? 'del' : 'normal';
    } else current += ch;
  }
  flush();
  return pieces
    .map((p) => {
      const body = p.mode === 'del' ? `<w:delText xml:space="preserve">${p.text}</w:delText>` : `<w:t xml:space="preserve">${p.text}</w:t>`;
      const r = `<w:r>${props}${body}</w:r>`;
      return p.mode === 'normal' ? r : `<${attrs(p.mode)}>${r}</w:${p.mode}>`;
    })
    .join('');
}

/** A paragraph: its runs split at the marks, and its mark tracked when the whole of it is new or gone. */
function paragraph(p: string, attrs: ReturnType<typeof tracker>): string {
  if (!/[\uE100-\uE105]/.test(p)) return p;
  const side = p.includes(MARK.paraIns) ? 'ins' : p.includes(MARK.paraDel) ? 'del' : null;
  const state: { mode: Mode } = { mode: 'normal' };
  const out = p.replace(new RegExp(`[${MARK.paraIns}${MARK.paraDel}]`, 'g'), '').replace(/<w:r>(?:(?!<\/w:r>)[\s\S])*?<\/w:r>/g, (run) => splitRun(run, state, attrs));
  if (!side) return out;
  const mark = `<${attrs(side)}/>`;
  const end = out.indexOf('</w:pPr>');
  if (end < 0) return out.replace(/^<w:p(\s[^>]*)?>/, (tag) => `${tag}<w:pPr><w:rPr>${mark}</w:rPr></w:pPr>`);
  // the paragraph mark's properties: revision marks first in w:rPr, w:rPr before w:sectPr
  const props = out.slice(0, end);
  const rPr = props.lastIndexOf('<w:rPr>');
  if (rPr >= 0) return `${out.slice(0, rPr + 7)}${mark}${out.slice(rPr + 7)}`;
  const sect = props.indexOf('<w:sectPr');
  const at = sect >= 0 ? sect : end;
  return `${out.slice(0, at)}<w:rPr>${mark}</w:rPr>${out.slice(at)}`;
  return out;
}

/** word/document.xml with the marks turned into revisions. */
export function trackChanges(xml: string): string {
  const attrs = tracker();
  return rows(xml, attrs).replace(/<w:p(?:\s[^>]*)?>(?:(?!<\/w:p>)[\s\S])*?<\/w:p>/g, (p) => paragraph(p, attrs));
}

export async function writeRedlineDocx(merged: Document): Promise<Uint8Array> {
  const bytes = await writeDocx(merged, { measure: createMeasure() });
  const parts = await unzippedParts(bytes);
  const doc = parts.get('word/document.xml');
  if (typeof doc !== 'string') throw new Error('the DOCX writer gave no word/document.xml');
  parts.set('word/document.xml', trackChanges(doc));
  return zipParts(parts, merged.meta.date);
}
