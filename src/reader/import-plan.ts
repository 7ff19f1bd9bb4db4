// Stage: reader. A Word file of last year's plan → a plan in our format, in the manner of
// pandoc's Readers/Docx:
//   DOCX bytes --readDocx--> DocxTree --recognisePlan--> PlanInput + ReviewNote[] --writePlanYaml--> YAML
// (long appendix tables optionally moved to CSV files beside the plan: moveRowsToFiles)
// The YAML passes `check` (the CLI checks it before writing); everything guessed, kept as text or
// found wrong in the old file is listed in the comment at its top.
import type { Lang } from '../diag/index.js';
import { moveRowsToFiles, type DataFile, type DataFileOptions } from './data-files.js';
import { readDocx } from './docx/read-docx.js';
import { recognisePlan, type PlanInput } from './recognise/recognise-plan.js';
import type { DocxTree, ReviewNote } from './types.js';
import { writePlanYaml } from './write-plan.js';

export interface ImportOptions {
  /** How the Word file is named in the review list ("KH 2025.docx"). */
  source: string;
  /** Path of plan.schema.json from the YAML's folder, for the editor line, or null. */
  schemaPath?: string | null;
  /** Move long appendix tables to CSV files named after the plan; null keeps every row in the YAML. */
  dataFiles?: DataFileOptions | null;
  /** The language of the review list written on top of the YAML (Vietnamese by default). */
  lang?: Lang;
}

export interface Imported {
  yaml: string;
  plan: PlanInput;
  notes: ReviewNote[];
  tree: DocxTree;
  /** CSV files to write beside the plan (the YAML's `source: { file }`). */
  files: DataFile[];
}

export function importPlan(bytes: Uint8Array, options: ImportOptions): Imported {
  const tree = readDocx(bytes);
  const { plan, notes } = recognisePlan(tree);
  const files = options.dataFiles ? moveRowsToFiles(plan, options.dataFiles, notes) : [];
  return { yaml: writePlanYaml(plan, notes, { source: options.source, schemaPath: options.schemaPath ?? null, lang: options.lang ?? 'vi' }), plan, notes, tree, files };
}
