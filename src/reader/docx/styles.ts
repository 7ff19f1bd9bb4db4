// Stage: reader (DOCX). styles.xml → the effective formatting of paragraphs and runs: document
// defaults, then the paragraph style's chain (basedOn), then the character style's, then what
// the paragraph or run says directly. Properties inside *Change elements (tracked formatting
// changes) are the old values and are ignored: the document is read with changes accepted.
import type { Alignment } from '../types.js';
import { child, elements, type XmlElement } from '../xml/parse-xml.js';

export interface ParagraphProps {
  align?: Alignment;
  indentLeft?: number;
  firstLine?: number;
  numId?: string;
  ilvl?: number;
  outlineLevel?: number;
  pageBreakBefore?: boolean;
}

export interface RunProps {
  bold?: boolean;
  italic?: boolean;
  caps?: boolean;
  sizePt?: number;
  font?: string;
  hidden?: boolean;
}

interface Style {
  id: string;
  name: string;
  type: string;
  basedOn: string | null;
  p: ParagraphProps;
  r: RunProps;
}

export interface Styles {
  byId: Map<string, Style>;
  defaultParagraph: string | null;
  defaults: { p: ParagraphProps; r: RunProps };
}

const TWIP_PT = 1 / 20;
const val = (el: XmlElement | undefined): string | undefined => el?.attrs['w:val'];

/** A toggle property: <w:b/> is on, w:val="0"/"false"/"off" is off. */
const toggle = (el: XmlElement | undefined): boolean | undefined => (el ? !['0', 'false', 'off'].includes(val(el) ?? '') : undefined);

const ALIGN: Record<string, Alignment> = { left: 'left', start: 'left', center: 'center', right: 'right', end: 'right', both: 'both', distribute: 'both', justify: 'both' };

const num = (s: string | undefined): number | undefined => (s === undefined || !/^-?\d+(\.\d+)?$/.test(s) ? undefined : Number(s));

export function readParagraphProps(pPr: XmlElement | undefined): ParagraphProps {
  if (!pPr) return {};
  const out: ParagraphProps = {};
  const jc = val(child(pPr, 'w:jc'));
  if (jc && ALIGN[jc]) out.align = ALIGN[jc];
  const ind = child(pPr, 'w:ind');
  if (ind) {
    const left = num(ind.attrs['w:left'] ?? ind.attrs['w:start']);
    const first = num(ind.attrs['w:firstLine']);
    const hanging = num(ind.attrs['w:hanging']);
    if (left !== undefined) out.indentLeft = left * TWIP_PT;
    if (first !== undefined) out.firstLine = first * TWIP_PT;
    if (hanging !== undefined) out.firstLine = -hanging * TWIP_PT;
  }
  const numPr = child(pPr, 'w:numPr');
  if (numPr) {
    const id = val(child(numPr, 'w:numId'));
    if (id !== undefined) out.numId = id;
    const ilvl = num(val(child(numPr, 'w:ilvl')));
    if (ilvl !== undefined) out.ilvl = ilvl;
  }
  const outline = num(val(child(pPr, 'w:outlineLvl')));
  if (outline !== undefined && outline < 9) out.outlineLevel = outline;
  const pb = toggle(child(pPr, 'w:pageBreakBefore'));
  if (pb !== undefined) out.pageBreakBefore = pb;
  return out;
}

export function readRunProps(rPr: XmlElement | undefined): RunProps {
  if (!rPr) return {};
  const out: RunProps = {};
  const b = toggle(child(rPr, 'w:b'));
  if (b !== undefined) out.bold = b;
  const i = toggle(child(rPr, 'w:i'));
  if (i !== undefined) out.italic = i;
  const caps = toggle(child(rPr, 'w:caps')) ?? toggle(child(rPr, 'w:smallCaps'));
  if (caps !== undefined) out.caps = caps;
  const sz = num(val(child(rPr, 'w:sz')));
  if (sz !== undefined) out.sizePt = sz / 2;
  const fonts = child(rPr, 'w:rFonts');
  const font = fonts?.attrs['w:ascii'] ?? fonts?.attrs['w:hAnsi'] ?? fonts?.attrs['w:cs'];
  if (font) out.font = font;
  const hidden = toggle(child(rPr, 'w:vanish'));
  if (hidden !== undefined) out.hidden = hidden;
  return out;
}

const defined = <T extends object>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

export function readStyles(root: XmlElement | undefined): Styles {
  const byId = new Map<string, Style>();
  let defaultParagraph: string | null = null;
  const defaults = { p: {} as ParagraphProps, r: {} as RunProps };
  if (!root) return { byId, defaultParagraph, defaults };
  const docDefaults = child(root, 'w:docDefaults');
  defaults.r = readRunProps(child(child(docDefaults, 'w:rPrDefault'), 'w:rPr'));
  defaults.p = readParagraphProps(child(child(docDefaults, 'w:pPrDefault'), 'w:pPr'));
  for (const s of elements(root, 'w:style')) {
    const id = s.attrs['w:styleId'];
    if (!id) continue;
    const type = s.attrs['w:type'] ?? 'paragraph';
    byId.set(id, {
      id,
      type,
      name: val(child(s, 'w:name')) ?? id,
      basedOn: val(child(s, 'w:basedOn')) ?? null,
      p: readParagraphProps(child(s, 'w:pPr')),
      r: readRunProps(child(s, 'w:rPr')),
    });
    if (type === 'paragraph' && ['1', 'true', 'on'].includes(s.attrs['w:default'] ?? '')) defaultParagraph = id;
  }
  return { byId, defaultParagraph, defaults };
}

/** The style and its ancestors, the most basic first (cycles cut). */
function chain(styles: Styles, id: string | null): Style[] {
  const out: Style[] = [];
  const seen = new Set<string>();
  for (let s = id === null ? undefined : styles.byId.get(id); s && !seen.has(s.id); s = s.basedOn === null ? undefined : styles.byId.get(s.basedOn)) {
    seen.add(s.id);
    out.unshift(s);
  }
  return out;
}

export const paragraphStyleId = (styles: Styles, pStyle: string | undefined): string | null =>
  pStyle !== undefined && styles.byId.has(pStyle) ? pStyle : styles.defaultParagraph;

export const styleName = (styles: Styles, id: string | null): string | null => (id === null ? null : (styles.byId.get(id)?.name ?? id));

export function effectiveParagraph(styles: Styles, styleId: string | null, direct: ParagraphProps): ParagraphProps {
  return Object.assign({}, styles.defaults.p, ...chain(styles, styleId).map((s) => defined(s.p)), defined(direct));
}

export function effectiveRun(styles: Styles, paragraphStyle: string | null, runStyle: string | undefined, direct: RunProps): RunProps {
  return Object.assign(
    {},
    styles.defaults.r,
    ...chain(styles, paragraphStyle).map((s) => defined(s.r)),
    ...chain(styles, runStyle ?? null).map((s) => defined(s.r)),
    defined(direct),
  );
}

/** The outline level a heading style implies ("heading 2" → 1), or null. */
export function headingLevel(name: string | null): number | null {
  const m = /^(?:heading|titre|überschrift)\s*(\d)$/i.exec(name ?? '');
  return m ? Number(m[1]) - 1 : null;
}
