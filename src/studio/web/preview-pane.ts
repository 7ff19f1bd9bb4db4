// Studio page: the document, drawn page by page with pdf.js from the project's own PDF. A new PDF
// replaces the old one page by page (the pages in view first), so the preview never flickers
// blank; each page has a text layer (select, copy, find) drawn after the pixels.
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, PDFPageProxy, RenderTask } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PatchHead } from '../types.js';
import { findText, pageText, type PageText } from './find-text.js';

pdfjs.GlobalWorkerOptions.workerSrc = new URL('pdf.worker.mjs', document.baseURI).href;

const GAP_PX = 16;
/** What pdf.js is given for every document (our own PDFs: no scripts, no forms, glyphs drawn as outlines). */
const OPEN = { isEvalSupported: false, enableXfa: false, useWasm: false, disableFontFace: true } as const;
/** After the next frame is on screen (a frame callback runs just before painting). */
const painted = () => new Promise<void>((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));

/** Runs `go` as a new task, at once (a message, not a timer: no 4 ms clamp, no waiting for a frame). */
const soon = (() => {
  const waiting: (() => void)[] = [];
  const channel = new MessageChannel();
  channel.port1.onmessage = () => waiting.shift()?.();
  return (go: () => void) => {
    waiting.push(go);
    channel.port2.postMessage(null);
  };
})();

/** pdf.js draws a page in slices of ~15 ms and, for the screen, waits for an animation frame
 * before each slice (and each part of the page's operator list that comes from its worker): right
 * for a canvas on screen, ~a frame lost each time for ours, which are drawn off screen and shown
 * whole. The slices then follow as tasks of their own, so a key pressed meanwhile is still taken in
 * between. (`_useRequestAnimationFrame` is pdf.js's own field; if a version lacks it, only the
 * frames are waited for again.) */
function withoutFrameWaits(task: RenderTask): RenderTask {
  const internal = (task as unknown as { _internalRenderTask?: { _useRequestAnimationFrame?: boolean } })._internalRenderTask;
  if (internal && internal._useRequestAnimationFrame === true) {
    internal._useRequestAnimationFrame = false;
    task.onContinue = soon;
  }
  return task;
}

interface Shown {
  doc: PDFDocumentProxy;
  pages: PDFPageProxy[];
  scale: number[];
  /** The server's key of each page (equal keys: drawn alike), or none. */
  keys: readonly string[] | null;
  /** The pages' text, read once the pages in view are painted (it competes with painting). */
  texts: Promise<PageText[]> | null;
}

const textsOf = (shown: Shown): Promise<PageText[]> =>
  (shown.texts ??= Promise.all(shown.pages.map((p, i) => p.getTextContent().then((c) => pageText(c, p, shown.scale[i]!)))));

export class PreviewPane {
  private readonly worker = new pdfjs.PDFWorker();
  private shown: Shown | null = null;
  private generation = 0;
  /** Work done after the pages in view are painted stops when this changes (a key was pressed). */
  private background = 0;
  private lastBytes: Uint8Array | Promise<Uint8Array> | null = null;
  private lastKeys: readonly string[] | null = null;
  /** The key and scale of what each page's canvas shows now. */
  private drawn: { key: string; scale: number }[] = [];
  /** Pages redrawn in part from a patch (for the tests). */
  patched = 0;
  private drawing: Promise<void> = Promise.resolve();
  /** Pages being drawn; a newer document stops them. */
  private readonly rendering = new Set<RenderTask>();
  /** What reveal() was last asked to show. */
  private revealed: string | null = null;

  /** `pages` holds one element per page; `scroller` is the scrolling box around it. */
  constructor(private readonly pagesEl: HTMLElement, private readonly scroller: HTMLElement) {
    let timer = 0;
    new ResizeObserver(() => {
      clearTimeout(timer);
      // drawn again at the new size; the place last looked for is scrolled to again (it moved)
      timer = window.setTimeout(() => {
        if (!this.lastBytes) return;
        void this.show(this.lastBytes, this.lastKeys).then((ok) => {
          if (ok && this.revealed !== null) void this.reveal(this.revealed, false);
        });
      }, 150);
    }).observe(scroller);
  }

