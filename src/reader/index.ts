// Stage root: reader. A Word file of a plan → a plan in YAML (see import-plan.ts).
export { importPlan, type ImportOptions, type Imported } from './import-plan.js';
export { readDocx, NotDocxError } from './docx/read-docx.js';
export { dumpDocxTree } from './docx/dump-tree.js';
export { NotAPlanError } from './recognise/parts.js';
export type { DocxTree, DocxBlock, DocxParagraph, DocxTable, ReviewNote } from './types.js';
