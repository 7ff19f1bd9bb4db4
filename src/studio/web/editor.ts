// Studio page: the plan's editor, CodeMirror 6 with YAML: line numbers, folding, search, undo,
// long lines wrapped (plans are prose), completion and hover help from the schema, and the
// project's diagnostics as markers.
import { autocompletion, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { bracketMatching, defaultHighlightStyle, foldGutter, foldKeymap, indentOnInput, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, lintKeymap } from '@codemirror/lint';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { EditorState, type Extension, type Transaction } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  hoverTooltip,
  keymap,
  lineNumbers,
  type ViewUpdate,
} from '@codemirror/view';
import { completion, hover } from './assist.js';
import { hangingIndent } from './hanging-indent.js';
import type { SchemaHelp } from './schema.js';
import { PHRASES } from './text.js';

export interface EditorOptions {
  parent: HTMLElement;
  text: string;
  lineSeparator: '\n' | '\r\n';
  help: SchemaHelp;
  onChange: (update: ViewUpdate) => void;
  /** The edits, before the editor takes them in (parses and redraws): the text can be sent at once. */
  onEdits: (trs: readonly Transaction[]) => void;
  onSave: () => void;
}

const theme = EditorView.theme({
  '&': { height: '100%', fontSize: '14px', backgroundColor: '#fff' },
  '.cm-scroller': { fontFamily: '"Cascadia Mono", Consolas, "Liberation Mono", "Noto Sans Mono", monospace', lineHeight: '1.55' },
  '.cm-content': { padding: '8px 0' },
  '.cm-gutters': { backgroundColor: '#f6f7f9', borderRight: '1px solid #e1e4e8', color: '#8a929c' },
  '.cm-activeLine': { backgroundColor: '#f3f7fd' },
  '.cm-activeLineGutter': { backgroundColor: '#e8effa' },
  '.cm-tooltip': { borderRadius: '6px', border: '1px solid #c9d1db', boxShadow: '0 4px 14px rgb(0 0 0 / 12%)' },
  '.cm-tooltip-autocomplete > ul > li': { padding: '2px 8px' },
  '.cm-completionDetail': { fontStyle: 'normal', fontFamily: '"Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif', color: '#5f6b7a', marginLeft: '8px' },
  '.cm-completionInfo': { maxWidth: '360px', whiteSpace: 'normal', padding: '6px 10px' },
  '.cm-diagnostic': { padding: '4px 8px', maxWidth: '560px' },
});

export function createEditor(o: EditorOptions): EditorView {
  const extensions: Extension[] = [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    history(),
    foldGutter(),
    drawSelection(),
    indentOnInput(),
    syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
    bracketMatching(),
    highlightActiveLine(),
    highlightSelectionMatches(),
    lintGutter(),
    EditorView.lineWrapping,
    hangingIndent,
    EditorState.tabSize.of(2),
    indentUnit.of('  '),
    EditorState.phrases.of(PHRASES),
    yaml(),
    autocompletion({ override: [completion(o.help)], icons: false }),
    hoverTooltip(hover(o.help), { hoverTime: 350 }),
    keymap.of([
      { key: 'Mod-s', preventDefault: true, run: () => (o.onSave(), true) },
      ...defaultKeymap,
      ...searchKeymap,
      ...historyKeymap,
      ...foldKeymap,
      ...completionKeymap,
      ...lintKeymap,
      indentWithTab,
    ]),
    EditorView.updateListener.of(o.onChange),
    EditorView.contentAttributes.of({ 'aria-label': 'Nội dung kế hoạch (YAML)', lang: 'vi', spellcheck: 'false' }),
    theme,
  ];
  if (o.lineSeparator === '\r\n') extensions.push(EditorState.lineSeparator.of('\r\n'));
  return new EditorView({
    parent: o.parent,
    state: EditorState.create({ doc: o.text, extensions }),
    dispatchTransactions: (trs, view) => {
      if (trs.some((tr) => tr.docChanged)) o.onEdits(trs);
      view.update(trs);
    },
  });
}