  /** Draws a new PDF; resolves once the pages in view are painted (the rest follow). Pages whose
   * key is the one already drawn at their place are left as they are; with a `patch`, pages in view
   * that changed in a few places only have those places drawn anew, and the document itself is
   * read after they are on screen. */
  async show(bytes: Uint8Array | Promise<Uint8Array>, keys: readonly string[] | null = null, patch: { head: PatchHead; bytes: Uint8Array } | null = null): Promise<boolean> {
    const gen = ++this.generation;
    this.lastBytes = bytes;
    this.lastKeys = keys;
    for (const task of this.rendering) task.cancel();
    if (patch && keys && (await this.patchInView(patch, keys, gen))) {
      await painted();
      // the whole PDF may still be on its way
      this.drawing = Promise.resolve(bytes)
        .then((b) => this.open(b, keys, gen))
        .then(
          (opened) => {
            if (opened) return this.finish(opened.shown, gen, ++this.background, this.visibleFirst(), opened.old);
          },
          (e: unknown) => {
            if (gen === this.generation) throw e; // otherwise: given up for a newer text
          },
        );
      return true;
    }
    if (gen !== this.generation) return false;
    let whole: Uint8Array;
    try {
      whole = await bytes;
    } catch {
      return false; // its answer was given up or cut short: nothing to draw
    }
    const opened = await this.open(whole, keys, gen);
    if (!opened) return false;
    const { shown, old } = opened;
    const order = this.visibleFirst();
    const visible = order.filter((i) => this.isVisible(i));
    for (const i of visible) {
      if (gen !== this.generation) break;
      await this.paint(shown, i);
    }
    // a newer document is being drawn (or a key was pressed): the one before this is not needed
    if (gen !== this.generation) return void old?.doc.destroy(), false;
    await painted();
    this.drawing = this.finish(shown, gen, ++this.background, order.filter((i) => !visible.includes(i)), old);
    return true;
  }

  /** Reads the PDF and makes it the document shown (its pages sized); null when a newer one came meanwhile. */
  private async open(bytes: Uint8Array, keys: readonly string[] | null, gen: number): Promise<{ shown: Shown; old: Shown | null } | null> {
    const doc = await pdfjs.getDocument({ data: bytes.slice(), worker: this.worker, ...OPEN }).promise;
    if (gen !== this.generation) return void doc.destroy(), null;
    const pages = await Promise.all(Array.from({ length: doc.numPages }, (_, i) => doc.getPage(i + 1)));
    if (gen !== this.generation) return void doc.destroy(), null;
    const scale = pages.map((p) => this.scaleFor(p));
    this.sizePages(pages, scale);
    const old = this.shown;
    const shown: Shown = { doc, pages, scale, keys, texts: null };
    this.shown = shown;
    return { shown, old };
  }

  /** The scale a page is drawn at: the pane's width, at most twice the page's size. */
  private scaleFor(page: PDFPageProxy): number {
    const width = Math.max(200, this.scroller.clientWidth - 2 * GAP_PX);
    return Math.min(2, width / page.getViewport({ scale: 1 }).width);
  }

