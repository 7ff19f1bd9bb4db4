// Stage: reader (DOCX). The inline content of one paragraph → runs of text with their effective
// formatting. Tracked changes are read as accepted (insertions kept, deletions dropped); a field
// shows its result, never its code (a page number's PAGE instruction is not text); text boxes,
// drawings, images and footnote marks are left out and counted for the review list.
import type { DocxRun } from '../types.js';
import { child, contains, elements, textOf, type XmlElement } from '../xml/parse-xml.js';
import type { ReadContext } from './context.js';
import { effectiveRun, readRunProps } from './styles.js';

/** Elements whose children are read as if they stood in their place. */
const TRANSPARENT = new Set(['w:ins', 'w:moveTo', 'w:hyperlink', 'w:smartTag', 'w:customXml', 'w:fldSimple', 'w:dir', 'w:bdo', 'w:sdtContent']);
/** Elements whose content is not part of the accepted text. */
const DROPPED = new Set(['w:del', 'w:moveFrom', 'w:pPr', 'w:rPr', 'w:sdtPr', 'w:sdtEndPr', 'w:proofErr', 'w:bookmarkStart', 'w:bookmarkEnd', 'w:commentRangeStart', 'w:commentRangeEnd', 'w:permStart', 'w:permEnd']);

const SYMBOL_CHARS: Record<string, string> = { F0B7: '•', F02D: '-', F02B: '+', F0A7: '▪', F0E0: '→' };

export interface RunState {
  runs: DocxRun[];
  /** Open fields: true once past their separator (their result is showing). */
  fields: boolean[];
  pageBreak: boolean;
}

export function newRunState(): RunState {
  return { runs: [], fields: [], pageBreak: false };
}

const showing = (s: RunState) => s.fields.every((f) => f);

function pushText(s: RunState, text: string, props: Omit<DocxRun, 'text'>): void {
  if (!text || !showing(s)) return;
  const last = s.runs[s.runs.length - 1];
  if (last && last.bold === props.bold && last.italic === props.italic && last.caps === props.caps && last.sizePt === props.sizePt && last.font === props.font) last.text += text;
  else s.runs.push({ text, ...props });
}

/** All the text inside an element (a text box's content, for the note). */
export function plainText(el: XmlElement): string {
  if (el.name === 'w:t') return textOf(el);
  if (el.name === 'w:p') return `${elements(el).map(plainText).join('')}\n`;
  return elements(el).map(plainText).join('');
}

/** A drawing, picture or object: counted (text boxes with their text), never read as text. */
function ignoreGraphic(el: XmlElement, ctx: ReadContext): void {
  const text = plainText(el).replace(/\s+/g, ' ').trim();
  if (text) ctx.ignored.textBoxes.push(text.length > 80 ? `${text.slice(0, 77)}…` : text);
  else if (contains(el, ['pic:pic', 'v:imagedata', 'a:blip'])) ctx.ignored.images++;
  else ctx.ignored.shapes++;
}

function readRun(r: XmlElement, paragraphStyle: string | null, ctx: ReadContext, s: RunState): void {
  const rPr = child(r, 'w:rPr');
  const props = effectiveRun(ctx.styles, paragraphStyle, child(rPr, 'w:rStyle')?.attrs['w:val'], readRunProps(rPr));
  if (props.hidden) return;
  const fmt = { bold: props.bold ?? false, italic: props.italic ?? false, caps: props.caps ?? false, sizePt: props.sizePt ?? null, font: props.font ?? null };
  for (const c of elements(r)) {
    switch (c.name) {
      case 'w:t':
        pushText(s, textOf(c), fmt);
        break;
      case 'w:tab':
      case 'w:ptab':
        pushText(s, '\t', fmt);
        break;
      case 'w:br':
      case 'w:cr':
        if (c.attrs['w:type'] === 'page' || c.attrs['w:type'] === 'column') {
          if (s.runs.every((x) => !x.text.trim())) s.pageBreak = true;
        } else pushText(s, '\n', fmt);
        break;
      case 'w:noBreakHyphen':
        pushText(s, '-', fmt);
        break;
      case 'w:sym': {
        const code = (c.attrs['w:char'] ?? '').toUpperCase();
        const cp = parseInt(code, 16);
        pushText(s, SYMBOL_CHARS[code] ?? (cp >= 0xf020 && cp <= 0xf07e ? String.fromCharCode(cp - 0xf000) : ''), fmt);
        break;
      }
      case 'w:fldChar': {
        const type = c.attrs['w:fldCharType'];
        if (type === 'begin') s.fields.push(false);
        else if (type === 'separate' && s.fields.length) s.fields[s.fields.length - 1] = true;
        else if (type === 'end') s.fields.pop();
        break;
      }
      case 'w:drawing':
      case 'w:pict':
      case 'w:object':
        ignoreGraphic(c, ctx);
        break;
      case 'mc:AlternateContent': {
        const fallback = child(c, 'mc:Fallback') ?? elements(c, 'mc:Choice')[0];
        if (fallback && elements(fallback).some((x) => x.name !== 'w:t')) ignoreGraphic(fallback, ctx);
        break;
      }
      case 'w:footnoteReference':
      case 'w:endnoteReference':
        ctx.ignored.footnotes++;
        break;
      default:
        break; // w:instrText, w:delText, w:softHyphen, w:lastRenderedPageBreak, comments …
    }
  }
}

/** Reads the inline content of `el` (a paragraph or anything transparent inside it). */
export function readInline(el: XmlElement, paragraphStyle: string | null, ctx: ReadContext, s: RunState): void {
  for (const c of elements(el)) {
    if (c.name === 'w:r') readRun(c, paragraphStyle, ctx, s);
    else if (c.name === 'w:sdt') readInline(child(c, 'w:sdtContent') ?? c, paragraphStyle, ctx, s);
    else if (c.name === 'm:oMath' || c.name === 'm:oMathPara') ctx.ignored.math++;
    else if (TRANSPARENT.has(c.name)) readInline(c, paragraphStyle, ctx, s);
    else if (c.name === 'mc:AlternateContent') {
      const fallback = child(c, 'mc:Fallback');
      if (fallback) readInline(fallback, paragraphStyle, ctx, s);
    } else if (!DROPPED.has(c.name)) continue;
  }
}
