// A table cell's borders are one placed item (a box): the PDF must still draw its four sides,
// at the box's corners, in the order top, bottom, left, right; and the cells of a shipped
// plan's appendix must be boxed edge to edge around their text.
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createTextMetrics } from '../../../src/fonts/measure.js';
import { layoutDocument } from '../../../src/layout/layout-document.js';
import type { PagedDocument, PlacedBox, PlacedText } from '../../../src/layout/types.js';
import { writePdf } from '../../../src/pdf/write-pdf.js';
import { buildDocument } from '../../../src/pipeline.js';

/** The page content streams of a PDF written by writePdf (deflated, one per page), as text. */
function contentStreams(bytes: Uint8Array): string[] {
  const pdf = Buffer.from(bytes);
  const out: string[] = [];
  for (let at = pdf.indexOf('/FlateDecode'); at >= 0; at = pdf.indexOf('/FlateDecode', at + 1)) {
    const start = pdf.indexOf('stream\n', at) + 'stream\n'.length;
    const end = pdf.indexOf('\nendstream', start);
    try {
      out.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // a font file, not a content stream
    }
  }
  return out.filter((s) => s.startsWith('q\n'));
}

describe('table cell borders', () => {
  it('a box is drawn as its four sides: top, bottom, left, right', async () => {
    const box: PlacedBox = { type: 'box', x1Pt: 100, y1Pt: 200, x2Pt: 250.5, y2Pt: 230.25, thicknessPt: 0.5 };
    const doc: PagedDocument = { meta: { title: 't', author: 'a', subject: 's', language: 'vi-VN', date: '2026-01-01' }, pages: [{ widthPt: 595, heightPt: 842, items: [box] }] };
    const [content] = contentStreams(await writePdf(doc));
    // y from the bottom of the page: 842 - 200 = 642, 842 - 230.25 = 611.75
    expect(content!.split('\n').filter((l) => / l S$/.test(l))).toEqual(['100 642 m 250.5 642 l S', '100 611.75 m 250.5 611.75 l S', '100 642 m 100 611.75 l S', '250.5 642 m 250.5 611.75 l S']);
    expect(content).toContain('0.5 w');
  });

  it('the cells of the 2026 plan’s appendix are boxed edge to edge, each text in one box', async () => {
    const { document } = await buildDocument('plans/2026.yaml');
    const pages = layoutDocument(document, createTextMetrics()).pages;
    const tablePage = pages.find((p) => p.items.some((i) => i.type === 'box'))!;
    expect(tablePage).toBeDefined();
    const boxes = tablePage.items.filter((i): i is PlacedBox => i.type === 'box');
    const near = (a: number, b: number) => Math.abs(a - b) < 0.01;
    // each row's boxes touch side by side, but where a cell from a row above reaches down
    const rowTops = [...new Set(boxes.map((b) => b.y1Pt))];
    expect(rowTops.length).toBeGreaterThan(5);
    for (const top of rowTops) {
      const row = boxes.filter((b) => b.y1Pt === top).sort((a, b) => a.x1Pt - b.x1Pt);
      for (let k = 1; k < row.length; k++) {
        if (near(row[k]!.x1Pt, row[k - 1]!.x2Pt)) continue;
        const from = row[k - 1]!.x2Pt;
        expect(boxes.some((b) => b.y1Pt < top && b.y2Pt > top && near(b.x1Pt, from))).toBe(true);
      }
    }
    // every text of the table sits in exactly one box
    const inside = (t: PlacedText, b: PlacedBox) => t.xPt > b.x1Pt && t.xPt < b.x2Pt && t.yPt > b.y1Pt && t.yPt < b.y2Pt;
    const texts = tablePage.items.filter((i): i is PlacedText => i.type === 'text' && boxes.some((b) => inside(i, b)));
    expect(texts.length).toBeGreaterThan(boxes.length / 2);
    for (const t of texts) expect(boxes.filter((b) => inside(t, b))).toHaveLength(1);
  });
});
