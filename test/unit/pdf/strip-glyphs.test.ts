// A font with only the outlines a PDF draws (the studio's patches): the same glyph ids, advances
// and character map, the kept outlines byte for byte (with the parts of composite letters), the
// others empty; and a PDF embedding such fonts draws exactly as the one with the whole faces.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTextMetrics } from '../../../src/fonts/measure.js';
import { readTtfMetrics } from '../../../src/fonts/ttf-metrics.js';
import { layoutDocument } from '../../../src/layout/layout-document.js';
import { stripGlyphs } from '../../../src/pdf/strip-glyphs.js';
import { writePdf } from '../../../src/pdf/write-pdf.js';
import { buildDocument } from '../../../src/pipeline.js';
import { pagePixels } from '../../helpers/read-pdf.js';

/** Each glyph's outline bytes (glyf through loca). */
function outlines(font: Uint8Array): Uint8Array[] {
  const v = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const table = (tag: string) => {
    for (let i = 0; i < v.getUint16(4); i++) if (String.fromCharCode(...font.subarray(12 + 16 * i, 16 + 16 * i)) === tag) return v.getUint32(12 + 16 * i + 8);
    throw new Error(tag);
  };
  const long = v.getInt16(table('head') + 50) === 1;
  const loca = table('loca');
  const glyf = table('glyf');
  const at = (g: number) => (long ? v.getUint32(loca + 4 * g) : 2 * v.getUint16(loca + 2 * g));
  return Array.from({ length: v.getUint16(table('maxp') + 4) }, (_, g) => font.subarray(glyf + at(g), glyf + at(g + 1)));
}

describe('fonts with the outlines used only', () => {
  const font = new Uint8Array(readFileSync(join('dist', 'font-subsets', 'regular.ttf')));
  const m = readTtfMetrics(font);

  it('keeps the glyphs asked for and those they are built from, empties the others, changes nothing else', () => {
    const keep = [...'Ễ1,'].map((c) => m.glyph(c.codePointAt(0)!));
    const stripped = stripGlyphs(font, keep);
    expect(stripped.length).toBeLessThan(font.length / 2);
    const s = readTtfMetrics(stripped);
    for (const c of 'aẫỄ19,. ') {
      const cp = c.codePointAt(0)!;
      expect(s.glyph(cp)).toBe(m.glyph(cp));
      expect(s.advance(cp)).toBe(m.advance(cp));
    }
    const before = outlines(font);
    const after = outlines(stripped);
    expect(after.length).toBe(before.length);
    const kept = after.flatMap((o, g) => (o.length > 0 ? [g] : []));
    for (const g of keep) expect(kept).toContain(g);
    for (const g of kept) expect(after[g]!.subarray(0, before[g]!.length)).toEqual(before[g]);
    // Ễ is a composite (E and its marks): its parts are kept, and nothing more than a handful
    expect(new DataView(before[keep[0]!]!.buffer, before[keep[0]!]!.byteOffset).getInt16(0)).toBeLessThan(0);
    expect(kept.length).toBeGreaterThan(keep.length + 1);
    expect(kept.length).toBeLessThan(12);
  });

  it('a PDF whose fonts keep the used outlines only draws every page exactly as with the whole faces', async () => {
    const { document } = await buildDocument('plans/2026.yaml');
    const paged = layoutDocument(document, createTextMetrics());
    const whole = await writePdf(paged);
    const used = await writePdf(paged, { usedGlyphsOnly: true });
    expect(used.length).toBeLessThan(whole.length);
    for (let n = 1; n <= paged.pages.length; n++) expect(Buffer.from(await pagePixels(used, n, 60)).equals(Buffer.from(await pagePixels(whole, n, 60)))).toBe(true);
  });
});
