// ke-hoach: a YAML plan becomes a Vietnamese administrative plan (Kế hoạch).
//
//   plans/*.yaml --loadPlan--> PlanSource --validatePlan--> Plan --computePlan--> ComputedPlan
//     --renderTemplate--> Markup --parseMarkup--> Document --numberHeadings--> Document
//     Document --writeDocx--> Uint8Array
//     Document --layoutDocument--> PagedDocument --writePdf--> Uint8Array
//   and back: last year's Word file
//     DOCX --readDocx--> DocxTree --recognisePlan--> plan + review list --writePlanYaml--> YAML
//
// One folder per stage (see docs/house-style.md); this file names the public API.
export { loadPlan, parsePlanText, type PlanSource } from './plan/load.js';
export { validatePlan } from './plan/validate.js';
export { planSchema } from './plan/schema/plan-schema.js';
export type { Plan } from './plan/types.js';
export { computePlan } from './compute/compute-plan.js';
export type { ComputedPlan } from './compute/types.js';
export { renderTemplate } from './template/render.js';
export { loadTheme } from './template/theme.js';
export { parseMarkup } from './markup/parse.js';
export type { Markup } from './markup/types.js';
export { numberHeadings } from './transform/number-headings.js';
export { writeDocx } from './docx/write-docx.js';
export { layoutDocument, dumpPaged, type PagedDocument } from './layout/index.js';
export { writePdf } from './pdf/write-pdf.js';
export { createTextMetrics, inkReachEm, tinosFiles, type TextMetrics, type FontFiles } from './fonts/measure.js';
export { dump, MODEL_VERSION, type Document } from './model/index.js';
export { buildDocument, buildFromSource, preparePlan, documentFor, renderFormat, layoutPdf, formats, metricsFor, DEFAULT_TEMPLATE_DIR, type LaidOut } from './pipeline.js';
export { changedRects, coverage, patchPage, type Ink, type Rect } from './layout/page-patch.js';
export type { Page } from './layout/types.js';
export { canonicalYaml } from './workflow/canonical-yaml.js';
export { rollPlan } from './workflow/roll-plan.js';
export { diffPlans, type Change } from './workflow/diff-plans.js';
export { formatDiff, type DiffFormat } from './workflow/format-diff.js';
export { planJsonSchema } from './plan/json-schema.js';
export { DiagnosticError, formatDiagnostic, hintsOf, messageOf, word, type Diagnostic, type Lang } from './diag/index.js';
export { importPlan, readDocx, type Imported, type DocxTree, type ReviewNote } from './reader/index.js';
