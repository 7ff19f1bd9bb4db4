// Studio page: completion and hover help in the editor, from the plan's JSON Schema (keys with
// their Vietnamese descriptions, allowed values) and from the plan itself ({target} and
// {appendix} references, with their labels).
import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { syntaxTree } from '@codemirror/language';
import type { EditorState } from '@codemirror/state';
import type { Tooltip } from '@codemirror/view';
import type { SyntaxNode } from '@lezer/common';
import { parser } from '@lezer/yaml';
import type { SchemaHelp } from './schema.js';
import { T } from './text.js';
import { ancestor, pathOf, placeAt, unquote, type Segment } from './yaml-path.js';

const WORD = /[\p{L}\p{N}_\-.]*/u;

/** Targets and appendices the plan declares: what `{…}` may name. */
function references(state: EditorState): Completion[] {
  const text = state.doc.toString();
  const top = parser.parse(text).topNode.getChild('Document')?.getChild('BlockMapping');
  const out: Completion[] = [];
  const pairValue = (pair: SyntaxNode) => pair.getChild('Key')?.nextSibling?.nextSibling ?? null;
  const keyOf = (pair: SyntaxNode) => unquote(text.slice(pair.getChild('Key')!.from, pair.getChild('Key')!.to));
  const field = (mapping: SyntaxNode | null, name: string): string | undefined => {
    for (let p = mapping?.firstChild; p; p = p.nextSibling)
      if (p.name === 'Pair' && p.getChild('Key') && keyOf(p) === name) {
        const v = pairValue(p);
        return v ? unquote(text.slice(v.from, v.to)) : undefined;
      }
    return undefined;
  };
  for (let pair = top?.firstChild; pair; pair = pair.nextSibling) {
    if (pair.name !== 'Pair' || !pair.getChild('Key')) continue;
    const value = pairValue(pair);
    if (keyOf(pair) === 'targets')
      for (let t = value?.firstChild; t; t = t.nextSibling) if (t.name === 'Pair' && t.getChild('Key')) out.push({ label: keyOf(t), type: 'variable', detail: T.target, info: field(pairValue(t), 'label') });
    if (keyOf(pair) === 'appendices')
      for (let item = value?.firstChild; item; item = item.nextSibling) {
        const id = item.name === 'Item' ? field(item.firstChild, 'id') : undefined;
        if (id) out.push({ label: id, type: 'class', detail: T.appendix, info: field(item.firstChild, 'title') });
      }
  }
  out.push(...['year', 'year-1', 'year+1'].map((y) => ({ label: y, type: 'constant', detail: T.yearRef })));
  return out.map((c) => ({ ...c, apply: `${c.label}}` }));
}

export function completion(help: SchemaHelp) {
  return (ctx: CompletionContext): CompletionResult | null => {
    const ref = ctx.matchBefore(/\{[\p{L}\p{N}_\-.+]*$/u);
    if (ref) return { from: ref.from + 1, options: references(ctx.state), validFor: /^[\p{L}\p{N}_\-.+]*$/u };
    const word = ctx.matchBefore(WORD);
    if (!word || (word.from === word.to && !ctx.explicit && !/[\s:-]$/.test(ctx.state.sliceDoc(word.from - 1, word.from)))) return null;
    const text = ctx.state.doc.toString();
    const place = placeAt(text, word.from, ctx.pos);
    if (!place) return null;
    if (place.role === 'key') {
      if (!help.isMapping(place.path)) return null;
      const options = help
        .keys(place.path)
        .filter((k) => !place.present.includes(k.key))
        .map((k): Completion => ({ label: k.key, type: 'property', detail: k.required ? T.required : undefined, info: k.description, apply: `${k.key}: `, boost: k.required ? 1 : 0 }));
      return options.length ? { from: word.from, options, validFor: WORD } : null;
    }
    const values = help.values(place.path);
    return values.length ? { from: word.from, options: values.map((v) => ({ label: v, type: 'enum' })), validFor: WORD } : null;
  };
}

/** Hover on a key or a value: the key's description from the schema. */
export function hover(help: SchemaHelp) {
  return (view: { state: EditorState }, pos: number, side: -1 | 1): Tooltip | null => {
    const state = view.state;
    const text = state.doc.toString();
    const node = syntaxTree(state).resolveInner(pos, side);
    const pair = ancestor(node, 'Pair');
    if (!pair) return null;
    const key = pair.getChild('Key');
    if (!key) return null;
    const path: Segment[] = pathOf(ancestor(node, 'Key') ? key : node, text);
    if (!ancestor(node, 'Key') && typeof path.at(-1) === 'number') path.pop(); // an entry of a list: the list's help
    const description = help.describe(path);
    if (!description) return null;
    const name = unquote(text.slice(key.from, key.to));
    const values = help.values(path).filter((v) => v !== 'null');
    return {
      pos: key.from,
      end: key.to,
      above: true,
      create: () => {
        const dom = document.createElement('div');
        dom.className = 'help-tip';
        const head = dom.appendChild(document.createElement('strong'));
        head.textContent = name;
        dom.appendChild(document.createElement('div')).textContent = description;
        if (values.length > 0 && values.length <= 12) dom.appendChild(document.createElement('div')).textContent = `${T.allowed}: ${values.join(', ')}`;
        return { dom };
      },
    };
  };
}
