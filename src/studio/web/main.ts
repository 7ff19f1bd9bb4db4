// Studio page: the plan's editor on the left, its document on the right. Each pause in typing
// sends the text to the server, which answers with the project's diagnostics and, when the plan
// has no errors, its PDF; the last good document stays, greyed, while there are errors.
import { ChangeSet, EditorSelection, type ChangeDesc, type Text, type Transaction } from '@codemirror/state';
import type { EditorView, ViewUpdate } from '@codemirror/view';
import type { PlanState, StudioDiagnostic } from '../types.js';
import * as api from './api.js';
import { askConflict, openCompare } from './dialogs.js';
import { createEditor } from './editor.js';
import { lineQuery } from './find-text.js';
import { markCurrent, outlineOf, renderOutline } from './outline.js';
import { PreviewPane } from './preview-pane.js';
import { place, showInEditor, showList, type Placed } from './problems.js';
import { SchemaHelp, type JsonSchema } from './schema.js';
import { T } from './text.js';

/** Each edit sends the text at once, before the editor takes the key in (parses the YAML again and
 * redraws, 5–10 ms that then overlap the server's build): an answer or a drawing for an older text
 * is dropped when a key is pressed, and the server builds one text at a time. (A pause of 50 ms
 * before sending made every preview ~50 ms later; a timer, even of 0 ms, runs only after the
 * browser has drawn the editor's next frame.) */
/** While the user types on, a preview that has not shown their edits for this long is replaced even
 * by an answer already outdated. Counted from the first edit the preview does not show (not from
 * the last drawing: after a pause the preview is up to date, and the first key of new typing must
 * not have its own drawing hold back the next key's). */
const STALE_MS = 2000;

interface Metric {
  inputAt: number;
  sentAt: number;
  answeredAt: number;
  paintedAt: number;
  buildMs: number;
}
declare global {
  interface Window {
    /** What the benchmark and the tests read: one entry per preview painted after an edit. */
    studioMetrics: Metric[];
    /** previewCount: answers taken in; drawings: documents handed to the preview to draw;
     * patched: pages redrawn in part only (the places an edit changed); differsFromWhole(i): pixels
     * of page i (from 0) that differ from the page drawn whole. */
    studio: { view: EditorView; previewCount: number; drawings: number; patched: number; idle: () => Promise<void>; differsFromWhole: (i: number, tolerance?: number) => Promise<number> };
  }
}

const $ = <E extends HTMLElement>(id: string) => document.getElementById(id) as E;

class Studio {
  private view!: EditorView;
  private plan!: PlanState;
  private help: SchemaHelp | null = null;
  private baseVersion = '';
  private baseText = '';
  private pane = new PreviewPane($('pages'), $('preview-scroll'));
  private inFlight: Promise<void> | null = null;
  private painting: Promise<void> = Promise.resolve();
  private again = false;
  private controller: AbortController | null = null;
  /** When the first edit the preview does not show yet was made (0: it shows the text as it is). */
  private waitingSince = 0;
  /** Edits made since the text in flight was sent (to place its diagnostics in today's text). */
  private since: ChangeDesc | null = null;
  private lastInputAt = 0;
  private lastKeyAt = 0;
  private lastEditPos = -1;
  private revealedLine = -1;
  private diagnostics: Placed[] = [];
  private conflictOpen = false;
  private outlineTimer = 0;
  private previewCount = 0;

