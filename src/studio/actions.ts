// Stage: studio. The page's buttons: write the DOCX and PDF of the saved plan to the output
// folder (as `build-plan` does: all or nothing, each file written atomically), and compare the
// plan in the editor with another plan of its folder (diff-plan's Markdown).
import { basename, extname, isAbsolute, join, relative } from 'node:path';
import { buildDocument, buildFromSource, diffPlans, formatDiff, parsePlanText, renderFormat, type FontFiles } from '../index.js';
import { busyMessage, OutputBusyError } from '../cli/busy-output.js';
import { OutputError, writeTogether, type OutputFile } from '../cli/write-output.js';
import { diagnostic, fsReason, msg } from '../diag/index.js';
import { attempt, forPage, type Places } from './diagnostics.js';
import type { CompareAnswer, ExportAnswer, StudioDiagnostic } from './types.js';

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
  const files = built.value.outputs.map(([format, { bytes }]) => ({ path: join(o.outDir, `${name}.${format}`), bytes }));
  const fault = await writeOrSay(files, o);
  if (fault) return { written: [], diagnostics: [...forPage(built.value.diagnostics, o), fault] };
  const written = files.map(({ path }) => shown(path, o));
  return { written, diagnostics: forPage(built.value.diagnostics, o) };
}

/** A path as the user would name it: relative to the folder the studio started in, when inside it. */
function shown(path: string, o: Places): string {
  const rel = relative(o.cwd, path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/**
 * Writes the DOCX and PDF together (both or neither, as build-plan does); a file that cannot be
 * written (open in Word on Windows, a full disk) becomes the diagnostic the page shows, in the
 * words build-plan prints, and the previous files stay as they were.
 */
async function writeOrSay(files: OutputFile[], o: ActionOptions): Promise<StudioDiagnostic | null> {
  try {
    await writeTogether(files);
    return null;
  } catch (e) {
    if (e instanceof OutputBusyError) {
      const heldBack = files.map((f) => f.path).filter((p) => p !== e.path);
      return { severity: 'error', code: 'output_busy', message: busyMessage(shown(e.path, o), false, heldBack, o.lang ?? 'vi'), hints: [], inPlan: false };
    }
    if (!(e instanceof OutputError)) throw e;
    const kept = msg('kept.plan_files', { plan: o.shown });
    return forPage([diagnostic('output_unwritable', { file: shown(e.path, o), reason: fsReason(e.cause), kept }, { file: e.path })], o)[0]!;
  }
}

/** `otherShown` is a plan of the same folder, as the user would name it. */
export async function comparePlans(text: string, otherShown: string, otherIsNewer: boolean, o: ActionOptions): Promise<CompareAnswer> {
  const [current, other] = await Promise.all([attempt(() => buildFromSource(parsePlanText(o.shown, text.normalize('NFC')))), attempt(() => buildDocument(otherShown))]);
  if (!('value' in current) || !('value' in other))
    return { markdown: null, diagnostics: forPage([...('diagnostics' in current ? current.diagnostics : []), ...('diagnostics' in other ? other.diagnostics : [])], o) };
  const [older, newer] = otherIsNewer ? [current.value, other.value] : [other.value, current.value];
  return { markdown: formatDiff(diffPlans(older, newer), 'md'), diagnostics: [] };
}
