// Stage: reader (DOCX). DOCX bytes → DocxTree: the package unzipped (fflate), its main part
// found through the relationships, styles and numbering read, the body walked into blocks.
// A file that is not a DOCX (a .doc, a PDF, a damaged zip) is refused with a message that says
// what to do; Word's strict and transitional forms read alike.
import { strFromU8, unzipSync } from 'fflate';
import { msg, type Msg } from '../../diag/index.js';
import type { DocxTree, ReviewNote } from '../types.js';
import { child, elements, parseXml, XmlError, XmlLimitError, type XmlElement } from '../xml/parse-xml.js';
import { readBlocks } from './blocks.js';
import type { ReadContext } from './context.js';
import { listCounter, readNumbering } from './numbering.js';
import { readStyles } from './styles.js';

import { NotDocxError } from './not-docx-error.js';

export { NotDocxError };

/** Unzipped sizes past this are not a plan (a zip bomb, or a file full of images). */
const MAX_PART_BYTES = 64 * 1024 * 1024;

function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) throw new NotDocxError(msg('import.doc_97'));
  if (bytes[0] === 0x25 && bytes[1] === 0x50) throw new NotDocxError(msg('import.pdf'));
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new NotDocxError(msg('import.not_docx'));
  let total = 0;
  try {
    return unzipSync(bytes, {
      filter: (f) => {
        if (!/\.(xml|rels)$/i.test(f.name)) return false;
        total += f.originalSize;
        if (total > MAX_PART_BYTES) throw new NotDocxError(msg('import.unzipped_too_large', { mb: MAX_PART_BYTES / 1024 / 1024 }));
        return true;
      },
    });
  } catch (e) {
    if (e instanceof NotDocxError) throw e;
    throw new NotDocxError(msg('import.damaged_zip', { detail: (e as Error).message }));
  }
}

function part(files: Record<string, Uint8Array>, name: string): XmlElement | undefined {
  const key = Object.keys(files).find((k) => k.toLowerCase() === name.replace(/^\//, '').toLowerCase());
  if (!key) return undefined;
  try {
    return parseXml(strFromU8(files[key]!));
  } catch (e) {
    if (e instanceof XmlLimitError) throw new NotDocxError(msg('import.part_too_large', { part: key, reason: e.reason }));
    if (e instanceof XmlError) throw new NotDocxError(msg('import.damaged_part', { part: key, detail: e.message }));
    throw e;
  }
}

/** Targets of the relationships of `source` (e.g. word/document.xml), by type suffix. */
function relationships(files: Record<string, Uint8Array>, source: string): Map<string, string> {
  const dir = source.includes('/') ? source.slice(0, source.lastIndexOf('/') + 1) : '';
  const rels = part(files, `${dir}_rels/${source.slice(dir.length)}.rels`);
  const out = new Map<string, string>();
  for (const r of rels ? elements(rels, 'Relationship') : []) {
    const type = (r.attrs.Type ?? '').split('/').pop() ?? '';
    const target = r.attrs.Target ?? '';
    if (r.attrs.TargetMode === 'External' || out.has(type)) continue;
    out.set(type, target.startsWith('/') ? target.slice(1) : dir + target);
  }
  return out;
}

function ignoredNotes(ctx: ReadContext): ReviewNote[] {
  const { images, shapes, textBoxes, footnotes, math } = ctx.ignored;
  const note = (message: Msg): ReviewNote => ({ topic: 'document', where: null, message });
  return [
    ...textBoxes.map((t) => note(msg('import.note.text_box', { text: t }))),
    ...(images ? [note(msg('import.note.images', { count: images }))] : []),
    ...(shapes ? [note(msg('import.note.shapes', { count: shapes }))] : []),
    ...(footnotes ? [note(msg('import.note.footnotes', { count: footnotes }))] : []),
    ...(math ? [note(msg('import.note.math', { count: math }))] : []),
  ];
}

export function readDocx(bytes: Uint8Array): DocxTree {
  const files = unzip(bytes);
  const main = relationships(files, '').get('officeDocument') ?? 'word/document.xml';
  const document = part(files, main);
  const body = child(document, 'w:body');
  if (!document || !body) throw new NotDocxError(msg('import.no_document'));
  const rels = relationships(files, main);
  const styles = readStyles(part(files, rels.get('styles') ?? 'word/styles.xml'));
  const numbering = readNumbering(part(files, rels.get('numbering') ?? 'word/numbering.xml'));
  const ctx: ReadContext = {
    styles,
    list: listCounter(numbering),
    notes: [],
    pages: [],
    ignored: { images: 0, shapes: 0, textBoxes: [], footnotes: 0, math: 0 },
    breakPending: false,
    paragraphs: 0,
  };
  const blocks = readBlocks(body, ctx);
  const normal = styles.defaultParagraph ? styles.byId.get(styles.defaultParagraph) : undefined;
  return {
    blocks,
    pages: ctx.pages,
    body: { font: normal?.r.font ?? styles.defaults.r.font ?? null, sizePt: normal?.r.sizePt ?? styles.defaults.r.sizePt ?? null },
    notes: [...ctx.notes, ...ignoredNotes(ctx)],
  };
}
