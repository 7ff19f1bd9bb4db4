// Property tests over the whole pipeline (bounded here; `npm run fuzz` runs many more cases):
// random YAML, random YAML trees and random mutations of every plan in plans/ end in a
// document or in diagnostics, never in a crash.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mutated, survives, toYaml, yamlTree } from './helpers/fuzz.js';
import { shippedPlans } from './helpers/plans.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const outcomes = { document: 0, diagnostics: 0 };
const count = (o: 'document' | 'diagnostics') => void outcomes[o]++;

describe('fuzz', () => {
  it(`random text as a plan file (${RUNS * 2} cases)`, async () => {
    await fc.assert(fc.asyncProperty(fc.string({ maxLength: 200 }), async (s) => count(await survives(s))), { numRuns: RUNS * 2 });
  });

  it(`random YAML trees (${RUNS * 2} cases)`, async () => {
    await fc.assert(fc.asyncProperty(yamlTree, async (tree) => count(await survives(toYaml(tree)))), { numRuns: RUNS * 2 });
  });

  it.each(shippedPlans())(`random mutations of $name (${RUNS} cases, rendered when valid)`, async ({ file }) => {
    const plan = parse(readFileSync(file, 'utf8'));
    await fc.assert(
      fc.asyncProperty(mutated(plan), fc.boolean(), async (data, pdf) => count(await survives(toYaml(data), pdf ? ['docx', 'pdf'] : ['docx']))),
      { numRuns: RUNS },
    );
  }, 300_000);

  it('ran cases of both outcomes', () => {
    console.log(`fuzz: ${outcomes.document} plans built and rendered, ${outcomes.diagnostics} answered with diagnostics, 0 crashes`);
    expect(outcomes.document).toBeGreaterThan(0);
    expect(outcomes.diagnostics).toBeGreaterThan(0);
  });
});
