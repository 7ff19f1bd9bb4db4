// For every plan in plans/: our PDF and LibreOffice's PDF of our DOCX have the same pages, the
// same words in the same order, and lines that break at the same places (nearly all of them).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffArrays } from 'diff';
import { describe, expect, it } from 'vitest';
import { buildDocument, renderFormat } from '../src/pipeline.js';
import { renderDocx } from './helpers/docx.js';
import { pageCount, pdfLines } from './helpers/pdf-lines.js';
import { shippedPlans } from './helpers/plans.js';
import { docxToPdf } from './helpers/soffice.js';
import { tokens } from './helpers/seed-text.js';

const ready = spawnSync('which', ['soffice']).status === 0 && spawnSync('which', ['pdftotext']).status === 0;


/** Share of LibreOffice's lines that our PDF has too, identical and in order. */
export function lineAgreement(theirs: string[], ours: string[]): number {
  const same = diffArrays(theirs, ours)
    .filter((p) => !p.added && !p.removed)
    .reduce((n, p) => n + p.value.length, 0);
  return same / theirs.length;
}

describe.skipIf(!ready && !process.env.CI)('fidelity to LibreOffice', () => {
  it.each(shippedPlans())('$name: same pages, words and line breaks', async ({ file, name }) => {
    const dir = mkdtempSync(join(tmpdir(), 'kh-fidelity-'));
    const { document } = await buildDocument(file);
    writeFileSync(join(dir, 'plan.docx'), await renderDocx(document));
    writeFileSync(join(dir, 'ours.pdf'), (await renderFormat(document, 'pdf')).bytes);
    const theirs = pdfLines(docxToPdf(join(dir, 'plan.docx'), dir));
    const ours = pdfLines(join(dir, 'ours.pdf'));
    const agreement = lineAgreement(theirs.map((l) => l.text), ours.map((l) => l.text));
    console.log(`${name}: ${pageCount(ours)} pages (LibreOffice ${pageCount(theirs)}), ${ours.length} lines, ${(agreement * 100).toFixed(1)}% identical`);
    expect(pageCount(ours)).toBe(pageCount(theirs));
    expect(tokens(ours.map((l) => l.text).join(' '))).toEqual(tokens(theirs.map((l) => l.text).join(' ')));
    expect(agreement).toBeGreaterThanOrEqual(0.95);
  });
});
