// Stage: reader (XML). XML text → a tree of plain elements, for the WordprocessingML parts of a
// DOCX. A careful tokenizer of our own: elements, attributes, text, the five named entities and
// character references, CDATA; comments, processing instructions and a DOCTYPE are skipped
// (no entity is ever defined or expanded, so no "billion laughs" and nothing fetched).
// Names are rewritten to canonical prefixes by namespace URI (w:, r:, mc: …), so a part that
// binds the main namespace to another prefix (ns0:p) reads the same as Word's own (w:p).
import { msg, type Msg } from '../../diag/index.js';

export interface XmlElement {
  /** Canonical qualified name: "w:p", "r:id", or the local name for the package parts. */
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

export class XmlError extends Error {}
/** The part is well-formed so far but too big or too deep to be a plan's (an attack, or not a plan). */
export class XmlLimitError extends XmlError {
  constructor(readonly reason: Msg) {
    super(reason.key);
  }
}

export interface XmlLimits {
  /** Word nests a few dozen elements deep, tables in tables included. */
  depth: number;
  /** A plan with a 1 000-row appendix of 15 columns has about 300 000 elements in document.xml. */
  elements: number;
}
const LIMITS: XmlLimits = { depth: 256, elements: 600_000 };

const NAMESPACES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing': 'wp',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingShape': 'wps',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingGroup': 'wpg',
  'urn:schemas-microsoft-com:vml': 'v',
  'http://schemas.microsoft.com/office/word/2010/wordml': 'w14',
  'http://schemas.openxmlformats.org/drawingml/2006/picture': 'pic',
  'http://schemas.openxmlformats.org/officeDocument/2006/math': 'm',
  'http://schemas.openxmlformats.org/package/2006/relationships': '',
  'http://schemas.openxmlformats.org/package/2006/content-types': '',
  'http://www.w3.org/XML/1998/namespace': 'xml',
};

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

const ATTR = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

type Scope = Map<string, string>;

function canonical(qname: string, scope: Scope, isAttr: boolean): string {
  const colon = qname.indexOf(':');
  const prefix = colon < 0 ? '' : qname.slice(0, colon);
  const local = colon < 0 ? qname : qname.slice(colon + 1);
  if (colon < 0 && isAttr) return local; // unprefixed attributes have no namespace
  if (prefix === 'xml') return `xml:${local}`;
  const uri = scope.get(prefix);
  const known = uri === undefined ? undefined : NAMESPACES[uri];
  if (known === undefined) return qname;
  return known === '' ? local : `${known}:${local}`;
}

/** Parses one XML document; throws XmlError on malformed input. */
export function parseXml(text: string, limits: XmlLimits = LIMITS): XmlElement {
  const root: XmlElement = { name: '#root', attrs: {}, children: [] };
  const stack: { el: XmlElement; raw: string; scope: Scope }[] = [{ el: root, raw: '#root', scope: new Map() }];
  let i = 0;
  let count = 0;
  const n = text.length;
  while (i < n) {
    const lt = text.indexOf('<', i);
    if (lt < 0) {
      addText(stack[stack.length - 1]!.el, text.slice(i));
      break;
    }
    if (lt > i) addText(stack[stack.length - 1]!.el, text.slice(i, lt));
    if (text.startsWith('<!--', lt)) i = skipTo(text, '-->', lt);
    else if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt);
      if (end < 0) throw new XmlError('unterminated CDATA section');
      pushText(stack[stack.length - 1]!.el, text.slice(lt + 9, end));
      i = end + 3;
    } else if (text.startsWith('<?', lt)) i = skipTo(text, '?>', lt);
    else if (text.startsWith('<!', lt)) i = skipDoctype(text, lt);
    else if (text[lt + 1] === '/') {
      const gt = text.indexOf('>', lt);
      if (gt < 0) throw new XmlError('unterminated end tag');
      const raw = text.slice(lt + 2, gt).trim();
      const top = stack.pop();
      if (!top || top.raw !== raw || stack.length === 0) throw new XmlError(`unexpected </${raw}>`);
      i = gt + 1;
    } else {
      i = openTag(text, lt, stack);
      if (++count > limits.elements) throw new XmlLimitError(msg('import.xml_elements', { limit: limits.elements }));
      if (stack.length - 1 > limits.depth) throw new XmlLimitError(msg('import.xml_depth', { limit: limits.depth }));
    }
  }
  if (stack.length !== 1) throw new XmlError(`<${stack[stack.length - 1]!.raw}> is never closed`);
  const el = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!el) throw new XmlError('no root element');
  return el;
}

function skipTo(text: string, end: string, from: number): number {
  const at = text.indexOf(end, from);
  if (at < 0) throw new XmlError(`unterminated ${text.slice(from, from + 4)}`);
  return at + end.length;
}

/** <!DOCTYPE …> with an internal subset in brackets: skipped whole, nothing declared is used. */
function skipDoctype(text: string, from: number): number {
  let depth = 0;
  for (let i = from + 2; i < text.length; i++) {
    const c = text[i];
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '>' && depth <= 0) return i + 1;
  }
  throw new XmlError('unterminated DOCTYPE');
}

function openTag(text: string, lt: number, stack: { el: XmlElement; raw: string; scope: Scope }[]): number {
  // find the end of the tag, quotes respected
  let i = lt + 1;
  let quote = '';
  for (; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') break;
  }
  if (i >= text.length) throw new XmlError('unterminated start tag');
  const selfClosing = text[i - 1] === '/';
  const body = text.slice(lt + 1, selfClosing ? i - 1 : i);
  const nameEnd = body.search(/[\s/>]|$/);
  const raw = body.slice(0, nameEnd);
  if (!raw) throw new XmlError('a tag without a name');
  const parent = stack[stack.length - 1]!;
  const rawAttrs: [string, string][] = [];
  let scope = parent.scope;
  for (const m of body.slice(nameEnd).matchAll(ATTR)) {
    const value = decodeEntities(m[3] ?? m[4] ?? '');
    const key = m[1]!;
    if (key === 'xmlns' || key.startsWith('xmlns:')) {
      if (scope === parent.scope) scope = new Map(parent.scope);
      scope.set(key === 'xmlns' ? '' : key.slice(6), value);
    } else rawAttrs.push([key, value]);
  }
  const el: XmlElement = { name: canonical(raw, scope, false), attrs: {}, children: [] };
  for (const [k, v] of rawAttrs) el.attrs[canonical(k, scope, true)] = v;
  parent.el.children.push(el);
  if (!selfClosing) stack.push({ el, raw, scope });
  return i + 1;
}

function addText(el: XmlElement, raw: string): void {
  pushText(el, decodeEntities(raw));
}

function pushText(el: XmlElement, s: string): void {
  if (!s) return;
  const last = el.children[el.children.length - 1];
  if (typeof last === 'string') el.children[el.children.length - 1] = last + s;
  else el.children.push(s);
}

/** The element children of `el`, optionally only those named `name`. */
export const elements = (el: XmlElement, name?: string): XmlElement[] =>
  el.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));

export const child = (el: XmlElement | undefined, name: string): XmlElement | undefined =>
  el?.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);

/** Whether `el` holds an element named one of `names`, at any depth. */
export function contains(el: XmlElement, names: readonly string[]): boolean {
  return elements(el).some((c) => names.includes(c.name) || contains(c, names));
}

/** The text directly inside `el`. */
export const textOf = (el: XmlElement): string => el.children.filter((c): c is string => typeof c === 'string').join('');
