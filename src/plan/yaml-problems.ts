// Stage: plan. The YAML library's errors, and the marks it reads silently (anchors &x, tags !x,
// aliases *x), → diagnostics at their line. A line that falls into one of the traps of
// Vietnamese text is recognised from its own text and said once, with the line as it should be:
// text with ": " after a key, text starting with a sign YAML reserves (* & ! % @ `), text that
// starts with a quote or bracket and goes on after it.
import { isAlias, isCollection, isScalar, visit, type Document, type LineCounter, type YAMLError } from 'yaml';
import { diagnostic, msg, type Diagnostic, type Msg, type TextKey } from '../diag/index.js';

/** A line of YAML taken apart: indentation, "- " marks, a key if any, and the value after it. */
interface LineParts {
  lead: string;
  key: string | null;
  value: string;
  /** 1-based column where the value starts. */
  column: number;
}

const LINE = /^(\s*(?:-\s+)*)(?:([A-Za-z_][\w-]*):(?:\s+|$))?(.*)$/;

function splitLine(line: string): LineParts {
  const m = LINE.exec(line)!;
  const lead = m[1]!;
  const key = m[2] ?? null;
  const value = m[3]!.replace(/\s+#.*$/, '').trimEnd();
  return { lead, key, value, column: line.length - m[3]!.length + 1 };
}

const quoted = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** The value in quotes that keep it as typed: single quotes when it holds double ones. */
const quote = (s: string): string => (s.includes('"') && !s.includes("'") ? `'${s}'` : quoted(s));

/** Where a value opened by a quote or bracket closes on its line, or -1. */
function closing(value: string): number {
  const open = value[0]!;
  if (open === '"' || open === "'") {
    for (let i = 1; i < value.length; i++) {
      if (open === '"' && value[i] === '\\') i++;
      else if (value[i] === open && !(open === "'" && value[i + 1] === "'")) return i;
      else if (open === "'" && value[i] === "'") i++;
    }
    return -1;
  }
  let depth = 0;
  let inQuote: string | null = null;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (inQuote) inQuote = c === inQuote ? null : inQuote;
    else if (c === '"' || c === "'") inQuote = c;
    else if (c === '[' || c === '{') depth++;
    else if ((c === ']' || c === '}') && --depth === 0) return i;
  }
  return -1;
}

