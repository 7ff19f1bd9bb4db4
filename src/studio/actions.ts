// Stage: studio. The page's buttons: write the DOCX and PDF of the saved plan to the output
// folder (as `build-plan` does: all or nothing, each file written atomically), and compare the
// plan in the editor with another plan of its folder (diff-plan's Markdown).
import { basename, extname, join, relative } from 'node:path';
import { buildDocument, buildFromSource, diffPlans, formatDiff, parsePlanText, renderFormat, type FontFiles } from '../index.js';
import { writeAtomically } from '../cli/write-output.js';
import { attempt, forPage, type Places } from './diagnostics.js';
import type { CompareAnswer, ExportAnswer } from './types.js';

export interface ActionOptions extends Places {
  shown: string;
  outDir: string;
  fonts?: FontFiles;
}

export async function exportPlan(o: ActionOptions): Promise<ExportAnswer> {
  const built = await attempt(async () => {
    const b = await buildDocument(o.shown);
    const outputs = await Promise.all((['docx', 'pdf'] as const).map(async (f) => [f, await renderFormat(b.document, f, { fonts: o.fonts })] as const));
    return { outputs, diagnostics: [...b.diagnostics, ...outputs.flatMap(([, r]) => r.diagnostics)] };
  });
  if (!('value' in built)) return { written: [], diagnostics: forPage(built.diagnostics, o) };
  const name = basename(o.shown, extname(o.shown));
  const written: string[] = [];
  for (const [format, { bytes }] of built.value.outputs) {
    const path = join(o.outDir, `${name}.${format}`);
    await writeAtomically(path, bytes);
    const rel = relative(o.cwd, path);
    written.push(rel.startsWith('..') ? path : rel);
  }
  return { written, diagnostics: forPage(built.value.diagnostics, o) };
}

/** `otherShown` is a plan of the same folder, as the user would name it. */
export async function comparePlans(text: string, otherShown: string, otherIsNewer: boolean, o: ActionOptions): Promise<CompareAnswer> {
  const [current, other] = await Promise.all([attempt(() => buildFromSource(parsePlanText(o.shown, text.normalize('NFC')))), attempt(() => buildDocument(otherShown))]);
  if (!('value' in current) || !('value' in other))
    return { markdown: null, diagnostics: forPage([...('diagnostics' in current ? current.diagnostics : []), ...('diagnostics' in other ? other.diagnostics : [])], o) };
  const [older, newer] = otherIsNewer ? [current.value, other.value] : [other.value, current.value];
  return { markdown: formatDiff(diffPlans(older, newer), 'md'), diagnostics: [] };
}
