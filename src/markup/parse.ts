// Stage: markup. Markup → Document. One construct per line (see docs/markup.md); a stack of
// open containers (section, grid, grid cell, table) receives the blocks.
import { diagnostic, DiagnosticError, type Diagnostic } from '../diag/index.js';
import type { Block, Brace, Document, DocumentMeta, Grid, GridCell, Heading, Section, Table, TableRow } from '../model/types.js';
import { MODEL_VERSION } from '../model/types.js';
import type { Theme } from '../model/theme.js';
import { unescapeMarkup } from './escape.js';
import { parseInlines } from './inline.js';
import { parseTableCell, parseWidths, checkTableShape } from './table.js';
import type { Markup } from './types.js';

type Open =
  | { kind: 'grid'; node: Grid }
  | { kind: 'gridCell'; node: GridCell }
  | { kind: 'table'; node: Table }
  | { kind: 'brace'; node: Brace };

class MarkupError extends Error {}

/** Index of the first `|` not escaped with a backslash, or -1. */
function unescapedBar(s: string): number {
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '|') return i;
  }
  return -1;
}

const fail = (message: string): never => {
  throw new MarkupError(message);
};

export function parseMarkup(markup: Markup, theme: Theme): Document {
  const meta: DocumentMeta = { title: '', author: '', subject: '', language: 'vi-VN', date: '' };
  const sections: Section[] = [];
  const open: Open[] = [];
  const errors: Diagnostic[] = [];
  const lines = markup.text.split('\n');

  const target = (): Block[] => {
    const top = open[open.length - 1];
    if (top?.kind === 'gridCell' || top?.kind === 'brace') return top.node.children;
    if (top) fail(`blocks cannot go directly inside a ${top.kind}; start a ::cell first`);
    const section = sections[sections.length - 1] ?? fail('content before the first ::section');
    return section.children;
  };
  const origin = (line: number) => ({ file: markup.templateFile, line });

  lines.forEach((raw, index) => {
    const line = raw.trim();
    const n = index + 1;
    if (line === '') return;
    try {
      if (line.startsWith('::')) directive(line.slice(2), n);
      else block(line, n);
    } catch (e) {
      if (!(e instanceof MarkupError)) throw e;
      errors.push(diagnostic('markup_error', { detail: `${e.message} (markup line ${n}: ${JSON.stringify(line.slice(0, 60))})` }, { file: markup.templateFile, line: 1, column: 1 }));
    }
  });
  if (open.length > 0 && errors.length === 0)
    errors.push(diagnostic('markup_error', { detail: `::${{ table: 'table', brace: 'brace', grid: 'grid', gridCell: 'grid' }[open[open.length - 1]!.kind]} is never closed with ::end` }, { file: markup.templateFile, line: 1, column: 1 }));
  if (errors.length > 0) throw new DiagnosticError(errors);
  return { type: 'document', modelVersion: MODEL_VERSION, meta, theme, children: sections };

  function block(line: string, n: number): void {
    const heading = /^#([1-4])([!=>]?) +(.*)$/.exec(line) ?? /^#([1-4])(>) *(\|.*)$/.exec(line);
    if (heading) {
      target().push(headingBlock(Number(heading[1]) as Heading['level'], heading[2]!, heading[3]!, origin(n)));
      return;
    }
    const item = /^([-+]) +(.*)$/.exec(line);
    if (item) {
      target().push({ type: 'item', marker: item[1] as '-' | '+', children: parseInlines(item[2]!), origin: origin(n) });
      return;
    }
    const styled = /^\[([A-Za-z][A-Za-z0-9]*)\] ?(.*)$/.exec(line);
    const style = styled ? styled[1]! : 'Body';
    if (!theme.paragraphStyles[style]) fail(`unknown paragraph style [${style}]`);
    target().push({ type: 'paragraph', style, children: parseInlines(styled ? styled[2]! : line), origin: origin(n) });
  }

  /** `#N text`, `#N! text` (no number), `#N= text` (numbered paragraph), `#N> bold part | text` (run-in). */
  function headingBlock(level: Heading['level'], mark: string, rest: string, at: Heading['origin']): Heading {
    const base = { type: 'heading' as const, level, numbered: mark !== '!', label: '', text: [], origin: at };
    if (mark === '=') return { ...base, form: 'paragraph', children: parseInlines(rest) };
    if (mark !== '>') return { ...base, form: 'heading', children: parseInlines(rest) };
    const bar = unescapedBar(rest);
    if (bar < 0) fail('a run-in heading needs "#N> bold part | text"');
    return { ...base, form: 'runIn', children: parseInlines(rest.slice(0, bar).trim()), text: parseInlines(rest.slice(bar + 1).trim()) };
  }

  function directive(line: string, n: number): void {
    // the name first: a table's ::cell lines (thousands on a long appendix) need nothing else split
    const space = line.search(/\s/);
    const name = space < 0 ? line : line.slice(0, space);
    if (name === 'cell') return cell(line);
    const args = line.split(/\s+/).slice(1);
    const top = open[open.length - 1];
    switch (name) {
      case 'meta': {
        const m = /^meta\s+(title|author|subject|date)\s*\|\s*(.*)$/.exec(line) ?? fail('::meta needs "key | value" (title, author, subject, date)');
        meta[m[1] as 'title'] = unescapeMarkup(m[2]!);
        return;
      }
      case 'section': {
        if (open.length > 0) fail('::section inside an open grid or table');
        const orientation = args[0] === 'landscape' ? 'landscape' : args[0] === 'portrait' ? 'portrait' : fail('::section needs portrait or landscape');
        const firstPage = args.includes('first-page-number=shown');
        sections.push({ type: 'section', orientation, pageNumbers: { show: !args.includes('page-numbers=none'), showOnFirstPage: firstPage }, children: [] });
        return;
      }
      case 'rule': {
        const fraction = Number(args[0]);
        if (!(fraction > 0 && fraction <= 1)) fail('::rule needs a fraction between 0 and 1');
        target().push({ type: 'rule', fraction, origin: origin(n) });
        return;
      }
      case 'grid': {
        const keep = args[args.length - 1] === 'keep-with-next';
        const grid: Grid = { type: 'grid', widths: parseWidths(keep ? args.slice(0, -1) : args, fail), ...(keep ? { keepWithNext: true } : {}), children: [], origin: origin(n) };
        target().push(grid);
        open.push({ kind: 'grid', node: grid });
        return;
      }
      case 'table': {
        const table: Table = { type: 'table', widths: parseWidths(args, fail), children: [], origin: origin(n) };
        target().push(table);
        open.push({ kind: 'table', node: table });
        return;
      }
      case 'row': {
        if (top?.kind !== 'table') fail('::row outside a ::table');
        const kind = (['header', 'body', 'total'] as const).find((k) => k === args[0]) ?? fail('::row needs header, body or total');
        (top as { node: Table }).node.children.push({ type: 'tableRow', kind, children: [] });
        return;
      }
      case 'brace': {
        const m = /^brace\s+([A-Za-z][A-Za-z0-9]*)\s*\|\s*(.*)$/.exec(line) ?? fail('::brace needs "Style | label"');
        if (!theme.paragraphStyles[m[1]!]) fail(`unknown paragraph style [${m[1]}]`);
        const brace: Brace = { type: 'brace', style: m[1]!, label: parseInlines(m[2]!), children: [], origin: origin(n) };
        target().push(brace);
        open.push({ kind: 'brace', node: brace });
        return;
      }
      case 'end':
        return end();
      default:
        fail(`unknown directive ::${name}`);
    }
  }

  function cell(line: string): void {
    const top = open[open.length - 1];
    if (top?.kind === 'table') {
      const row: TableRow = top.node.children[top.node.children.length - 1] ?? fail('::cell before the first ::row');
      row.children.push(parseTableCell(line.slice('cell'.length), fail));
      return;
    }
    if (top?.kind === 'gridCell') open.pop();
    const grid = open[open.length - 1];
    if (grid?.kind !== 'grid') fail('::cell outside a ::grid or ::table');
    const rows = (grid as { node: Grid }).node.children;
    const last = rows[rows.length - 1];
    const node: GridCell = { type: 'gridCell', children: [] };
    if (!last || last.children.length === (grid as { node: Grid }).node.widths.length) rows.push({ type: 'gridRow', children: [node] });
    else last.children.push(node);
    open.push({ kind: 'gridCell', node });
  }

  function end(): void {
    const top = open.pop() ?? fail('::end without an open ::grid, ::table or ::brace');
    if (top.kind === 'table') return checkTableShape(top.node, fail);
    if (top.kind === 'brace') return;
    const grid = top.kind === 'gridCell' ? open.pop() : top;
    if (grid?.kind !== 'grid') fail('::end does not close a ::grid');
    const g = (grid as { node: Grid }).node;
    const last = g.children[g.children.length - 1];
    if (last && last.children.length !== g.widths.length) fail(`the last grid row has ${last.children.length} cells, expected ${g.widths.length}`);
  }
}
