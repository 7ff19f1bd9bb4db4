// Stage: studio. The editor's text → what the page shows: the project's diagnostics and, when
// the plan has no errors, the native PDF. The text goes through the same stages as `check` and
// `build-plan` (src/index.ts); nothing of the plan is evaluated here.
import { buildFromSource, parsePlanText, renderFormat, type Diagnostic, type FontFiles } from '../index.js';
import { attempt, forPage, type Places } from './diagnostics.js';
import type { PreviewHead } from './types.js';

export interface Preview {
  head: PreviewHead;
  pdf: Uint8Array | null;
  /** The YAML as plain data when it could be read (for the data files it names). */
  data: unknown;
}

export interface PreviewOptions extends Places {
  /** The plan's path as given to the pipeline (diagnostics are shown relative to `cwd`). */
  shown: string;
  fonts?: FontFiles;
}

export async function previewPlan(text: string, o: PreviewOptions): Promise<Preview> {
  const start = performance.now();
  let data: unknown = null;
  const built = await attempt(async () => {
    const source = parsePlanText(o.shown, text.normalize('NFC'));
    data = source.data;
    const b = await buildFromSource(source);
    const pdf = await renderFormat(b.document, 'pdf', { fonts: o.fonts, pageKeys: true });
    return { pdf: pdf.bytes, pageKeys: pdf.pageKeys, diagnostics: [...b.diagnostics, ...pdf.diagnostics] };
  });
  const diagnostics: Diagnostic[] = 'value' in built ? built.value.diagnostics : built.diagnostics;
  const pdf = 'value' in built ? built.value.pdf : null;
  const pageKeys = 'value' in built ? built.value.pageKeys : undefined;
  const buildMs = Math.round((performance.now() - start) * 10) / 10;
  return { head: { ok: pdf !== null, diagnostics: forPage(diagnostics, o), buildMs, ...(pageKeys ? { pageKeys } : {}) }, pdf, data };
}

/** One answer: 4 bytes (big-endian length of the JSON head), the head, then the PDF. */
export function frame(head: PreviewHead, pdf: Uint8Array | null): Buffer {
  const json = Buffer.from(JSON.stringify(head), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32BE(json.length);
  return Buffer.concat([len, json, pdf ?? new Uint8Array()]);
}
