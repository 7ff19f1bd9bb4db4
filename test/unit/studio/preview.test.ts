// The studio's preview (src/studio/preview.ts): a text the page has given up on (a newer one came
// while it was being built) gets no PDF: the server goes on to the newer text sooner.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewPlan } from '../../../src/studio/preview.js';

const plan = resolve('plans/2026.yaml');
const text = readFileSync(plan, 'utf8');
const options = { plan, shown: plan, cwd: process.cwd() };

describe('15-abandoned previews', () => {
  it('a preview nobody waits for any more is not made into a PDF', async () => {
    let asked = 0;
    const p = await previewPlan(text, { ...options, abandoned: () => (asked++, true) });
    expect(p).toBeNull();
    expect(asked).toBe(1);
  });

  it('a preview still waited for is made as before: the PDF and its page keys', async () => {
    const p = await previewPlan(text, { ...options, abandoned: () => false });
    expect(p?.head.ok).toBe(true);
    expect(Buffer.from(p!.pdf!).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(p?.head.pageKeys?.length).toBeGreaterThan(0);
  });
});

describe('15-patch previews: the head and the patch before the whole PDF', () => {
  it('with a patch, `early` gets the head and the patch first, and the PDF is written after', async () => {
    const { PageCache } = await import('../../../src/studio/patch.js');
    const { renderFormat, buildDocument } = await import('../../../src/index.js');
    const pages = new PageCache();
    const first = await previewPlan(text, { ...options, pages, drawn: null });
    expect(first?.early).toBeUndefined();
    const edited = text.replace('[ Thôn Ngọc Trà, 1023, 958 ]', '[ Thôn Ngọc Trà, 1029, 951 ]');
    const order: string[] = [];
    let early: { ok: boolean; keys?: string[]; patch: number } | null = null;
    const p = await previewPlan(edited, {
      ...options,
      pages,
      drawn: first!.head.pageKeys!,
      early: (head, patch) => {
        order.push('early');
        early = { ok: head.ok, keys: head.pageKeys, patch: patch.length };
      },
    });
    order.push('done');
    expect(order).toEqual(['early', 'done']);
    expect(p?.early).toBe(true);
    expect(early).toEqual({ ok: true, keys: p!.head.pageKeys, patch: p!.patch!.length });
    // the PDF that follows is the plan's own PDF, as build-plan writes it
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'kh-early-')), '2026.yaml');
    writeFileSync(file, edited);
    const { document } = await buildDocument(file);
    expect(Buffer.from(p!.pdf!).equals(Buffer.from((await renderFormat(document, 'pdf')).bytes))).toBe(true);
  });
});
