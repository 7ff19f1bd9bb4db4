// Minimal WordprocessingML reading for tests: styles resolved from styles.xml, paragraphs with
// their style and text, section properties. Regex-based: enough for the XML our writer emits.

export interface StyleProps {
  sizeHalfPt?: number;
  bold: boolean;
  italic: boolean;
  jc?: string;
  firstLine?: number;
  after?: number;
  line?: number;
  font?: string;
}

const attr = (xml: string, tag: string, name: string): string | undefined =>
  new RegExp(`<${tag}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];

const num = (v: string | undefined): number | undefined => (v === undefined ? undefined : Number(v));

export function styleProps(xml: string): StyleProps {
  return {
    sizeHalfPt: num(attr(xml, 'w:sz', 'w:val')),
    bold: /<w:b\/>|<w:b w:val="(true|1)"\/>/.test(xml),
    italic: /<w:i\/>|<w:i w:val="(true|1)"\/>/.test(xml),
    jc: attr(xml, 'w:jc', 'w:val'),
    firstLine: num(attr(xml, 'w:ind', 'w:firstLine')),
    after: num(attr(xml, 'w:spacing', 'w:after')),
    line: num(attr(xml, 'w:spacing', 'w:line')),
    font: attr(xml, 'w:rFonts', 'w:ascii'),
  };
}

export function styles(stylesXml: string): Map<string, StyleProps> {
  const out = new Map<string, StyleProps>();
  for (const m of stylesXml.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) out.set(m[1]!, styleProps(m[2]!));
  return out;
}

export function defaultRunFont(stylesXml: string): string | undefined {
  const defaults = /<w:rPrDefault>([\s\S]*?)<\/w:rPrDefault>/.exec(stylesXml)?.[1] ?? '';
  return attr(defaults, 'w:rFonts', 'w:ascii');
}

export interface Para {
  style?: string;
  text: string;
  xml: string;
}

export function paragraphs(xml: string): Para[] {
  return [...xml.matchAll(/<w:p\b[^>]*>[\s\S]*?<\/w:p>/g)].map((m) => ({
    style: attr(m[0], 'w:pStyle', 'w:val'),
    text: [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    xml: m[0],
  }));
}

export function sections(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
}

export { attr };
