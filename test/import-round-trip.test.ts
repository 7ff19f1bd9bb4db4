// Regression tests 14-round-trip: every plan in plans/ is built to DOCX, imported back with
// import-plan, and the imported plan passes check, builds to the same words (paragraph breaks
// included), is in fmt's canonical layout, rolls to next year with new-plan, and differs from
// the original under diff-plan only where its review list says so.
import { describe, expect, it } from 'vitest';
import { writeDocx } from '../src/docx/write-docx.js';
import { buildDocument, documentFor } from '../src/pipeline.js';
import { importPlan } from '../src/reader/import-plan.js';
import { canonicalYaml } from '../src/workflow/canonical-yaml.js';
import { diffPlans } from '../src/workflow/diff-plans.js';
import { rollPlan } from '../src/workflow/roll-plan.js';
import { buildYaml, named, wordsOf } from './helpers/import.js';
import { shippedPlans } from './helpers/plans.js';
import { docxTokens } from './helpers/seed-text.js';

describe.each(shippedPlans())('14-round-trip: $file', ({ file, name }) => {
  it('builds, imports back, and builds to the same words; diff-plan shows only what the review list names', async () => {
    const original = await buildDocument(file);
    const bytes = await writeDocx(original.document);
    const imported = importPlan(bytes, { source: `${name}.docx`, schemaPath: null });
    const again = await buildYaml(imported.yaml, `${name}.yaml`);
    expect(again.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(await wordsOf(again)).toEqual(docxTokens(bytes, true));
    expect(canonicalYaml('x.yaml', imported.yaml)).toBe(imported.yaml);
    // every table's columns as wide as in the plan: the very widths written in it
    const widths = (b: typeof original) => b.computed.tables.map((t) => t.columns.map((c) => c.width));
    expect(widths(again)).toEqual(widths(original));
    expect(imported.notes.filter((n) => n.message.key === 'import.note.widths_rounded')).toEqual([]);
    const changes = diffPlans(original, again);
    const unnamed = changes.filter((c) => !named(c, imported.notes, original.computed, again.computed, changes));
    expect(unnamed).toEqual([]);
  });
});

describe('14-round-trip: a plan built once per unit (--each)', () => {
  it('one commune’s plan imports back to the same words', async () => {
    const built = await buildDocument('plans/2026-communes.yaml', { each: 'chi-tieu-xa' });
    const unit = documentFor(built.computed, { each: 'chi-tieu-xa' }, { appendixId: 'chi-tieu-xa', row: 0 });
    const bytes = await writeDocx(unit.document);
    const imported = importPlan(bytes, { source: '2026-communes-quang-ngoc.docx', schemaPath: null });
    expect(imported.yaml).not.toMatch(/each\./);
    const again = await buildYaml(imported.yaml);
    expect(await wordsOf(again)).toEqual(docxTokens(bytes, true));
    expect(again.computed.tables.map((t) => t.columns.map((c) => c.width))).toEqual(built.computed.tables.map((t) => t.columns.map((c) => c.width)));
  });
});

describe('14-round-trip: the imported plan goes on to next year', () => {
  it('new-plan rolls an imported plan to a draft that passes check', async () => {
    const bytes = await writeDocx((await buildDocument('plans/examples/huyen-pctt-2025.yaml')).document);
    const imported = importPlan(bytes, { source: 'huyen-pctt-2025.docx', schemaPath: null });
    const built = await buildYaml(imported.yaml, 'plans/2025.yaml');
    const next = rollPlan(imported.yaml, built.computed, { outFile: 'plans/2026.yaml', year: 2026, dataExists: () => false });
    const draft = await buildYaml(next.text, 'plans/2026.yaml');
    expect(draft.computed.plan.date.year).toBe(2026);
    // the period found in the text moves with the year
    expect(draft.computed.plan.period).toMatchObject({ from: { year: 2026, month: 4, day: 1 }, to: { year: 2026, month: 12, day: 31 } });
  });
});
