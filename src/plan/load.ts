// Stage: plan. File path → PlanSource: bytes checked (size, UTF-8), text normalised to NFC,
// YAML parsed with positions kept so later stages can point at lines and columns.
import { isAlias, isMap, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { diagnostic, DiagnosticError, type Diagnostic } from '../diag/index.js';
import { fsReason } from '../util/fs-reason.js';
import { FileTooLarge, NotARegularFile, readRegularFile } from '../util/read-regular-file.js';

/** Plans are a few dozen KB; anything past this is not a plan. */
export const MAX_PLAN_BYTES = 2 * 1024 * 1024;

export interface PlanSource {
  /** The path as the user gave it (used in messages). */
  file: string;
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The YAML as plain data, before validation. */
  data: unknown;
}

export async function loadPlan(file: string): Promise<PlanSource> {
  return parsePlanText(file, decodeText(file, await readPlanBytes(file)));
}

/** The bytes of a plan file: a regular file of at most MAX_PLAN_BYTES, or DiagnosticError. */
export async function readPlanBytes(file: string): Promise<Buffer> {
  const at = { file, line: 1, column: 1 };
  try {
    return await readRegularFile(file, MAX_PLAN_BYTES);
  } catch (e) {
    if (e instanceof FileTooLarge) throw new DiagnosticError([diagnostic('file_too_large', { size: e.size ?? `more than ${e.limit}`, limit: e.limit, what: 'a plan' }, at)]);
    if (e instanceof NotARegularFile) throw new DiagnosticError([diagnostic('file_not_regular', { file, kind: e.kind }, at)]);
    throw new DiagnosticError([diagnostic('file_unreadable', { file, reason: fsReason(e) }, at)]);
  }
}

/** UTF-8 (BOM tolerated) → NFC text; anything else is refused. */
export function decodeText(file: string, bytes: Uint8Array): string {
  const at = { file, line: 1, column: 1 };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new DiagnosticError([diagnostic('file_not_utf8', {}, at)]);
  }
  if (text.includes('\u0000')) throw new DiagnosticError([diagnostic('file_not_utf8', {}, at)]);
  return text.normalize('NFC');
}

export function parsePlanText(file: string, text: string): PlanSource {
  try {
    return parseYaml(file, text);
  } catch (e) {
    // the YAML library recurses once per level of nesting: hundreds of levels exhaust the stack
    if (e instanceof RangeError) throw new DiagnosticError([diagnostic('too_deep', {}, { file, line: 1, column: 1 })]);
    throw e;
  }
}

function parseYaml(file: string, text: string): PlanSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
  const pos = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { file, line: p.line, column: p.col };
  };
  const problems: Diagnostic[] = doc.errors.map((e) =>
    e.code === 'DUPLICATE_KEY'
      ? diagnostic('yaml_duplicate_key', { key: duplicateKeyName(text, e.pos[0]) }, pos(e.pos[0]))
      : /Maximum call stack/.test(e.message)
        ? diagnostic('too_deep', {}, pos(e.pos[0]))
        : diagnostic('yaml_syntax', { reason: firstLine(e.message) }, pos(e.pos[0])),
  );
  visit(doc, {
    Alias(_, node) {
      problems.push(diagnostic('yaml_alias', { name: node.source }, pos(node.range?.[0] ?? 0)));
    },
  });
  if (problems.length > 0) throw new DiagnosticError(problems);
  if (doc.contents === null) throw new DiagnosticError([diagnostic('empty_file', {}, { file, line: 1, column: 1 })]);
  if (!isMap(doc.contents)) {
    const found = isAlias(doc.contents) ? 'an alias' : Array.isArray(doc.toJS()) ? 'a list' : 'a single value';
    throw new DiagnosticError([diagnostic('not_a_mapping', { found }, pos(doc.contents.range?.[0] ?? 0))]);
  }
  return { file, text, doc, lineCounter, data: doc.toJS({ maxAliasCount: 0 }) };
}

function duplicateKeyName(text: string, offset: number): string {
  const m = /^\s*("[^"]*"|'[^']*'|[^:#\n]+)/.exec(text.slice(offset));
  return (m?.[1] ?? '').trim().replace(/^["']|["']$/g, '');
}

const firstLine = (s: string): string => s.split('\n')[0]!.trim();

