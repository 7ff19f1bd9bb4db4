// Studio page: the two dialogs. The conflict prompt, when the plan changed on disk while it was
// being edited here (the user chooses; nothing is overwritten before), and the comparison with
// another plan of the folder (diff-plan's Markdown, rendered without any HTML of the plans).
import { diffLines } from 'diff';
import MarkdownIt from 'markdown-it';
import type { CompareAnswer } from '../types.js';
import { T } from './text.js';

function el<E extends HTMLElement = HTMLElement>(tag: string, props: Record<string, unknown> = {}, ...children: (Node | string)[]): E {
  const e = Object.assign(document.createElement(tag), props) as unknown as E;
  e.append(...children);
  return e;
}

export type ConflictChoice = 'mine' | 'disk' | 'later';

/** Asks which text to keep; shows the lines that differ. */
export function askConflict(dialog: HTMLDialogElement, name: string, disk: string, mine: string): Promise<ConflictChoice> {
  const diff = el('pre', { className: 'line-diff' });
  let shown = 0;
  for (const part of diffLines(disk.replace(/\r\n/g, '\n'), mine.replace(/\r\n/g, '\n'))) {
    if (!part.added && !part.removed) continue;
    for (const line of part.value.replace(/\n$/, '').split('\n')) {
      if (shown++ >= 60) break;
      diff.append(el('span', { className: part.added ? 'add' : 'del', textContent: `${part.added ? '+' : '−'} ${line}\n` }));
    }
  }
  return new Promise((resolve) => {
    const button = (label: string, choice: ConflictChoice, cls = '') =>
      el('button', { type: 'button', textContent: label, className: cls, onclick: () => (dialog.close(), resolve(choice)) });
    dialog.replaceChildren(
      el('h2', { textContent: T.conflictTitle }),
      el('p', { textContent: T.conflictText(name) }),
      el('p', { className: 'small', textContent: T.conflictDiff }),
      diff,
      el('div', { className: 'dialog-buttons' }, button(T.takeDisk, 'disk'), button(T.keepMine, 'mine', 'primary'), button(T.decideLater, 'later', 'quiet')),
    );
    dialog.oncancel = () => resolve('later');
    dialog.showModal();
  });
}

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

export interface CompareOptions {
  current: string;
  others: string[];
  run: (other: string, otherIsNewer: boolean) => Promise<CompareAnswer>;
}

/** The comparison dialog: choose a plan and the direction, see what changed. */
export function openCompare(dialog: HTMLDialogElement, o: CompareOptions): void {
  const result = el('div', { className: 'compare-result' });
  const close = el('button', { type: 'button', textContent: T.close, className: 'quiet', onclick: () => dialog.close() });
  if (o.others.length === 0) {
    dialog.replaceChildren(el('h2', { textContent: T.compareTitle }), el('p', { textContent: T.noOtherPlans }), el('div', { className: 'dialog-buttons' }, close));
    return dialog.showModal();
  }
  const year = (name: string) => Number(/(19|20)\d\d/.exec(name)?.[0] ?? NaN);
  const select = el<HTMLSelectElement>('select', { id: 'compare-other' }, ...o.others.map((n) => el('option', { value: n, textContent: n })));
  const guess = o.others.filter((n) => year(n) < year(o.current)).at(-1);
  if (guess) select.value = guess;
  const direction = el<HTMLSelectElement>('select', { id: 'compare-direction' }, el('option', { value: 'older', textContent: T.otherIsOlder }), el('option', { value: 'newer', textContent: T.otherIsNewer }));
  const syncDirection = () => (direction.value = year(select.value) > year(o.current) ? 'newer' : 'older');
  syncDirection();
  select.onchange = syncDirection;
  const go: HTMLButtonElement = el<HTMLButtonElement>('button', {
    type: 'button',
    textContent: T.compareGo,
    className: 'primary',
    onclick: async () => {
      go.disabled = true;
      try {
        const newer = direction.value === 'newer';
        const answer = await o.run(select.value, newer);
        const [older, newest] = newer ? [o.current, select.value] : [select.value, o.current];
        if (answer.markdown === null) {
          result.replaceChildren(el('p', { textContent: T.compareFailed }), el('ul', {}, ...answer.diagnostics.map((d) => el('li', { textContent: `${d.file ?? ''}${d.line ? `:${d.line}:${d.column ?? 1}` : ''}: ${d.message}` }))));
        } else {
          const body = el('div', { className: 'markdown' });
          body.innerHTML = markdown.render(answer.markdown); // markdown-it with html: false escapes every tag of the plans' text
          result.replaceChildren(el('h3', { textContent: T.compareHeading(older, newest) }), body);
        }
      } catch (e) {
        result.replaceChildren(el('p', { textContent: T.failed(String((e as Error).message)) }));
      } finally {
        go.disabled = false;
      }
    },
  });
  dialog.className = 'wide';
  dialog.replaceChildren(
    el('h2', { textContent: T.compareTitle }),
    el('div', { className: 'compare-form' }, el('label', { textContent: T.compareWith, htmlFor: 'compare-other' }), select, direction, go),
    result,
    el('div', { className: 'dialog-buttons' }, close),
  );
  dialog.showModal();
}
