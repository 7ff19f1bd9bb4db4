// Stage: studio. The editor's text → what the page shows: the project's diagnostics and, when
// the plan has no errors, the native PDF. The text goes through the same stages as `check` and
// `build-plan` (src/index.ts); nothing of the plan is evaluated here.
import { buildFromSource, layoutPdf, parsePlanText, type Diagnostic, type FontFiles } from '../index.js';
import { attempt, forPage, type Places } from './diagnostics.js';
import { patchFor, type PageCache, type Patch } from './patch.js';
import type { PreviewHead } from './types.js';

export interface Preview {
  head: PreviewHead;
  pdf: Uint8Array | null;
  /** The small PDF that redraws what changed on the pages the page shows (head.patch says where). */
  patch: Uint8Array | null;
  /** The YAML as plain data when it could be read (for the data files it names). */
  data: unknown;
  /** The head and the patch went to `early` already: only the PDF is left to send. */
  early?: boolean;
}

function headOf(start: number, diagnostics: Diagnostic[], ok: boolean, o: PreviewOptions, pageKeys?: string[], patch?: Patch | null): PreviewHead {
  const buildMs = Math.round((performance.now() - start) * 10) / 10;
  return { ok, diagnostics: forPage(diagnostics, o), buildMs, ...(pageKeys ? { pageKeys } : {}), ...(patch ? { patch: patch.head } : {}) };
}

export interface PreviewOptions extends Places {
  /** The plan's path as given to the pipeline (diagnostics are shown relative to `cwd`). */
  shown: string;
  fonts?: FontFiles;
  /** True once nobody waits for this preview any more (the page sent a newer text): the PDF is
   * then not made. Asked after the plan is built, once the server has taken in what came meanwhile. */
  abandoned?: () => boolean;
  /** The keys of the pages the page shows now (one per page, '' where none), and the pages of
   * recent previews by key: then what changed on them is sent as a patch. */
  drawn?: readonly string[] | null;
  pages?: PageCache;
  /** Given the head and the patch as soon as they are known, before the whole PDF is written (only
   * when there is a patch); the Preview then says `early`. */
  early?: (head: PreviewHead, patch: Uint8Array) => void;
}

/** The preview of `text`, or null when it was abandoned while being built. */
export async function previewPlan(text: string, o: PreviewOptions): Promise<Preview | null> {
  const start = performance.now();
  let data: unknown = null;
  const built = await attempt(async () => {
    const source = parsePlanText(o.shown, text.normalize('NFC'));
    data = source.data;
    const b = await buildFromSource(source);
    if (o.abandoned) {
      await new Promise((ok) => setImmediate(ok)); // a page that gave up has closed its request by now
      if (o.abandoned()) return null;
    }
    const laid = await layoutPdf(b.document, { fonts: o.fonts });
    const keys = laid.pageKeys;
    const patch = o.drawn && o.pages ? await patchFor(o.drawn, keys, laid.paged, o.pages, o.fonts) : null;
    o.pages?.add(keys, laid.paged.pages);
    const diagnostics = [...b.diagnostics, ...laid.diagnostics];
    const early = patch !== null && o.early !== undefined;
    if (early) o.early!(headOf(start, diagnostics, true, o, keys, patch), patch.pdf);
    return { pdf: await laid.write(), pageKeys: keys, patch, diagnostics, early };
  });
  const value = 'value' in built ? built.value : undefined;
  if (value === null) return null;
  const diagnostics: Diagnostic[] = value ? value.diagnostics : 'diagnostics' in built ? built.diagnostics : [];
  const pdf = value ? value.pdf : null;
  const patch: Patch | null = value?.patch ?? null;
  return { head: headOf(start, diagnostics, pdf !== null, o, value?.pageKeys, patch), pdf, patch: patch?.pdf ?? null, data, ...(value?.early ? { early: true } : {}) };
}

/** One answer: 4 bytes (big-endian length of the JSON head), the head, then the patch PDF (when
 * head.patch says so, of head.patch.bytes bytes), then the PDF. */
export function frame(head: PreviewHead, pdf: Uint8Array | null, patch: Uint8Array | null = null): Buffer {
  const framed: PreviewHead = head.patch && patch ? { ...head, patch: { ...head.patch, bytes: patch.length } } : { ...head, patch: undefined };
  const json = Buffer.from(JSON.stringify(framed), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32BE(json.length);
  return Buffer.concat([len, json, framed.patch ? patch! : new Uint8Array(), pdf ?? new Uint8Array()]);
}
