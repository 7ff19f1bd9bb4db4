// What the import-plan tests share: import a Word file, build the imported plan, compare words,
// and tell whether a difference diff-plan shows is one the review list names.
import { readFileSync } from 'node:fs';
import { diffArrays } from 'diff';
import { REFERENCE, resolveReference } from '../../src/compute/check-references.js';
import type { ComputedPlan } from '../../src/compute/types.js';
import { writeDocx } from '../../src/docx/write-docx.js';
import { parsePlanText } from '../../src/plan/load.js';
import { buildFromSource, type Built } from '../../src/pipeline.js';
import { importPlan, type Imported } from '../../src/reader/import-plan.js';
import type { ReviewNote } from '../../src/reader/types.js';
import { word, type Lang } from '../../src/diag/index.js';
import { appendixLabel, periodText, targetText } from '../../src/template/context.js';
import { finalStop } from '../../src/template/helpers/final-stop.js';
import type { Change } from '../../src/workflow/diff-plans.js';
import { docxTokens } from './seed-text.js';

/** The review notes as the list words them (Vietnamese unless `lang` says otherwise). */
export const noteTexts = (notes: readonly ReviewNote[], lang: Lang = 'vi'): string[] => notes.map((n) => word(n.message, lang));

export function importFile(file: string): Imported {
  return importPlan(readFileSync(file), { source: file.split('/').pop()!, schemaPath: null });
}

/** Builds an imported plan as `check` and `build-plan` would (throws DiagnosticError on errors). */
export const buildYaml = (yaml: string, as = 'imported.yaml'): Promise<Built> => buildFromSource(parsePlanText(as, yaml));

export const wordsOf = async (built: Built, paragraphs = true): Promise<string[]> => docxTokens(await writeDocx(built.document), paragraphs);

/** Share of `expected`'s words found in `actual`, in order (longest common subsequence). */
export function similarity(expected: string[], actual: string[]): number {
  const same = diffArrays(expected, actual)
    .filter((p) => !p.added && !p.removed)
    .reduce((n, p) => n + p.value.length, 0);
  return same / expected.length;
}

/** A plan text as the document prints it: {references} written out, spaces folded. */
export function printed(text: string, computed: ComputedPlan): string {
  const plan = computed.plan;
  return text
    .replace(REFERENCE, (whole, name: string) => {
      const r = resolveReference(name, plan);
      if (!r || r.kind === 'each') return whole;
      if (r.kind === 'year') return String(r.year);
      if (r.kind === 'appendix') return appendixLabel(r.index, plan.appendices.length, plan.appendixLabel);
      if (r.kind === 'period') return periodText(plan.period!, r.part);
      return targetText(plan.targets[r.id]!);
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether the review list names a difference diff-plan shows between a plan and its import:
 * texts that print the same words (references written out, "./." added by the tool, capitals
 * printed by the tool), or a note of the matching topic at that place.
 */
export function named(c: Change, notes: readonly ReviewNote[], before: ComputedPlan, after: ComputedPlan, all: readonly Change[] = []): boolean {
  const has = (topic: ReviewNote['topic'], where?: (w: string | null) => boolean) => notes.some((n) => n.topic === topic && (!where || where(n.where)));
  // diff-plan's labels carry the printed numbers ("IV. Tổ chức thực hiện › 2. …"), the notes do not
  const at = (w: string | null) => w !== null && c.label.replace(/(^|› )(?:[IVXLC]+|\d+(?:\.\d+)*)\.\s+/g, '$1').startsWith(w);
  const text = (v: string | number | null): string => (v === null ? '' : String(v));
  const same = c.before !== null && c.after !== null && printed(text(c.before), before) === printed(text(c.after), after);
  // a table column whose key the importer chose: removed under the old key, added under the new
  // one, with the same header printed (and formulas the same but for the keys)
  const rekeyed = () =>
    (c.kind === 'added' || c.kind === 'removed') &&
    all.some((o) => o !== c && o.area === c.area && o.label === c.label && o.kind === (c.kind === 'added' ? 'removed' : 'added') && (o.after ?? o.before) === (c.after ?? c.before));
  const skeleton = (v: string | number | null) => text(v).replace(/[\p{L}][\p{L}\d-]*/gu, 'k');
  switch (c.area) {
    case 'goal':
      return c.kind === 'removed' && has('targets');
    case 'note':
      return c.where.part === 'targets' && c.kind === 'removed' && has('targets');
    case 'appendix':
      if (/: cột$/.test(c.label)) return rekeyed();
      if (/: công thức cột /.test(c.label)) return c.kind === 'changed' && skeleton(c.before) === skeleton(c.after);
      return false;
    case 'text':
      return same || has('structure', at);
    case 'field':
      if (c.label === 'Đoạn kết') return finalStop(printed(text(c.before), before)) === finalStop(printed(text(c.after), after));
      if (['Cơ quan ban hành', 'Chức vụ người ký'].includes(c.label)) return text(c.before).toLocaleUpperCase('vi') === text(c.after).toLocaleUpperCase('vi');
      // the short name is printed only in the file's properties: "UBND xã X" comes back written out
      if (c.label === 'Tên cơ quan trong câu văn và thuộc tính tệp') return text(c.before).replace(/^UBND\b/u, 'Ủy ban nhân dân') === text(c.after);
      return same;
    case 'legal-basis':
      return same || has('legal-basis');
    case 'recipient':
      return has('recipient');
    case 'row':
    case 'section':
      return c.kind === 'added' && notes.some((n) => n.topic === 'table' && n.where !== null && c.label.includes(n.where.replace(/^Phụ lục /, '')));
    default:
      return false;
  }
}