  async start(): Promise<void> {
    const [plan, schema] = await Promise.all([api.getPlan(), api.getSchema()]);
    this.plan = plan;
    this.help = new SchemaHelp(schema as JsonSchema);
    this.baseVersion = plan.version;
    document.title = `${plan.name} — ${T.title}`;
    $('file-name').textContent = plan.path;
    $('btn-export').title = `${T.exportHint} ${plan.outDir}`;
    this.view = createEditor({ parent: $('editor'), text: plan.text, lineSeparator: plan.lineSeparator, help: this.help, onChange: (u) => this.changed(u), onEdits: (trs) => this.edited(trs), onSave: () => void this.save() });
    this.baseText = this.view.state.sliceDoc();
    window.studioMetrics = [];
    window.studio = { view: this.view, previewCount: 0, drawings: 0, patched: 0, idle: () => this.idle(), differsFromWhole: (i, t) => this.pane.differsFromWhole(i, t) };
    $('btn-save').onclick = () => void this.save();
    $('btn-export').onclick = () => void this.exportFiles();
    $('btn-compare').onclick = () =>
      openCompare($('dialog'), {
        current: plan.name,
        others: plan.otherPlans,
        run: (other, otherIsNewer) => api.comparePlans({ other, text: this.view.state.sliceDoc(), otherIsNewer }),
      });
    // the end of typing is the last key pressed (its event time), not when the editor took it in
    window.addEventListener('keydown', (e) => (this.lastKeyAt = e.timeStamp), true);
    window.addEventListener('beforeunload', (e) => {
      if (this.dirty) e.preventDefault();
    });
    const events = api.listen((e) => {
      if (e.type === 'data-changed') {
        this.notify(T.dataChanged(e.file));
        this.refresh(this.view.state.doc);
      } else void this.diskChanged(e.text, e.version);
    });
    events.onerror = () => this.banner(T.serverGone);
    events.onopen = () => this.banner(null);
    this.updateOutline();
    this.updateStatus();
    this.refresh(this.view.state.doc);
    this.view.focus();
  }

  private get dirty(): boolean {
    return this.view.state.sliceDoc() !== this.baseText;
  }

  /** Edits, before the editor takes them in: the new text is sent now. */
  private edited(trs: readonly Transaction[]): void {
    const now = performance.now();
    this.lastInputAt = now - this.lastKeyAt < 100 ? this.lastKeyAt : now;
    this.waitingSince ||= this.lastInputAt;
    // the answer in flight, or the document being drawn, is for an older text: not worth
    // waiting for, unless the preview has not shown the user's edits for a while
    this.pane.interrupt(!this.stale);
    for (const tr of trs) {
      if (!tr.docChanged) continue;
      if (this.since) this.since = this.since.composeDesc(tr.changes.desc);
      tr.changes.iterChangedRanges((_fa, _ta, _fb, toB) => (this.lastEditPos = toB));
    }
    this.refresh(trs[trs.length - 1]!.newDoc);
  }

  private changed(u: ViewUpdate): void {
    if (u.docChanged) {
      clearTimeout(this.outlineTimer);
      this.outlineTimer = window.setTimeout(() => this.updateOutline(), 250);
    }
    if (u.docChanged || u.selectionSet) this.updateStatus();
  }

  /** Sends `doc` to be checked and drawn, now; the answer awaited for an older text is given up,
   * unless the preview has not shown the user's edits for a while: then that answer is drawn
   * and the newest text is sent after it. One request at a time. */
  private refresh(doc: Text): void {
    if (this.inFlight) {
      this.again = true;
      if (this.stale) return;
      this.controller?.abort();
    }
    this.again = false;
    const run: Promise<void> = this.send(doc).finally(() => {
      if (this.inFlight !== run) return; // given up for a newer one
      this.inFlight = null;
      if (this.again) this.refresh(this.view.state.doc);
    });
    this.inFlight = run;
  }

  private async send(doc: Text): Promise<void> {
    const inputAt = this.lastInputAt;
    const sentAt = performance.now();
    this.since = ChangeSet.empty(doc.length).desc;
    $('preview-state').textContent = T.updating;
    let answer: api.PreviewAnswer;
    const controller = (this.controller = new AbortController());
    try {
      answer = await api.preview(doc.sliceString(0, doc.length, this.view.state.lineBreak), controller.signal, this.pane.drawnKeys());
    } catch (e) {
      if (controller.signal.aborted) return; // a newer text is on its way
      this.banner(T.failed(String((e as Error).message)));
      return;
    } finally {
      if (this.controller === controller) this.controller = null;
    }
    const answeredAt = performance.now();
    await this.apply(answer, doc, this.since!);
    const current = doc === this.view.state.doc;
    if (answer.pdf && (current || this.stale)) {
      // the preview is getting old while the user types on: the drawing under way is
      // finished rather than replaced by this one (which a newer one would replace in turn)
      if (this.stale) await this.painting;
      // drawn while the next text (if a key is pressed meanwhile) is already on its way
      this.painting = this.paint(answer, { inputAt, sentAt, answeredAt }, doc);
      return;
    }
    if (!answer.pdf) {
      if (current) this.waitingSince = 0; // nothing newer to show: the errors are the text's
      $('preview-state').textContent = '';
      this.pane.resume();
    }
    window.studio.previewCount = ++this.previewCount;
  }

