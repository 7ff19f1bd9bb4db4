// Studio page: the project's diagnostics, shown twice: as markers in the editor (at their line
// and column, on the text as it is now, even if it changed since it was sent), and as a list
// over the preview, each entry a button that jumps to its place.
import { setDiagnostics, type Diagnostic as EditorDiagnostic } from '@codemirror/lint';
import type { ChangeDesc, Text } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import type { StudioDiagnostic } from '../types.js';
import { T } from './text.js';

/** The position a diagnostic names, in the text that was checked. */
export function positionIn(doc: Text, d: StudioDiagnostic): number | null {
  if (!d.inPlan || d.line === undefined) return null;
  const line = doc.line(Math.min(Math.max(1, d.line), doc.lines));
  return line.from + Math.min(Math.max(0, (d.column ?? 1) - 1), line.length);
}

export interface Placed {
  d: StudioDiagnostic;
  /** Position in the editor's current text, or null for problems outside the plan. */
  pos: number | null;
}

/** Places the diagnostics of `checked` in the current text (`since`: the edits made after it). */
export function place(ds: StudioDiagnostic[], checked: Text, since: ChangeDesc): Placed[] {
  return ds.map((d) => {
    const p = positionIn(checked, d);
    return { d, pos: p === null ? null : since.mapPos(p) };
  });
}

const fullMessage = (d: StudioDiagnostic) => [d.message, ...d.hints].join('\n');

export function showInEditor(view: EditorView, placed: Placed[]): void {
  const doc = view.state.doc;
  const marks: EditorDiagnostic[] = placed.flatMap(({ d, pos }) => {
    if (pos === null) return [];
    const line = doc.lineAt(pos);
    const word = /^[^\s,\]}]*/.exec(line.text.slice(pos - line.from))![0].length;
    const to = Math.min(line.to, pos + Math.max(1, word));
    return [{ from: Math.min(pos, to), to, severity: d.severity, message: fullMessage(d), source: d.severity === 'error' ? T.error : T.warning }];
  });
  view.dispatch(setDiagnostics(view.state, marks));
}

/** The list over the preview (`hadDocument`: a last good document is shown, greyed, under it). */
export function showList(panel: HTMLElement, placed: Placed[], doc: Text, hadDocument: boolean, jump: (pos: number) => void): void {
  const errors = placed.filter((p) => p.d.severity === 'error').length;
  const warnings = placed.length - errors;
  panel.hidden = placed.length === 0;
  if (panel.hidden) return panel.replaceChildren();
  panel.className = errors > 0 ? 'problems has-errors' : 'problems';
  const head = document.createElement('p');
  head.className = 'problems-head';
  head.textContent = errors > 0 ? (hadDocument ? T.staleHead(errors) : T.firstErrors) : T.warningHead(warnings);
  const list = document.createElement('ul');
  for (const { d, pos } of placed) {
    const li = list.appendChild(document.createElement('li'));
    li.className = d.severity;
    const b = li.appendChild(document.createElement(pos === null ? 'div' : 'button'));
    if (b instanceof HTMLButtonElement) {
      b.type = 'button';
      b.addEventListener('click', () => jump(pos!));
    }
    const where = b.appendChild(document.createElement('span'));
    where.className = 'where';
    const line = pos === null ? undefined : doc.lineAt(Math.min(pos, doc.length));
    where.textContent = `${d.severity === 'error' ? T.error : T.warning} · ${line ? T.at(line.number, pos! - line.from + 1) : d.file ? T.inFile(d.file) + (d.line ? `, ${T.at(d.line, d.column).toLowerCase()}` : '') : ''}`;
    const msg = b.appendChild(document.createElement('span'));
    msg.className = 'message';
    msg.textContent = d.message;
    for (const h of d.hints) {
      const hint = b.appendChild(document.createElement('span'));
      hint.className = 'hint';
      hint.textContent = h;
    }
  }
  panel.replaceChildren(head, list);
}
