// Stage: docx. Document → DOCX bytes. Sections become Word sections (page size, margins,
// orientation, page numbers top centre from the second page, restarting per section).
import { Document as DocxDocument, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun, type ISectionOptions } from 'docx';
import { createMeasure, type Measure } from '../fonts/measure.js';
import type { Document, Section } from '../model/types.js';
import type { Theme } from '../model/theme.js';
import { printable } from '../util/printable.js';
import { blocksToDocx } from './blocks.js';
import { unzippedParts, zipParts } from './deterministic.js';
import { insertTables, type TableSlot } from './table.js';
import { reuseStyles, stylesFromTheme } from './styles.js';
import { pageSizeTw, textWidthTw } from '../model/units.js';
import { mmToTwips, ptToHalfPoints, ptToTwips, twipsToPt } from './units.js';
import { needsSectionEnd, SECTION_END_PT } from '../model/theme.js';

export interface DocxOptions {
  /** Text measurement (rule lengths); Times-compatible metrics by default. */
  measure?: Measure;
}

function pageNumberHeader(theme: Theme): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: 'center',
        children: [new TextRun({ children: [PageNumber.CURRENT], size: ptToHalfPoints(theme.pageNumber.sizePt) })],
      }),
    ],
  });
}

/**
 * Word keeps a section's properties in the last paragraph of the section (the docx library puts
 * them there). A section that ends with a table gets a paragraph of its own to carry them, 1 pt
 * high: the layout engine adds the same (see SECTION_END_PT), so both paginate alike.
 */
const sectionEnd = (): Paragraph =>
  new Paragraph({ spacing: { before: 0, after: 0, line: ptToTwips(SECTION_END_PT), lineRule: 'exact' }, children: [new TextRun({ text: '', size: 2 })] });

function sectionToDocx(section: Section, theme: Theme, measure: Measure, tables: TableSlot[], last: boolean): ISectionOptions {
  const p = theme.page;
  const landscape = section.orientation === 'landscape';
  // the text area in the whole twips the DOCX stores (and the layout engine measures)
  const widthPt = twipsToPt(textWidthTw(p, landscape));
  const heightPt = twipsToPt(pageSizeTw(p, landscape).heightTw - mmToTwips(p.marginTopMm) - mmToTwips(p.marginBottomMm));
  const empty = new Header({ children: [new Paragraph({})] });
  return {
    properties: {
      page: {
        size: {
          width: mmToTwips(p.widthMm),
          height: mmToTwips(p.heightMm),
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: mmToTwips(p.marginTopMm),
          bottom: mmToTwips(p.marginBottomMm),
          left: mmToTwips(p.marginLeftMm),
          right: mmToTwips(p.marginRightMm),
          header: mmToTwips(p.headerMm),
          footer: mmToTwips(p.headerMm),
        },
        pageNumbers: { start: 1 },
      },
      titlePage: !section.pageNumbers.showOnFirstPage,
    },
    headers: section.pageNumbers.show ? { default: pageNumberHeader(theme), first: empty } : { default: empty, first: empty },
    children: [
      ...blocksToDocx(section.children, { theme, measure, widthPt, heightPt, tables }),
      ...(!last && needsSectionEnd(section.children) ? [sectionEnd()] : []),
    ],
  };
}

export async function writeDocx(doc: Document, options: DocxOptions = {}): Promise<Uint8Array> {
  const measure = options.measure ?? createMeasure();
  const tables: TableSlot[] = [];
  const styles = stylesFromTheme(doc.theme);
  const file = new DocxDocument({
    creator: printable(doc.meta.author),
    lastModifiedBy: printable(doc.meta.author),
    title: printable(doc.meta.title),
    subject: printable(doc.meta.subject),
    revision: 1,
    styles,
    sections: doc.children.map((s, i) => sectionToDocx(s, doc.theme, measure, tables, i === doc.children.length - 1)),
  });
  reuseStyles(file.Styles, styles);
  return pack(file, doc.meta.date, tables);
}

type Compiler = { compile(file: DocxDocument, prettify: unknown, overrides: unknown[]): Map<string, string | Uint8Array> };

/**
 * The package's parts, zipped once by us (deterministically). The docx library zips them itself
 * in Packer; we reach its compiler so as not to compress twice, and fall back to unzipping
 * Packer's output should a new version of the library move it.
 */
async function pack(file: DocxDocument, isoDate: string, tables: TableSlot[]): Promise<Uint8Array> {
  const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;
  const parts = typeof compiler?.compile === 'function' ? compiler.compile(file, undefined, []) : await unzippedParts(new Uint8Array(await Packer.toBuffer(file)));
  const document = parts.get('word/document.xml');
  if (typeof document !== 'string') throw new Error('the docx library gave no word/document.xml');
  parts.set('word/document.xml', insertTables(document, tables));
  return zipParts(parts, isoDate);
}
