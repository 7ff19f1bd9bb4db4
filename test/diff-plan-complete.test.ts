// 17-diff-plan completeness: for random edits of the shipped plans (a word, a figure, entries
// reordered, removed or duplicated, a section moved, a switch flipped, a field emptied), the
// built DOCX changes exactly when diff-plan reports something printed, and what it reports is
// always a named part of the plan, never the last-resort "Văn bản (phần khác)".
// FUZZ_RUNS=n runs more edits per plan (50 per plan checked: FUZZ_RUNS=50 npx vitest run test/diff-plan-complete.test.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { DiagnosticError } from '../src/diag/index.js';
import { parsePlanText } from '../src/plan/load.js';
import { buildFromSource, renderFormat, type Built } from '../src/pipeline.js';
import { diffPlans } from '../src/workflow/diff-plans.js';
import { editPlan } from './helpers/plan-edits.js';
import { allPlans } from './helpers/plans.js';
import { random } from './helpers/relayout.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
const LAST_RESORT = 'Văn bản (phần khác)';

async function build(file: string, text: string): Promise<Built | null> {
  try {
    return await buildFromSource(parsePlanText(file, text), { wholeUnitsPlan: true });
  } catch (e) {
    if (e instanceof DiagnosticError) return null; // the edit made the plan invalid: not a case
    throw e;
  }
}

const docx = async (b: Built) => Buffer.from((await renderFormat(b.document, 'docx')).bytes);

describe('17-diff-plan: random edits of every shipped plan', () => {
  it.each(allPlans())('$name: the DOCX changes exactly when diff-plan reports a change', async ({ file }) => {
    const text = readFileSync(file, 'utf8');
    const original = (await build(file, text))!;
    const before = await docx(original);
    let cases = 0;
    let differing = 0;
    for (let seed = 1; seed <= RUNS * 3 && cases < RUNS; seed++) {
      const data = parseDocument(text).toJS();
      const rnd = random(seed * 7919);
      const what = [editPlan(data, rnd), ...(rnd() < 0.3 ? [editPlan(data, rnd)] : [])].join('; ');
      const edited = await build(file, stringify(data, { lineWidth: 0 }));
      if (!edited) continue;
      cases++;
      const changed = !before.equals(await docx(edited));
      const changes = diffPlans(original, edited).filter((c) => c.printed);
      const said = changes.map((c) => `${c.label}: ${String(c.before).slice(0, 40)} → ${String(c.after).slice(0, 40)}`);
      expect(changes.length > 0, `seed ${seed} (${what}): DOCX ${changed ? 'changed' : 'the same'}; diff-plan: ${said.join(' | ') || 'nothing'}`).toBe(changed);
      expect(said.filter((s) => s.startsWith(LAST_RESORT)), `seed ${seed} (${what})`).toEqual([]);
      if (changed) differing++;
    }
    expect(cases, 'enough valid edits').toBeGreaterThanOrEqual(Math.min(RUNS, 4));
    expect(differing, 'some edits change the document').toBeGreaterThan(0);
  }, 240_000);
});
