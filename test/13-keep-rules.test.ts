// The DOCX asks Word to keep what our PDF keeps (issue 13): a paragraph kept with the next one is
// also kept whole (Word would split it, LibreOffice and our layout do not), and the closing
// paragraph holds on to the Nơi nhận and signature block, whose row never splits.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocument, renderFormat } from '../src/pipeline.js';
import { docxParts } from './helpers/docx.js';

let styles = '';
let document = '';

beforeAll(async () => {
  const { document: doc } = await buildDocument('plans/2026.yaml');
  const parts = docxParts((await renderFormat(doc, 'docx')).bytes);
  styles = parts['word/styles.xml']!;
  document = parts['word/document.xml']!;
});

const styleXml = (id: string): string => new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';

describe('13-keep-rules: the DOCX keeps together what the PDF keeps together', () => {
  it('every style kept with the next paragraph also keeps its lines together', () => {
    const kept = [...styles.matchAll(/<w:style [^>]*w:styleId="([^"]+)"[\s\S]*?<\/w:style>/g)].filter((m) => /<w:keepNext\/>/.test(m[0]));
    expect(kept.map((m) => m[1])).toEqual(expect.arrayContaining(['KhHeading1', 'KhHeading2', 'KhHeading3', 'KhHeading4', 'KhClosing']));
    for (const m of kept) expect(m[0], m[1]).toContain('<w:keepLines/>');
  });

  it('the closing paragraph is kept whole with the table of Nơi nhận and signature, whose rows never split', () => {
    expect(styleXml('KhClosing')).toMatch(/<w:keepNext\/><w:keepLines\/>/);
    const closing = document.indexOf('<w:pStyle w:val="KhClosing"/>');
    const rest = document.slice(closing);
    const table = rest.slice(rest.indexOf('</w:p>') + '</w:p>'.length);
    expect(table.startsWith('<w:tbl>'), 'the table follows the closing paragraph directly').toBe(true);
    const grid = table.slice(0, table.indexOf('</w:tbl>'));
    expect(grid).toContain('Nơi nhận:');
    const rows = grid.match(/<w:tr>/g)!.length;
    expect(grid.match(/<w:trPr><w:cantSplit\/>/g)).toHaveLength(rows);
  });
});
