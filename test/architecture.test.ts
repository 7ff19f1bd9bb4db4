// The dependency rules of HOUSE-STYLE.md §2, checked on the import statements of src/, and the
// exported names of src/index.ts pinned.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** Stage folder (under src/) of each relative import of a file. */
function importedStages(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/from '(\.[^']+)'/g)].map((m) => relative('src', join(dirname(file), m[1]!)).split(/[\\/]/)[0]!);
}

const stageOf = (file: string) => relative('src', file).split(/[\\/]/)[0]!; // \ on Windows

const FORBIDDEN: Record<string, string[]> = {
  model: ['*'],
  diag: ['*'],
  docx: ['plan', 'template', 'markup', 'compute', 'cli', 'layout', 'pdf'],
  layout: ['pdf', 'plan', 'template', 'docx', 'cli'],
  pdf: ['plan', 'template', 'docx', 'cli'],
  plan: ['template', 'markup', 'docx', 'cli', 'compute'],
  util: ['*'],
  reader: ['docx', 'layout', 'pdf', 'markup', 'model', 'transform', 'compute', 'cli', 'fonts'],
};

describe('architecture', () => {
  it.each(files('src'))('%s imports only what its stage may', (file) => {
    const stage = stageOf(file);
    const rules = FORBIDDEN[stage] ?? [];
    for (const imported of importedStages(file)) {
      if (imported === stage || imported.endsWith('.js')) {
        if (rules.includes('*') && imported !== stage) throw new Error(`${file} (a leaf) imports ${imported}`);
        continue;
      }
      if (rules.includes('*') || rules.includes(imported)) throw new Error(`${file} imports ${imported}/, which ${stage}/ may not`);
    }
    expect(true).toBe(true);
  });

  it('only cli/ touches process or console', () => {
    for (const file of files('src').filter((f) => stageOf(f) !== 'cli')) expect(readFileSync(file, 'utf8'), file).not.toMatch(/\b(process\.|console\.)/);
  });

  it('pins the exported names of src/index.ts', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "DEFAULT_TEMPLATE_DIR",
        "DiagnosticError",
        "MODEL_VERSION",
        "buildDocument",
        "buildFromSource",
        "canonicalYaml",
        "changedRects",
        "computePlan",
        "coverage",
        "createTextMetrics",
        "diffPlans",
        "documentFor",
        "dump",
        "dumpPaged",
        "formatDiagnostic",
        "formatDiff",
        "formats",
        "hintsOf",
        "importPlan",
        "inkReachEm",
        "layoutDocument",
        "layoutPdf",
        "loadPlan",
        "loadTheme",
        "messageOf",
        "metricsFor",
        "numberHeadings",
        "parseMarkup",
        "parsePlanText",
        "patchPage",
        "planJsonSchema",
        "planSchema",
        "preparePlan",
        "readDocx",
        "renderFormat",
        "renderTemplate",
        "rollPlan",
        "tinosFiles",
        "validatePlan",
        "word",
        "writeDocx",
        "writePdf",
      ]
    `);
  });
});