  /** True when the preview has not shown the user's edits for STALE_MS. */
  private get stale(): boolean {
    return this.waitingSince > 0 && performance.now() - this.waitingSince >= STALE_MS;
  }

  /** Draws a checked text's PDF; a newer one, when it comes, takes its place. */
  private async paint(answer: api.PreviewAnswer, at: { inputAt: number; sentAt: number; answeredAt: number }, checked: Text): Promise<void> {
    const head = answer.head;
    window.studio.drawings++;
    const patch = head.patch && answer.patch ? { head: head.patch, bytes: answer.patch } : null;
    if (await this.pane.show(answer.pdf!, head.pageKeys ?? null, patch)) {
      const paintedAt = performance.now();
      window.studio.patched = this.pane.patched;
      // shown up to the text sent; edits since (if any) were made after it was sent
      this.waitingSince = checked === this.view.state.doc ? 0 : at.sentAt;
      // a measure of "end of typing → painted": only when no key was pressed since
      if (at.inputAt > 0 && at.inputAt === this.lastInputAt) window.studioMetrics.push({ ...at, paintedAt, buildMs: head.buildMs });
      $('preview-state').textContent = at.inputAt > 0 ? T.previewTime(Math.round(paintedAt - at.inputAt)) : '';
    }
    // the edit's place, in whatever document is shown now (this one, or one that took its place
    // while it was drawn: a newer text's, or this one drawn again at a new size)
    void this.revealEdit();
    window.studio.previewCount = ++this.previewCount;
  }

  /** Resolves when no check is waiting or running and the document is fully drawn (for tests and the benchmark). */
  private async idle(): Promise<void> {
    for (;;) {
      await new Promise((ok) => setTimeout(ok, 20));
      if (this.inFlight) await this.inFlight;
      else {
        const painting = this.painting;
        await painting;
        if (!this.inFlight && painting === this.painting) return this.pane.settled();
      }
    }
  }

  private async apply(answer: api.PreviewAnswer, checked: Text, since: ChangeDesc): Promise<void> {
    const ds: StudioDiagnostic[] = answer.head.diagnostics;
    this.diagnostics = place(ds, checked, since);
    showInEditor(this.view, this.diagnostics);
    const stale = !answer.head.ok;
    this.pane.setStale(stale && this.pane.hasDocument);
    showList($('problems'), this.diagnostics, this.view.state.doc, this.pane.hasDocument, (pos) => this.jump(pos));
    this.updateStatus();
  }

  /** Scrolls the document to the text of the line just edited, when it can be found there. */
  private async revealEdit(): Promise<void> {
    if (this.lastEditPos < 0 || this.lastEditPos > this.view.state.doc.length) return;
    const line = this.view.state.doc.lineAt(this.lastEditPos);
    const query = lineQuery(line.text);
    if (!query) return;
    if (await this.pane.reveal(query, line.number !== this.revealedLine)) this.revealedLine = line.number;
  }

  jump(pos: number): void {
    const p = Math.min(pos, this.view.state.doc.length);
    this.view.dispatch({ selection: EditorSelection.cursor(p), scrollIntoView: true });
    this.view.focus();
  }

  private updateOutline(): void {
    renderOutline($('outline-list'), outlineOf(this.view.state, this.help), (from) => {
      this.jump(from);
      const query = lineQuery(this.view.state.doc.lineAt(from).text);
      if (query) void this.pane.reveal(query);
    });
    markCurrent($('outline-list'), this.view.state.selection.main.head);
  }

  private updateStatus(): void {
    const head = this.view.state.selection.main.head;
    const line = this.view.state.doc.lineAt(head);
    const errors = this.diagnostics.filter((d) => d.d.severity === 'error').length;
    const warnings = this.diagnostics.length - errors;
    $('cursor').textContent = T.lineCol(line.number, head - line.from + 1);
    const counts = $('counts');
    counts.textContent = errors + warnings === 0 ? T.noProblems : [errors ? T.errors(errors) : '', warnings ? T.warnings(warnings) : ''].filter(Boolean).join(', ');
    counts.className = errors ? 'bad' : warnings ? 'warn' : 'good';
    const state = $('save-state');
    state.textContent = this.dirty ? T.unsaved : state.dataset.savedAt ? T.savedAt(state.dataset.savedAt) : T.saved;
    state.className = this.dirty ? 'state dirty' : 'state';
    markCurrent($('outline-list'), head);
  }