  /** Draws the patch's places into the pages in view that show its base pages. True when every
   * page in view then shows the new document (the others, if any, are unchanged). */
  private async patchInView(patch: { head: PatchHead; bytes: Uint8Array }, keys: readonly string[], gen: number): Promise<boolean> {
    if (keys.length !== this.pagesEl.children.length) return false;
    const visible = keys.map((_, i) => i).filter((i) => this.isVisible(i));
    const canvasOf = (i: number) => this.pageEl(i).querySelector('canvas');
    const todo = patch.head.pages.filter((p) => visible.includes(p.page) && this.drawn[p.page]?.key === p.base && canvasOf(p.page));
    if (!visible.every((i) => (this.drawn[i]?.key === keys[i] && canvasOf(i)) || todo.some((p) => p.page === i))) return false;
    if (todo.length === 0) return visible.length > 0;
    const doc = await pdfjs.getDocument({ data: patch.bytes.slice(), worker: this.worker, ...OPEN }).promise;
    try {
      const ready: { at: number; parts: HTMLCanvasElement; rects: number[][]; scale: number }[] = [];
      for (const p of todo) {
        if (gen !== this.generation) return false;
        const page = await doc.getPage(p.part + 1);
        const scale = this.scaleFor(page);
        if (scale !== this.drawn[p.page]!.scale) return false; // the pane was resized: drawn whole
        const parts = await this.drawParts(page, scale, canvasOf(p.page)!, p.rects);
        if (!parts) return false;
        ready.push({ at: p.page, scale, ...parts });
      }
      if (gen !== this.generation) return false;
      // all pages at once, in one task: never half of an edit on screen
      for (const d of ready) {
        const ctx = canvasOf(d.at)!.getContext('2d')!;
        for (const [x, y, w, h] of d.rects) ctx.drawImage(d.parts, x!, y!, w!, h!, x!, y!, w!, h!);
        this.drawn[d.at] = { key: keys[d.at]!, scale: d.scale };
        this.patched++;
      }
      return true;
    } catch (e) {
      if (e instanceof pdfjs.RenderingCancelledException) return false;
      throw e;
    } finally {
      void doc.destroy();
    }
  }

  /** Draws a patch page on a canvas of the target's size, exactly as the target was drawn (the
   * same transform gives the same pixels, where a shifted origin, or a clip, rounds edges a little
   * differently; only the patch's few items are drawn); with its places in whole pixels of the
   * target (x, y, width, height). Null: the target was drawn for another screen (pixel ratio). */
  private async drawParts(page: PDFPageProxy, scale: number, target: HTMLCanvasElement, rects: readonly number[][]): Promise<{ parts: HTMLCanvasElement; rects: number[][] } | null> {
    const dpr = window.devicePixelRatio || 1;
    const viewport = page.getViewport({ scale });
    if (target.width !== Math.floor(viewport.width * dpr) || target.height !== Math.floor(viewport.height * dpr)) return null;
    const k = scale * dpr;
    const px = rects.map(([x0, y0, x1, y1]) => {
      const x = Math.max(0, Math.floor(x0! * k));
      const y = Math.max(0, Math.floor(y0! * k));
      return [x, y, Math.min(target.width, Math.ceil(x1! * k)) - x, Math.min(target.height, Math.ceil(y1! * k)) - y];
    });
    const parts = document.createElement('canvas');
    parts.width = target.width;
    parts.height = target.height;
    const task = withoutFrameWaits(page.render({ canvas: parts, viewport, transform: dpr === 1 ? undefined : [dpr, 0, 0, dpr, 0, 0] }));
    this.rendering.add(task);
    try {
      await task.promise;
    } finally {
      this.rendering.delete(task);
    }
    return { parts, rects: px };
  }

  /** The key of the page each canvas shows ('' where none): sent with a text, for a patch. In a
   * document of hundreds of pages, only the pages in view and next to it (the request's head has
   * a limit; only pages in view when the answer comes are patched). */
  drawnKeys(): string[] {
    const keyOf = (i: number) => (this.drawn[i] && this.pageEl(i).querySelector('canvas') ? this.drawn[i]!.key : '');
    const n = this.pagesEl.children.length;
    if (n <= 300) return Array.from({ length: n }, (_, i) => keyOf(i));
    const near = new Set(this.visibleFirst().filter((i) => this.isVisible(i)).flatMap((i) => [i - 2, i - 1, i, i + 1, i + 2]));
    return Array.from({ length: n }, (_, i) => (near.has(i) ? keyOf(i) : ''));
  }

