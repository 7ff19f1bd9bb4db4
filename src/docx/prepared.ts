// Stage: docx. Paragraphs and runs of plan text, with their properties prepared once per kind by
// the docx library and reused. A plan's paragraphs come in a few kinds (style, kept with the
// next, space before) and its runs in four (plain, bold, italic, both); the library would build
// and prepare the same properties again for each paragraph and run, which was most of the time
// of the document part. What the library prepared for the first of a kind is what it writes for
// every one of that kind: the XML is the same, byte for byte.
import { Paragraph, TextRun, XmlComponent, type IContext, type IParagraphOptions } from 'docx';

type Xmlable = ReturnType<XmlComponent['prepForXml']>;

/** An element the library prepared before, written as it is wherever it appears. */
class Prepared extends XmlComponent {
  constructor(private readonly xml: NonNullable<Xmlable>) {
    super(Object.keys(xml)[0] ?? '');
  }
  override prepForXml(): Xmlable {
    return this.xml;
  }
}

/** Preparing properties needs no document: no numbering, no relationships, nothing of the file. */
const bare = { stack: [] } as unknown as IContext;

/** The elements an XML object from the library holds: `{ name: [children] }`, `{ name: child }` or `{ name: {} }`. */
function childrenOf(xml: Xmlable, name: string): object[] | null {
  if (xml === undefined) return [];
  const inner = (xml as Record<string, unknown>)[name];
  if (Array.isArray(inner)) return inner as object[];
  if (inner && typeof inner === 'object') return Object.keys(inner).length === 0 ? [] : (inner as { _attr?: unknown })._attr ? [inner] : null;
  return null;
}

export type RunFormat = { bold?: boolean; italics?: boolean };
type RunKind = { head: Prepared[]; textAttr: object } | null;
const runKinds = new Map<string, RunKind>();

/** How the library writes a run of this format: its properties, and the attributes of its text. */
function runKind(format: RunFormat): RunKind {
  const key = `${format.bold ? 'b' : ''}${format.italics ? 'i' : ''}`;
  let kind = runKinds.get(key);
  if (kind === undefined) {
    const children = childrenOf(new TextRun({ text: '', ...format }).prepForXml(bare), 'w:r');
    const text = children?.[children.length - 1] as { 'w:t'?: unknown[] } | undefined;
    const t = text?.['w:t'];
    // the shape the library gives today: [properties?, { 'w:t': [{ _attr }, text] }]; another, and runs are made as before
    kind = children && Array.isArray(t) && t.length === 2 && t[1] === '' ? { head: children.slice(0, -1).map((c) => new Prepared(c)), textAttr: t[0] as object } : null;
    runKinds.set(key, kind);
  }
  return kind;
}

/** A run of text in the given format. */
export function textRun(text: string, format: RunFormat): TextRun {
  const kind = runKind(format);
  if (!kind) return new TextRun({ text, ...format });
  // (a component of the library's own kind: the paragraph takes it among its children as it takes a run)
  return new RunOf(kind.head, kind.textAttr, text) as unknown as TextRun;
}

class RunOf extends XmlComponent {
  constructor(head: Prepared[], textAttr: object, text: string) {
    super('w:r');
    this.root.push(...head, new Prepared({ 'w:t': [textAttr, text] }));
  }
}

type ParagraphProps = Omit<IParagraphOptions, 'children' | 'text'>;
const paragraphKinds = new Map<string, Prepared[] | null>();

/** The prepared elements of a paragraph's properties, or null where the library's shape is not the one expected. */
function paragraphKind(props: ParagraphProps): Prepared[] | null {
  const key = JSON.stringify(props);
  let kind = paragraphKinds.get(key);
  if (kind === undefined) {
    const sample = new Paragraph(props) as unknown as { properties?: XmlComponent };
    const children = sample.properties ? childrenOf(sample.properties.prepForXml(bare), 'w:pPr') : null;
    kind = children ? children.map((c) => new Prepared(c)) : null;
    if (paragraphKinds.size >= 256) paragraphKinds.clear();
    paragraphKinds.set(key, kind);
  }
  return kind;
}

/**
 * A paragraph with these properties and runs: a Paragraph of the library, so that it can end a
 * section (the library then adds the section's properties after these).
 */
export function paragraph(props: ParagraphProps, children: TextRun[]): Paragraph {
  const kind = paragraphKind(props);
  if (!kind) return new Paragraph({ ...props, children });
  const p = new Paragraph({ children });
  const root = (p as unknown as { properties?: { root?: unknown } }).properties?.root;
  if (!Array.isArray(root) || root.length !== 0) return new Paragraph({ ...props, children });
  root.push(...kind);
  return p;
}
