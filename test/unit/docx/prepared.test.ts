// Paragraphs, runs and styles the docx library prepared once and reuses (src/docx/prepared.ts,
// styles.ts): the XML must be what the library writes for paragraphs and runs made the usual way,
// wherever they stand (a section's last paragraph carries the section's properties too).
import { Document as DocxDocument, Packer, Paragraph, TextRun, type IParagraphOptions } from 'docx';
import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../../src/docx/write-docx.js';
import { paragraph, textRun, type RunFormat } from '../../../src/docx/prepared.js';
import type { Document } from '../../../src/model/types.js';
import { buildDocument } from '../../../src/pipeline.js';
import { docxParts } from '../../helpers/docx.js';

type Props = Omit<IParagraphOptions, 'children' | 'text'>;
const kinds: Props[] = [
  {},
  { style: 'KhBody', widowControl: true },
  { style: 'KhHeading1', keepNext: true, widowControl: true },
  { style: 'KhItem', widowControl: true, spacing: { before: 120 } },
];
const formats: RunFormat[] = [{}, { bold: true }, { italics: true }, { bold: true, italics: true }];
const texts = ['Kế hoạch', '', ' a < b & "c" > d ', 'Điều 1.\tTab'];

async function documentXml(make: (props: Props, runs: [string, RunFormat][]) => Paragraph): Promise<string> {
  const section = (k: number) => ({
    children: kinds.map((props, i) => make(props, texts.map((t, j) => [t, formats[(i + j + k) % formats.length]!]))),
  });
  // two sections: the first ends with a paragraph, which then holds that section's properties
  const file = new DocxDocument({ sections: [section(0), { ...section(1), properties: { titlePage: true } }] });
  return docxParts(new Uint8Array(await Packer.toBuffer(file)))['word/document.xml']!;
}

describe('prepared paragraphs and runs', () => {
  it('write the XML the docx library writes for the same paragraphs made the usual way', async () => {
    const usual = await documentXml((props, runs) => new Paragraph({ ...props, children: runs.map(([text, f]) => new TextRun({ text, ...f })) }));
    const prepared = await documentXml((props, runs) => paragraph(props, runs.map(([text, f]) => textRun(text, f))));
    expect(usual).toContain('<w:sectPr>');
    expect(usual).toContain('a &lt; b &amp; &quot;c&quot; &gt; d');
    expect(prepared).toBe(usual);
    // and again, from what was prepared the first time
    expect(await documentXml((props, runs) => paragraph(props, runs.map(([text, f]) => textRun(text, f))))).toBe(usual);
  });
});

describe('styles reused across documents', () => {
  const withBodySize = (doc: Document, sizePt: number): Document => ({
    ...doc,
    theme: { ...doc.theme, paragraphStyles: { ...doc.theme.paragraphStyles, Body: { ...doc.theme.paragraphStyles.Body!, sizePt } } },
  });
  const styles = async (doc: Document) => docxParts(await writeDocx(doc))['word/styles.xml']!;

  it('each theme keeps its own styles part, the same when prepared anew and when reused', async () => {
    const { document } = await buildDocument('plans/2026.yaml');
    const a = withBodySize(document, 12.5); // sizes no other test uses: prepared here first
    const b = withBodySize(document, 11.5);
    const a1 = await styles(a);
    const b1 = await styles(b);
    expect(a1).toContain('<w:sz w:val="25"/>');
    expect(b1).toContain('<w:sz w:val="23"/>');
    expect(b1).not.toContain('<w:sz w:val="25"/>');
    expect(await styles(a)).toBe(a1);
    expect(await styles(b)).toBe(b1);
  });
});
