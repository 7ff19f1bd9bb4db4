// Stage: studio. The page redraws only what an edit changed: the page tells which page (by its
// key) each of its canvases shows; for a page drawn before and changed now, the places that
// differ (layout/page-patch.ts) and a small PDF of what is drawn there go with the preview. The
// page then draws that small PDF into those places of the canvas it has, which looks exactly as
// the whole new page would, in a fraction of the time (pdf.js reads a few items, not hundreds).
import { changedRects, coverage, inkReachEm, metricsFor, patchPage, tinosFiles, writePdf, type FontFiles, type Ink, type Page, type PagedDocument } from '../index.js';
import type { PatchHead } from './types.js';

/** A page changed over more than this share of its area is drawn whole. */
const MAX_COVERAGE = 0.5;

/** The pages of the last previews, by key: what the page's canvases may show. */
export class PageCache {
  private readonly pages = new Map<string, Page>();
  /** Pages of this many previews are kept (the page shows the last one it drew, which is the last
   * or the one before while a newer is drawn; a page kept by both counts once). */
  constructor(private readonly previews = 2) {}

  get(key: string): Page | undefined {
    return this.pages.get(key);
  }

  add(keys: readonly string[], pages: readonly Page[]): void {
    keys.forEach((k, i) => {
      this.pages.delete(k); // moved to the newest end
      this.pages.set(k, pages[i]!);
    });
    const keep = Math.max(32, this.previews * keys.length);
    for (const k of this.pages.keys()) {
      if (this.pages.size <= keep) break;
      this.pages.delete(k);
    }
  }
}

/** A page's keys as sent by the page (X-Drawn: one per canvas, empty where none is drawn). */
export function parseDrawn(header: string | string[] | undefined): string[] | null {
  if (typeof header !== 'string' || header.length === 0) return null;
  const keys = header.split(',');
  return keys.every((k) => k === '' || /^[0-9a-f]{20}$/.test(k)) ? keys : null;
}

export interface Patch {
  head: PatchHead;
  pdf: Uint8Array;
}

/** The patch of the pages drawn as `drawn` into the pages `keys`/`paged`, or null (nothing to patch). */
export async function patchFor(drawn: readonly string[], keys: readonly string[], paged: PagedDocument, cache: PageCache, fonts?: FontFiles): Promise<Patch | null> {
  const files = fonts ?? tinosFiles();
  // (each face's reach is read once, where its metrics are: fonts/ttf-metrics.ts inkReach)
  const ink: Ink = { measure: metricsFor(files).measure, reach: (face) => inkReachEm(files, face) };
  const head: PatchHead = { pages: [] };
  const parts: Page[] = [];
  keys.forEach((key, i) => {
    const base = drawn[i];
    const before = base ? cache.get(base) : undefined;
    if (!base || base === key || !before) return;
    const page = paged.pages[i]!;
    const rects = changedRects(before, page, ink);
    if (!rects || rects.length === 0 || coverage(page, rects) > MAX_COVERAGE) return;
    head.pages.push({ page: i, base, part: parts.length, rects: rects.map((r) => [r.x0, r.y0, r.x1, r.y1]) });
    parts.push(patchPage(page, rects, ink));
  });
  if (parts.length === 0) return null;
  return { head, pdf: await writePdf({ meta: paged.meta, pages: parts }, { fonts: files, usedGlyphsOnly: true }) };
}
