// Stage: reader. A Word file of last year's plan → a plan in our format, in the manner of
// pandoc's Readers/Docx:
//   DOCX bytes --readDocx--> DocxTree --recognisePlan--> PlanInput + ReviewNote[] --writePlanYaml--> YAML
// The YAML passes `check` (the CLI checks it before writing); everything guessed, kept as text or
// found wrong in the old file is listed in the comment at its top.
import { readDocx } from './docx/read-docx.js';
import { recognisePlan, type PlanInput } from './recognise/recognise-plan.js';
import type { DocxTree, ReviewNote } from './types.js';
import { writePlanYaml } from './write-plan.js';

export interface ImportOptions {
  /** How the Word file is named in the review list ("KH 2025.docx"). */
  source: string;
  /** Path of plan.schema.json from the YAML's folder, for the editor line, or null. */
  schemaPath?: string | null;
}

export interface Imported {
  yaml: string;
  plan: PlanInput;
  notes: ReviewNote[];
  tree: DocxTree;
}

export function importPlan(bytes: Uint8Array, options: ImportOptions): Imported {
  const tree = readDocx(bytes);
  const { plan, notes } = recognisePlan(tree);
  return { yaml: writePlanYaml(plan, notes, { source: options.source, schemaPath: options.schemaPath ?? null }), plan, notes, tree };
}
