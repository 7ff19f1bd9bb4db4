// Studio page: long lines of a plan are prose; when the editor wraps one, the continuation lines
// start under the text (after the indentation, "- " and "key: "), not at the left margin, so
// the YAML's structure stays readable.
import { RangeSetBuilder } from '@codemirror/state';
import { Decoration, EditorView, ViewPlugin, type DecorationSet, type ViewUpdate } from '@codemirror/view';

const PREFIX = /^\s*(?:-\s+)*(?:[\w-]+:\s+(?=\S))?/;
const cache = new Map<number, Decoration>();

const indentOf = (n: number): Decoration => {
  let d = cache.get(n);
  if (!d) cache.set(n, (d = Decoration.line({ attributes: { style: `padding-left: calc(${n}ch + 6px); text-indent: -${n}ch` } })));
  return d;
};

function decorate(view: EditorView): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  for (const { from, to } of view.visibleRanges)
    for (let pos = from; pos <= to; ) {
      const line = view.state.doc.lineAt(pos);
      const n = Math.min(40, PREFIX.exec(line.text)![0].length);
      if (n > 0) builder.add(line.from, line.from, indentOf(n));
      pos = line.to + 1;
    }
  return builder.finish();
}

export const hangingIndent = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = decorate(view);
    }
    update(u: ViewUpdate) {
      if (u.docChanged || u.viewportChanged) this.decorations = decorate(u.view);
    }
  },
  { decorations: (v) => v.decorations },
);
