// Property test over generated valid plans (test/helpers/plan-generator.ts): every construct of
// the plan format in random combinations and sizes, 0–4 appendices, data files, long cells,
// unusual text. Each plan must build without an error, and be rendered to a well-formed DOCX
// and a PDF that qpdf finds clean and that holds every word of the DOCX; nothing may throw.
// Bounded here (6 cases); `npm run fuzz` runs FUZZ_RUNS / 4 of them (250).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DiagnosticError } from '../src/diag/index.js';
import { buildDocument, renderFormat } from '../src/pipeline.js';
import { wellFormedDocx } from './helpers/docx.js';
import { constructsOf, planArb, planYaml, type GeneratedPlan } from './helpers/plan-generator.js';
import { hasTool, requireTools } from './helpers/tools.js';
import { missingWords, qpdfProblems } from './helpers/words.js';
import { en } from './helpers/en.js';

const RUNS = process.env.FUZZ_RUNS ? Math.max(6, Math.round(Number(process.env.FUZZ_RUNS) / 4)) : 6;
const seen = new Map<string, number>();
let cases = 0;
/** Cases qpdf checked: all of them where qpdf is installed (the last check says so, or skips). */
let qpdfChecked = 0;
const hasQpdf = hasTool('qpdf');

async function check(p: GeneratedPlan): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'kh-gen-'));
  mkdirSync(dir, { recursive: true });
  for (const [name, bytes] of Object.entries(p.files)) writeFileSync(join(dir, name), bytes);
  const file = join(dir, 'plan.yaml');
  writeFileSync(file, planYaml(p));
  let built;
  try {
    built = await buildDocument(file);
  } catch (e) {
    if (e instanceof DiagnosticError) throw new Error(`a valid plan was refused (${file}):\n${e.diagnostics.map((d) => `${d.line}:${d.column} ${en(d)}`).join('\n')}`);
    throw e;
  }
  expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const docx = wellFormedDocx((await renderFormat(built.document, 'docx')).bytes, file);
  const rendered = await renderFormat(built.document, 'pdf');
  const pdf = rendered.bytes;
  if (hasQpdf) expect(qpdfProblems(pdf), file).toBeNull(), qpdfChecked++;
  // characters the fonts lack were reported as warnings (the PDF shows an empty box): not compared
  const undrawable = rendered.diagnostics.filter((d) => d.code === 'font_missing_glyph').map((d) => en(d)).join('');
  expect(await missingWords(docx, pdf, undrawable), file).toBeNull();
  if (++cases % 25 === 0) console.log(`generated plans: ${cases} cases checked`);
  for (const c of constructsOf(p.data)) seen.set(c, (seen.get(c) ?? 0) + 1);
}

describe('11-generated-plans', () => {
  it(`valid plans of every construct build into well-formed DOCX and clean PDF with the same words (${RUNS} cases)`, async () => {
    // on failure, say which plan (kept in the temporary folder) and why, not the whole plan
    const result = await fc.check(fc.asyncProperty(planArb, check), { numRuns: RUNS, endOnFailure: true });
    if (result.failed) throw new Error(`generated plan ${result.numRuns} of ${RUNS} failed (seed ${result.seed}): ${String((result.errorInstance as Error)?.message ?? result.errorInstance).slice(0, 3000)}`);
    console.log(`generated plans: ${cases} cases, ${seen.size} constructs: ${[...seen].map(([c, n]) => `${c} ×${n}`).join(', ')}`);
    expect(cases).toBe(RUNS);
  }, Math.max(900_000, RUNS * 20_000));

  it('qpdf --check found every generated PDF clean', (ctx) => {
    requireTools(ctx, 'qpdf');
    expect(qpdfChecked).toBe(cases);
    expect(cases).toBe(RUNS);
  });
});
