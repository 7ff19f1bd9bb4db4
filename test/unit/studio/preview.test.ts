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