  /** Saves; on a conflict the user chooses. True when the editor's text is now on disk. */
  async save(): Promise<boolean> {
    const text = this.view.state.sliceDoc();
    const answer = await api.savePlan({ text, baseVersion: this.baseVersion });
    if (answer.saved) {
      this.baseVersion = answer.version;
      this.baseText = text;
      $('save-state').dataset.savedAt = new Date().toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit' });
      this.updateStatus();
      return true;
    }
    return this.resolveConflict(answer.diskText, answer.diskVersion);
  }

  private async resolveConflict(diskText: string, diskVersion: string): Promise<boolean> {
    if (this.conflictOpen) return false;
    this.conflictOpen = true;
    const choice = await askConflict($('dialog'), this.plan.name, diskText, this.view.state.sliceDoc()).finally(() => (this.conflictOpen = false));
    if (choice === 'mine') {
      this.baseVersion = diskVersion;
      return this.save();
    }
    if (choice === 'disk') this.load(diskText, diskVersion);
    else this.notify(T.conflictPending);
    return false;
  }

  /** The plan changed on disk: taken in if nothing here is unsaved, otherwise the user chooses. */
  private async diskChanged(text: string, version: string): Promise<void> {
    if (version === this.baseVersion) return;
    if (!this.dirty) {
      this.load(text, version);
      this.notify(T.reloaded);
    } else await this.resolveConflict(text, version);
  }

  private load(text: string, version: string): void {
    const line = this.view.state.doc.lineAt(this.view.state.selection.main.head).number;
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: text } });
    const doc = this.view.state.doc;
    this.view.dispatch({ selection: EditorSelection.cursor(doc.line(Math.min(line, doc.lines)).from), scrollIntoView: true });
    this.baseVersion = version;
    this.baseText = this.view.state.sliceDoc();
    this.updateStatus();
  }

  private async exportFiles(): Promise<void> {
    const button = $<HTMLButtonElement>('btn-export');
    button.disabled = true;
    this.notify(T.exporting);
    try {
      if (this.dirty && !(await this.save())) return this.notify(null);
      const answer = await api.exportPlan();
      if (answer.written.length > 0) this.notify(T.exported(answer.written));
      else {
        this.notify(T.exportFailed);
        showList($('problems'), place(answer.diagnostics, this.view.state.doc, ChangeSet.empty(this.view.state.doc.length).desc), this.view.state.doc, this.pane.hasDocument, (pos) => this.jump(pos));
      }
    } catch (e) {
      this.notify(T.failed(String((e as Error).message)));
    } finally {
      button.disabled = false;
    }
  }

  private noticeTimer = 0;
  notify(text: string | null): void {
    const notice = $('notice');
    notice.textContent = text ?? '';
    notice.hidden = !text;
    clearTimeout(this.noticeTimer);
    if (text) this.noticeTimer = window.setTimeout(() => (notice.hidden = true), 8000);
  }

  banner(text: string | null): void {
    const b = $('banner');
    b.textContent = text ?? '';
    b.hidden = !text;
  }
}

/** The words of index.html itself, in the page's language (the HTML carries the Vietnamese ones). */
function wordStaticPage(): void {
  const set = (selector: string, text: string, title?: string) => {
    const e = document.querySelector<HTMLElement>(selector);
    if (!e) return;
    if (title !== undefined) e.title = title;
    if (e.children.length === 0) e.textContent = text;
    else e.lastChild!.textContent = ` ${text}`; // the brand: a mark, then the words
  };
  document.title = T.title;
  set('.brand', T.title);
  set('#btn-save', T.save, T.saveHint);
  set('#btn-export', T.export, T.exportHint);
  set('#btn-compare', T.compare, T.compareHint);
  set('nav.outline h2', T.outline);
  set('.preview-head span', T.preview);
  document.querySelector('nav.outline')?.setAttribute('aria-label', T.outline);
  document.querySelector('.editor-pane')?.setAttribute('aria-label', T.editorLabel);
  document.querySelector('.preview-pane')?.setAttribute('aria-label', T.preview);
}

wordStaticPage();
void new Studio().start().catch((e: unknown) => {
  const b = $('banner');
  b.textContent = T.failed(String((e as Error)?.message ?? e));
  b.hidden = false;
});