/** The trap this line falls into, as the reason and the line written right; or null. */
export function lineTrap(line: string): { reason: Msg; fixed: string; column: number } | null {
  const p = splitLine(line);
  const v = p.value;
  if (v === '') return null;
  const fixed = () => `${p.lead}${p.key ? `${p.key}: ` : ''}${quote(v)}`.trimStart();
  const sign = /^[*&!%@`]/.exec(v)?.[0];
  if (sign) return { reason: msg('quote.sign', { sign }), fixed: fixed(), column: p.column };
  if (/^["'[{]/.test(v)) {
    const end = closing(v);
    if (end > 0 && v.slice(end + 1).trim() !== '') return { reason: msg(/^["']/.test(v) ? 'quote.after_quote' : 'quote.after_bracket', { sign: v[0] }), fixed: fixed(), column: p.column };
    return null;
  }
  if (/^[|>]/.test(v)) return null;
  if (p.key && (/:\s/.test(v) || v.endsWith(':'))) return { reason: msg('quote.colon', { key: p.key }), fixed: fixed(), column: p.column };
  return null;
}

/** The library's error code (and message) → our reason and hint. */
function reasonOf(e: YAMLError): { reason: TextKey; hint?: TextKey; data?: Record<string, string> } {
  const m = e.message;
  switch (e.code) {
    case 'TAB_AS_INDENT':
      return { reason: 'yaml.tab', hint: 'yaml_hint.tab' };
    case 'MULTIPLE_DOCS':
      return { reason: 'yaml.multiple_docs', hint: 'yaml_hint.multiple_docs' };
    case 'BAD_DQ_ESCAPE':
      return { reason: 'yaml.bad_escape', hint: 'yaml_hint.bad_escape' };
    case 'BAD_INDENT':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (/Flow (sequence|map)/.test(m)) return { reason: 'yaml.unclosed_bracket', hint: 'yaml_hint.unclosed_bracket', data: { bracket: /sequence/.test(m) ? ']' : '}' } };
      return { reason: 'yaml.indent', hint: 'yaml_hint.indent' };
    case 'MISSING_CHAR':
      if (/Missing closing/.test(m)) return { reason: 'yaml.unclosed_quote', hint: 'yaml_hint.unclosed_quote', data: { quote: /"/.test(m.slice(16)) ? '"' : "'" } };
      if (/Missing ,/.test(m)) return { reason: 'yaml.flow_missing_comma', hint: 'yaml_hint.flow_missing_comma' };
      if (/without - indicator/.test(m)) return { reason: 'yaml.indent', hint: 'yaml_hint.indent' };
      if (/Implicit map keys/.test(m)) return { reason: 'yaml.key_without_value', hint: 'yaml_hint.key_without_value' };
      if (/Comments must be separated/.test(m)) return { reason: 'yaml.comment_space', hint: 'yaml_hint.comment_space' };
      return { reason: 'yaml.other', hint: 'yaml_hint.other' };
    case 'UNEXPECTED_TOKEN':
      if (/Unexpected , in/.test(m) || /empty item/.test(m)) return { reason: 'yaml.flow_comma', hint: 'yaml_hint.flow_comma' };
      return { reason: 'yaml.other', hint: 'yaml_hint.other' };
    case 'KEY_OVER_1024_CHARS':
      return { reason: 'yaml.long_key', hint: 'yaml_hint.key_without_value' };
    default:
      return { reason: 'yaml.other', hint: 'yaml_hint.other' };
  }
}

const firstLine = (s: string): string => s.split('\n')[0]!.trim();

/**
 * The document's problems: library errors (duplicate keys and deep nesting have codes of their
 * own) and the marks YAML reads without a word. One diagnostic per line when the line is a trap.
 */
export function yamlProblems(doc: Document.Parsed, text: string, lineCounter: LineCounter, file: string): Diagnostic[] {
  const lines = text.split(/\r?\n/);
  const at = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { file, line: p.line, column: p.col };
  };
  const out: Diagnostic[] = [];
  const trapped = new Set<number>();
  const trapAt = (line: number): boolean => {
    if (trapped.has(line)) return true;
    const trap = lineTrap(lines[line - 1] ?? '');
    if (!trap) return false;
    trapped.add(line);
    out.push(diagnostic('needs_quotes', { reason: trap.reason, fixed: trap.fixed }, { file, line, column: trap.column }));
    return true;
  };
  for (const e of doc.errors) {
    const where = at(e.pos[0]);
    if (e.code === 'DUPLICATE_KEY') out.push(diagnostic('yaml_duplicate_key', { key: duplicateKeyName(text, e.pos[0]) }, where));
    else if (/Maximum call stack/.test(e.message)) out.push(diagnostic('too_deep', {}, where));
    else if (!trapAt(where.line)) {
      const r = reasonOf(e);
      out.push(diagnostic('yaml_syntax', { reason: msg(r.reason, { ...r.data, detail: firstLine(e.message) }) }, where, { hints: r.hint ? [msg(r.hint, r.data)] : [] }));
    }
  }
  visit(doc, {
    Node(_, node) {
      const marked = isAlias(node) || ((isScalar(node) || isCollection(node)) && (node.anchor || (node.tag && !node.tag.startsWith('tag:yaml.org'))));
      if (!marked || !node.range) return;
      const where = at(node.range[0]);
      if (trapAt(where.line)) return;
      if (isAlias(node)) out.push(diagnostic('yaml_alias', { name: node.source }, where));
    },
  });
  // the library may report one fault twice at one place (an indentation error seen from two sides)
  const seen = new Set<string>();
  return out.filter((d) => {
    const k = `${d.line}:${d.column}:${d.code}:${d.data.reason?.key ?? JSON.stringify(d.data)}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

function duplicateKeyName(text: string, offset: number): string {
  const m = /^\s*("[^"]*"|'[^']*'|[^:#\n]+)/.exec(text.slice(offset));
  return (m?.[1] ?? '').trim().replace(/^["']|["']$/g, '');
}
