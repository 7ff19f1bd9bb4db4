// Plans with appendix tables for tests: minimal.yaml plus the YAML of the case (targets,
// appendices …) and its data files, written to a new folder; built to the document's first table.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiagnosticError, type Diagnostic } from '../../src/diag/index.js';
import type { Document, Table } from '../../src/model/types.js';
import { buildDocument } from '../../src/pipeline.js';
import { inEnglish, type EnDiagnostic } from './en.js';

const MINIMAL = readFileSync('test/fixtures/plans/minimal.yaml', 'utf8');

/** Writes minimal.yaml plus the given YAML (targets, appendices …) and data files to a new folder. */
export function plan(extra: string, files: Record<string, string | Uint8Array> = {}, body = 'Một đoạn văn.'): string {
  const dir = mkdtempSync(join(tmpdir(), 'kh-compute-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  writeFileSync(join(dir, 'plan.yaml'), `${MINIMAL.replace('- Một đoạn văn.', `- ${body}`)}${extra}`);
  return join(dir, 'plan.yaml');
}

/** The first table of the built document and the diagnostics (in English; `raw`: as data); or the errors that stopped the build. */
export async function build(file: string): Promise<{ table?: Table; document?: Document; diagnostics: EnDiagnostic[]; raw: Diagnostic[] }> {
  try {
    const { document, diagnostics } = await buildDocument(file);
    const table = document.children[1]?.children.find((b): b is Table => b.type === 'table');
    return { table, document, diagnostics: diagnostics.map(inEnglish), raw: diagnostics };
  } catch (e) {
    if (e instanceof DiagnosticError) return { diagnostics: e.diagnostics.map(inEnglish), raw: e.diagnostics };
    throw e;
  }
}

/** Each row of a table as "cell | cell | …". */
export const rowsText = (t: Table) => t.children.map((r) => r.children.map((c) => c.children.map((i) => (i.type === 'text' ? i.value : '')).join('')).join(' | '));
