// Our PDF against LibreOffice's rendering of our DOCX: for every plan in plans/ and every plan of
// the fidelity corpus (test/fixtures/fidelity/, plans written the way offices write them), each
// also moved down the page by a few lines so that headings, tables and the closing meet the page
// ends at other places: the same number of pages, the same words in the same order, at least
// 99 % of LibreOffice's lines identical in ours (same words, same page), every differing line
// explained in the output, and in both the Nơi nhận and signature on the page where the closing
// paragraph ends. A new construct of the plan format gets a corpus plan here. Needs LibreOffice
// and a Times-metric serif with Vietnamese (Liberation Serif 2); both PDFs are read with pdf.js.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFromSource, renderFormat } from '../src/pipeline.js';
import { parsePlanText } from '../src/plan/load.js';
import { compareLines, shiftedPlan } from './helpers/fidelity.js';
import { pageCount, pdfLines, type PdfLine } from './helpers/read-pdf.js';
import { shippedPlans } from './helpers/plans.js';
import { tokens } from './helpers/seed-text.js';
import { docxToPdfs } from './helpers/soffice.js';
import { hasTool, requireTools } from './helpers/tools.js';

const CORPUS = 'test/fixtures/fidelity';
/** How far each plan is moved down: sentences of extra introduction, about 1.3 lines each. */
const SHIFTS = [0, 2, 5, 9, 14];
const SHIPPED_SHIFTS = [0, 9];

interface Case {
  name: string;
  file: string;
  text: string;
}

const shifted = (name: string, file: string, shifts: number[]): Case[] =>
  shifts.map((n) => ({ name: `${name}${n ? ` +${n}` : ''}`, file, text: shiftedPlan(readFileSync(file, 'utf8'), n) }));

const cases: Case[] = [
  ...shippedPlans().flatMap(({ file, name }) => shifted(name, file, SHIPPED_SHIFTS)),
  ...readdirSync(CORPUS)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((f) => shifted(f.replace(/\.yaml$/, ''), join(CORPUS, f), SHIFTS)),
];

const rendered = new Map<string, { theirs: PdfLine[]; ours: PdfLine[] }>();

describe('fidelity to LibreOffice', () => {
  // every check asks for the tools itself (skipped and counted without them, required in CI);
  // the conversions are done once for all of them, when the tools are there
  beforeAll(async () => {
    if (!hasTool('soffice') || !hasTool('serif-font')) return;
    const dir = mkdtempSync(join(tmpdir(), 'kh-fidelity-'));
    const docx: string[] = [];
    for (const [i, c] of cases.entries()) {
      const { document } = await buildFromSource(parsePlanText(c.file, c.text));
      writeFileSync(join(dir, `${i}.docx`), (await renderFormat(document, 'docx')).bytes);
      writeFileSync(join(dir, `${i}-ours.pdf`), (await renderFormat(document, 'pdf')).bytes);
      docx.push(join(dir, `${i}.docx`));
    }
    const pdfs = docxToPdfs(docx, dir);
    for (const [i, pdf] of pdfs.entries()) rendered.set(cases[i]!.name, { theirs: await pdfLines(pdf), ours: await pdfLines(join(dir, `${i}-ours.pdf`)) });
  }, 900_000);

  it.for(cases)('$name: same pages, words and lines', ({ name }, ctx) => {
    requireTools(ctx, 'soffice', 'serif-font');
    const { theirs, ours } = rendered.get(name)!;
    const { agreement, explanations } = compareLines(theirs, ours);
    const summary = `${name}: ${pageCount(ours)} pages (LibreOffice ${pageCount(theirs)}), ${ours.length} lines, ${(agreement * 100).toFixed(1)}% identical`;
    console.log([summary, ...explanations.map((e) => `  ${e}`)].join('\n'));
    expect(pageCount(ours)).toBe(pageCount(theirs));
    expect(tokens(ours.map((l) => l.text).join(' '))).toEqual(tokens(theirs.map((l) => l.text).join(' ')));
    expect(agreement).toBeGreaterThanOrEqual(0.99);
  });

  it.for(cases)('$name: Nơi nhận and the signature stand on the page of the closing paragraph\'s end, in both', ({ name }, ctx) => {
    requireTools(ctx, 'soffice', 'serif-font');
    const { theirs, ours } = rendered.get(name)!;
    for (const lines of [theirs, ours]) {
      const recipients = lines.findIndex((l) => l.text.startsWith('Nơi nhận:'));
      let closingEnd = recipients - 1;
      while (closingEnd >= 0 && !lines[closingEnd]!.text.endsWith('./.')) closingEnd--;
      expect(closingEnd, 'the closing paragraph ends with ./.').toBeGreaterThanOrEqual(0);
      expect(lines[recipients]!.page).toBe(lines[closingEnd]!.page);
    }
  });
});