  /** For the tests: how many pixels of page i's canvas differ (by more than `tolerance` in a
   * channel) from the page of the document shown drawn whole now; -1 when it cannot be told. */
  async differsFromWhole(i: number, tolerance = 0): Promise<number> {
    await this.settled();
    const shown = this.shown;
    const canvas = this.pageEl(i)?.querySelector('canvas');
    if (!shown || !canvas || shown.keys?.[i] !== this.drawn[i]?.key) return -1;
    const dpr = window.devicePixelRatio || 1;
    const whole = document.createElement('canvas');
    [whole.width, whole.height] = [canvas.width, canvas.height];
    const viewport = shown.pages[i]!.getViewport({ scale: shown.scale[i]! });
    await shown.pages[i]!.render({ canvas: whole, viewport, transform: dpr === 1 ? undefined : [dpr, 0, 0, dpr, 0, 0] }).promise;
    const a = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const b = whole.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let n = 0;
    for (let p = 0; p < a.length; p += 4) if (Math.abs(a[p]! - b[p]!) > tolerance || Math.abs(a[p + 1]! - b[p + 1]!) > tolerance || Math.abs(a[p + 2]! - b[p + 2]!) > tolerance) n++;
    return n;
  }

  /** The rest of the pages, then the text layers; the previous document is released after. */
  private async finish(shown: Shown, gen: number, bg: number, rest: number[], old: Shown | null): Promise<void> {
    const current = () => gen === this.generation && bg === this.background;
    try {
      await this.finishPages(shown, gen, rest, current);
    } catch (e) {
      if (current()) throw e; // otherwise: its document was released meanwhile
    }
    if (old) void old.doc.destroy();
  }

  private async finishPages(shown: Shown, gen: number, rest: number[], current: () => boolean): Promise<void> {
    for (const i of rest) {
      if (!current()) break;
      await this.paint(shown, i);
    }
    if (current()) {
      const texts = await textsOf(shown);
      for (const [i, page] of shown.pages.entries()) {
        if (!current()) break;
        const layer = document.createElement('div');
        layer.className = 'textLayer';
        await new pdfjs.TextLayer({ textContentSource: texts[i]!.content, container: layer, viewport: page.getViewport({ scale: shown.scale[i]! }) }).render();
        this.pageEl(i).querySelector('.textLayer')?.remove();
        this.pageEl(i).append(layer);
      }
      if (current()) this.pagesEl.dataset.generation = String(gen);
    }
  }

  private pageEl(i: number): HTMLElement {
    return this.pagesEl.children[i] as HTMLElement;
  }

  private sizePages(pages: PDFPageProxy[], scale: number[]): void {
    while (this.pagesEl.children.length > pages.length) this.pagesEl.lastElementChild!.remove();
    this.drawn.length = Math.min(this.drawn.length, pages.length);
    while (this.pagesEl.children.length < pages.length) {
      const el = this.pagesEl.appendChild(document.createElement('div'));
      el.className = 'page';
    }
    pages.forEach((p, i) => {
      const vp = p.getViewport({ scale: scale[i]! });
      const el = this.pageEl(i);
      el.style.width = `${Math.floor(vp.width)}px`;
      el.style.height = `${Math.floor(vp.height)}px`;
      el.style.setProperty('--total-scale-factor', String(scale[i]));
      el.dataset.page = String(i + 1);
    });
  }

  private isVisible(i: number): boolean {
    const el = this.pageEl(i);
    const top = el.offsetTop - this.scroller.scrollTop;
    return top < this.scroller.clientHeight && top + el.offsetHeight > 0;
  }

  private visibleFirst(): number[] {
    const all = Array.from({ length: this.pagesEl.children.length }, (_, i) => i);
    return [...all.filter((i) => this.isVisible(i)), ...all.filter((i) => !this.isVisible(i))];
  }

