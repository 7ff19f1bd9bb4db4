// Stage: plan. File path → PlanSource: bytes checked (size, UTF-8), text normalised to NFC,
// YAML parsed with positions kept so later stages can point at lines and columns.
import { isAlias, isMap, LineCounter, parseDocument, type Document } from 'yaml';
import { diagnostic, DiagnosticError, fsReason, msg, type TextKey } from '../diag/index.js';
import { FileTooLarge, NotARegularFile, readRegularFile } from '../util/read-regular-file.js';
import { matchUnicodePath } from '../util/unicode-path.js';
import { yamlProblems } from './yaml-problems.js';

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
    return await readRegularFile(matchUnicodePath(file), MAX_PLAN_BYTES); // a name saved in the other Unicode form too
  } catch (e) {
    if (e instanceof FileTooLarge) throw new DiagnosticError([diagnostic('file_too_large', { size: e.size ?? undefined, limit: e.limit, what: msg('what.plan') }, at)]);
    if (e instanceof NotARegularFile) throw new DiagnosticError([diagnostic('file_not_regular', { file, kind: msg(`file_kind.${e.kind}` as TextKey) }, at)]);
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
  const problems = yamlProblems(doc, text, lineCounter, file);
  if (problems.length > 0) throw new DiagnosticError(problems);
  if (doc.contents === null) throw new DiagnosticError([diagnostic('empty_file', {}, { file, line: 1, column: 1 })]);
  if (!isMap(doc.contents)) {
    const found = isAlias(doc.contents) ? 'found.alias' : Array.isArray(doc.toJS()) ? 'found.list' : 'found.single_value';
    throw new DiagnosticError([diagnostic('not_a_mapping', { found: msg(found) }, pos(doc.contents.range?.[0] ?? 0))]);
  }
  return { file, text, doc, lineCounter, data: doc.toJS({ maxAliasCount: 0 }) };
}
