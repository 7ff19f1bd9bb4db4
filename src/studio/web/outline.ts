// Studio page: the outline beside the editor: the plan's parts (issuer, legal bases, targets …),
// its sections and subsections by title, and the appendices, each a button that jumps there.
import type { EditorState } from '@codemirror/state';
import type { SyntaxNode } from '@lezer/common';
import { parser } from '@lezer/yaml';
import type { SchemaHelp } from './schema.js';
import { T } from './text.js';
import { unquote } from './yaml-path.js';

export interface OutlineEntry {
  label: string;
  from: number;
  depth: number;
}

const keyText = (pair: SyntaxNode, text: string) => unquote(text.slice(pair.getChild('Key')!.from, pair.getChild('Key')!.to));
const valueOf = (pair: SyntaxNode) => pair.getChild('Key')?.nextSibling?.nextSibling ?? null;

function pairs(mapping: SyntaxNode | null | undefined, text: string): [string, SyntaxNode][] {
  const out: [string, SyntaxNode][] = [];
  for (let p = mapping?.firstChild; p; p = p.nextSibling) if (p.name === 'Pair' && p.getChild('Key')) out.push([keyText(p, text), p]);
  return out;
}

/** A title: one line, or the lines of a list joined. */
function titleText(value: SyntaxNode | null, text: string): string {
  if (!value) return '';
  if (/Sequence$/.test(value.name)) {
    const lines: string[] = [];
    for (let i = value.firstChild; i; i = i.nextSibling) if (i.name === 'Item') lines.push(unquote(text.slice(i.from, i.to)).replace(/^-\s*/, ''));
    return lines.join(' ');
  }
  return unquote(text.slice(value.from, value.to)).replace(/\*\*?/g, '');
}

/** Entries of a list whose items have titles (sections, appendices), and their subsections. */
function titled(list: SyntaxNode | null, depth: number, text: string, out: OutlineEntry[]): void {
  for (let item = list?.firstChild; item; item = item.nextSibling) {
    if (item.name !== 'Item') continue;
    const fields = pairs(item.firstChild, text);
    const title = fields.find(([k]) => k === 'title');
    if (title) out.push({ label: titleText(valueOf(title[1]), text) || '…', from: item.from, depth });
    for (const [k, p] of fields) if (k === 'sections') titled(valueOf(p), depth + 1, text, out);
  }
}

export function outlineOf(state: EditorState, help: SchemaHelp | null): OutlineEntry[] {
  const text = state.doc.toString();
  const top = parser.parse(text).topNode.getChild('Document')?.getChild('BlockMapping');
  const out: OutlineEntry[] = [];
  for (const [key, pair] of pairs(top, text)) {
    const described = help?.describe([key])?.split(/[;,(]/)[0]?.trim();
    out.push({ label: T.sections[key] ?? described ?? key, from: pair.from, depth: 0 });
    const value = valueOf(pair);
    if (value && /Sequence$/.test(value.name)) titled(value, 1, text, out);
  }
  return out;
}

export function renderOutline(list: HTMLElement, entries: OutlineEntry[], jump: (from: number) => void): void {
  list.replaceChildren(
    ...entries.map((e) => {
      const li = document.createElement('li');
      const b = li.appendChild(document.createElement('button'));
      b.type = 'button';
      b.textContent = e.label;
      b.title = e.label;
      b.dataset.from = String(e.from);
      b.className = `depth-${Math.min(e.depth, 4)}`;
      b.addEventListener('click', () => jump(Number(b.dataset.from)));
      return li;
    }),
  );
}

/** Marks the entry the cursor is in. */
export function markCurrent(list: HTMLElement, pos: number): void {
  let current: Element | null = null;
  for (const b of list.querySelectorAll<HTMLButtonElement>('button')) {
    if (Number(b.dataset.from) <= pos) current = b;
    b.classList.remove('current');
  }
  current?.classList.add('current');
}
