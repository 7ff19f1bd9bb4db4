// Stage: compute (tables). A small, linear XML scanner for the parts of a workbook: start tags
// (local name and raw attributes), end tags and text, in document order. Entities are the five
// of XML and character references; a DOCTYPE (never in a workbook, and the door to entity
// expansion attacks) is refused.

export class XmlError extends Error {}

export interface XmlHandlers {
  open?: (name: string, attrs: string, selfClosing: boolean) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}

const START = /<([A-Za-z_][\w.:-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const END = /<\/([A-Za-z_][\w.:-]*)\s*>/y;

const local = (name: string): string => name.slice(name.indexOf(':') + 1);

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, e: string) => {
    if (e[0] !== '#') return NAMED[e] ?? whole;
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const ATTRIBUTES = new Map<string, RegExp>();

/** The value of attribute `name` (local name, any prefix) in a start tag's raw attributes. */
export function attr(attrs: string, name: string): string | undefined {
  let re = ATTRIBUTES.get(name);
  if (!re) ATTRIBUTES.set(name, (re = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(attrs);
  return m ? decodeXml(m[1] ?? m[2]!) : undefined;
}

function skipPast(xml: string, from: number, marker: string, what: string): number {
  const at = xml.indexOf(marker, from);
  if (at < 0) throw new XmlError(`unclosed ${what}`);
  return at + marker.length;
}

export function scanXml(xml: string, h: XmlHandlers): void {
  let at = 0;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > at && h.text) h.text(decodeXml(xml.slice(at, textEnd)));
    if (lt < 0) return;
    if (xml.startsWith('<?', lt)) at = skipPast(xml, lt, '?>', 'processing instruction');
    else if (xml.startsWith('<!--', lt)) at = skipPast(xml, lt, '-->', 'comment');
    else if (xml.startsWith('<![CDATA[', lt)) {
      at = skipPast(xml, lt, ']]>', 'CDATA section');
      h.text?.(xml.slice(lt + 9, at - 3));
    } else if (xml.startsWith('<!', lt)) throw new XmlError('a DOCTYPE has no place in a workbook');
    else if (xml[lt + 1] === '/') {
      END.lastIndex = lt;
      const m = END.exec(xml);
      if (!m) throw new XmlError(`malformed end tag at character ${lt}`);
      h.close?.(local(m[1]!));
      at = END.lastIndex;
    } else {
      START.lastIndex = lt;
      const m = START.exec(xml);
      if (!m) throw new XmlError(`malformed tag at character ${lt}`);
      const name = local(m[1]!);
      h.open?.(name, m[2]!, m[3] === '/');
      if (m[3] === '/') h.close?.(name);
      at = START.lastIndex;
    }
  }
}