  /** Renders page i into a new canvas, then puts it in place of the old one. */
  private async paint(shown: Shown, i: number): Promise<void> {
    const key = shown.keys?.[i];
    const now = this.drawn[i];
    if (key !== undefined && now && now.key === key && now.scale === shown.scale[i] && this.pageEl(i).querySelector('canvas')) return;
    const dpr = window.devicePixelRatio || 1;
    const viewport = shown.pages[i]!.getViewport({ scale: shown.scale[i]! });
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(viewport.width * dpr);
    canvas.height = Math.floor(viewport.height * dpr);
    const task = withoutFrameWaits(shown.pages[i]!.render({ canvas, viewport, transform: dpr === 1 ? undefined : [dpr, 0, 0, dpr, 0, 0] }));
    this.rendering.add(task);
    try {
      await task.promise;
    } catch (e) {
      if (e instanceof pdfjs.RenderingCancelledException) return;
      throw e;
    } finally {
      this.rendering.delete(task);
    }
    if (shown !== this.shown) return; // a newer document is being drawn
    const el = this.pageEl(i);
    const before = el.querySelector('canvas');
    if (before) before.replaceWith(canvas);
    else el.prepend(canvas);
    if (key === undefined) delete this.drawn[i];
    else this.drawn[i] = { key, scale: shown.scale[i]! };
  }

  /** Scrolls to where `query` is printed (if it is) and marks it for a moment. */
  async reveal(query: string, smooth = true): Promise<boolean> {
    this.revealed = query;
    // the document may be replaced while its text is read (a newer one, or the same one drawn
    // again at a new size when the pane is resized): then the place is looked for in that one
    let shown: Shown | null = null;
    let texts: PageText[] | null = null;
    for (let tries = 0; tries < 5 && this.shown && shown !== this.shown; tries++) {
      shown = this.shown;
      texts = await textsOf(shown).catch(() => null); // null: released meanwhile (a newer one came)
    }
    if (!shown || !texts || shown !== this.shown) return false;
    const hit = findText(texts, query, this.scroller.scrollTop, (p) => this.pageEl(p).offsetTop);
    if (!hit) return false;
    const el = this.pageEl(hit.page);
    const y = el.offsetTop + hit.top;
    if (y < this.scroller.scrollTop + 20 || y + hit.height > this.scroller.scrollTop + this.scroller.clientHeight - 20)
      this.scroller.scrollTo({ top: Math.max(0, y - this.scroller.clientHeight / 3), behavior: smooth ? 'smooth' : 'auto' });
    const mark = el.appendChild(document.createElement('div'));
    mark.className = 'flash';
    Object.assign(mark.style, { left: `${hit.left - 3}px`, top: `${hit.top - 2}px`, width: `${hit.width + 6}px`, height: `${hit.height + 4}px` });
    setTimeout(() => mark.remove(), 1600);
    return true;
  }

  /** Resolves when the pages out of view and the text layers are drawn (or left for later). */
  async settled(): Promise<void> {
    for (let d = this.drawing; ; d = this.drawing) {
      await d;
      if (d === this.drawing) return;
    }
  }

  /** The user is typing: leave the pages out of view and the text layers for later; with `stop`,
   * also the document being drawn (a newer one is coming). */
  interrupt(stop = false): void {
    this.background++;
    if (!stop) return;
    this.generation++;
    for (const task of this.rendering) task.cancel();
  }

  /** No new document is coming (the text has errors): finish drawing the one shown. */
  resume(): void {
    // the pages in view were patched and their document not read yet: it is read now
    // (awaited by settled(): show() sets its own drawing once the pages in view are painted)
    if (this.lastBytes && this.shown && this.shown.keys !== this.lastKeys) return void (this.drawing = this.show(this.lastBytes, this.lastKeys).then(() => undefined));
    if (this.shown && this.pagesEl.dataset.generation !== String(this.generation))
      this.drawing = this.finish(this.shown, this.generation, ++this.background, this.visibleFirst(), null);
  }

  setStale(stale: boolean): void {
    this.pagesEl.classList.toggle('stale', stale);
  }

  get hasDocument(): boolean {
    return this.shown !== null;
  }
}
