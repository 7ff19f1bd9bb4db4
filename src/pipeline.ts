// Wires the stages for one plan; no format logic here.
//   plans/*.yaml --loadPlan--> PlanSource --validatePlan--> Plan --computePlan--> ComputedPlan
//     --renderTemplate--> Markup --parseMarkup--> Document --numberHeadings--> Document
//     Document --fitTableColumns--> Document --writeDocx--> Uint8Array
//     Document --fitTableColumns--> Document --layoutDocument--> PagedDocument --writePdf--> Uint8Array
import { join } from 'node:path';
import { unitsAppendix } from './compute/check-references.js';
import { checkTablesAlone, computePlan } from './compute/compute-plan.js';
import type { ComputedPlan } from './compute/types.js';
import { diagnostic, DiagnosticError, hasErrors, type Diagnostic } from './diag/index.js';
import { createTextMetrics, missingCharacters, tinosFiles, type FontFiles, type TextMetrics } from './fonts/measure.js';
import { pageKey } from './layout/page-key.js';
import type { PagedDocument } from './layout/types.js';
import { parseMarkup } from './markup/parse.js';
import type { Markup } from './markup/types.js';
import type { Document } from './model/types.js';
import { loadPlan, type PlanSource } from './plan/load.js';
import { validatePlan } from './plan/validate.js';
import type { Unit } from './template/context.js';
import { renderTemplate } from './template/render.js';
import { packageRoot } from './util/package-root.js';
import { loadTheme } from './template/theme.js';
import { fitTableColumns } from './transform/fit-table-columns.js';
import { numberHeadings } from './transform/number-headings.js';

export interface RenderOptions {
  /** The four faces of the body font; Tinos (Times New Roman's metrics) by default. */
  fonts?: FontFiles;
  /** PDF: also give each page's key (see Rendered.pageKeys). */
  pageKeys?: boolean;
}

const metricsCache = new Map<string, TextMetrics>();
/** Font metrics, read once per process for each set of font files. */
export function metricsFor(fonts: FontFiles): TextMetrics {
  const key = JSON.stringify(fonts);
  let m = metricsCache.get(key);
  if (!m) metricsCache.set(key, (m = createTextMetrics(fonts)));
  return m;
}

export interface Rendered {
  bytes: Uint8Array;
  diagnostics: Diagnostic[];
  /** PDF, when asked for: one key per page, equal for two pages exactly when they are drawn alike
   * (same fonts given). The studio redraws only the pages whose key changed. */
  pageKeys?: string[];
}

/** Characters the PDF's fonts cannot draw, as warnings. */
async function glyphWarnings(paged: PagedDocument, fonts: FontFiles): Promise<Diagnostic[]> {
  const { charactersByFace } = await import('./pdf/fonts.js');
  return [...charactersByFace(paged)].flatMap(([face, chars]) => {
    const missing = missingCharacters(fonts, face, chars);
    if (missing.length === 0) return [];
    const list = missing.map((c) => `'${c}' (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ');
    return [diagnostic('font_missing_glyph', { face, file: fonts[face], chars: list }, {}, { severity: 'warning' })];
  });
}

type Fitted = ReturnType<typeof fitTableColumns>;
const fittedCache = new WeakMap<Document, { measure: TextMetrics['measure']; fitted: Fitted }>();
/** Table columns fitted to the numbers, once per document and fonts (both writers ask). */
function fitted(doc: Document, measure: TextMetrics['measure']): Fitted {
  const known = fittedCache.get(doc);
  if (known?.measure === measure) return known.fitted;
  const f = fitTableColumns(doc, measure);
  fittedCache.set(doc, { measure, fitted: f });
  return f;
}

/** The PDF's pages laid out, with their keys and the layout's diagnostics; `write` draws them. */
export interface LaidOut {
  paged: PagedDocument;
  pageKeys: string[];
  diagnostics: Diagnostic[];
  write(): Promise<Uint8Array>;
}

/** The PDF in two steps: the layout, then the file (the studio sends what changed on the pages
 * before the whole PDF is written). */
export async function layoutPdf(doc: Document, o: RenderOptions = {}): Promise<LaidOut> {
  const [{ layoutDocument }, { writePdf }] = await Promise.all([import('./layout/layout-document.js'), import('./pdf/write-pdf.js')]);
  const fonts = o.fonts ?? tinosFiles();
  const metrics = metricsFor(fonts);
  const fit = fitted(doc, metrics.measure);
  const paged = layoutDocument(fit.document, metrics);
  const diagnostics = [...fit.diagnostics, ...(await glyphWarnings(paged, fonts))];
  let keys: string[] | undefined;
  return {
    paged,
    get pageKeys() {
      return (keys ??= paged.pages.map(pageKey));
    },
    diagnostics,
    write: () => writePdf(paged, { fonts }),
  };
}

/** Output formats: name → writer. */
// The writers are loaded when first used: a process that only checks plans (check, diff-plan,
// the batch coordinator) does not pay for the docx and pdf libraries.
export const formats = {
  // Both writers get the same table columns, fitted to the numbers with the same fonts' metrics.
  docx: async (doc: Document, o: RenderOptions): Promise<Rendered> => {
    const { writeDocx } = await import('./docx/write-docx.js');
    const { measure } = metricsFor(o.fonts ?? tinosFiles());
    const fit = fitted(doc, measure);
    return { bytes: await writeDocx(fit.document, { measure }), diagnostics: [...fit.diagnostics] };
  },
  pdf: async (doc: Document, o: RenderOptions): Promise<Rendered> => {
    const laid = await layoutPdf(doc, o);
    const rendered: Rendered = { bytes: await laid.write(), diagnostics: laid.diagnostics };
    if (o.pageKeys) rendered.pageKeys = laid.pageKeys;
    return rendered;
  },
} satisfies Record<string, (doc: Document, o: RenderOptions) => Promise<Rendered>>;

export type FormatName = keyof typeof formats;

export const DEFAULT_TEMPLATE_DIR = join(packageRoot(), 'templates', 'ke-hoach');

export interface BuildOptions {
  templateDir?: string;
  /** Build once per row of this appendix (build-plan --each): {each.column} names the row's cells. */
  each?: string;
  /** Read a plan built per unit as a whole (diff-plan, new-plan): its units' appendix is found, {each.…} stays as typed. */
  wholeUnitsPlan?: boolean;
}

export interface Built {
  /** The plan with its tables computed (what new-plan and diff-plan read). */
  computed: ComputedPlan;
  document: Document;
  markup: Markup;
  diagnostics: Diagnostic[];
}

export interface Prepared {
  computed: ComputedPlan;
  diagnostics: Diagnostic[];
}

/** Plan file → Document, or DiagnosticError with every problem found. */
export async function buildDocument(file: string, options: BuildOptions = {}): Promise<Built> {
  return buildFromSource(await loadPlan(file), options);
}

/** The same, from a plan already read (tests and tools that hold the text in memory). */
export async function buildFromSource(source: PlanSource, options: BuildOptions = {}): Promise<Built> {
  const prepared = await preparePlan(source, options);
  if (hasErrors(prepared.diagnostics)) throw new DiagnosticError(prepared.diagnostics);
  return { ...documentFor(prepared.computed, options), computed: prepared.computed, diagnostics: prepared.diagnostics };
}

/** Validation and computation; errors come back as diagnostics (batch builds sort them by unit). */
export async function preparePlan(source: PlanSource, options: BuildOptions = {}): Promise<Prepared> {
  const validated = validatePlan(source);
  if (!validated.value) throw new DiagnosticError([...validated.diagnostics, ...(await checkTablesAlone(source))]);
  const each = options.each ?? (options.wholeUnitsPlan ? unitsAppendix(validated.value, source.data) : undefined);
  const computed = await computePlan(validated.value, source, { each });
  return { computed: computed.value, diagnostics: [...validated.diagnostics, ...computed.diagnostics] };
}

/** Templates, markup and transforms: the document of the plan, or of one unit of it. */
export function documentFor(computed: ComputedPlan, options: BuildOptions = {}, unit?: Unit): { document: Document; markup: Markup } {
  const templateDir = options.templateDir ?? DEFAULT_TEMPLATE_DIR;
  const markup = renderTemplate(computed, templateDir, unit);
  const theme = loadTheme(`${templateDir}/theme.yaml`);
  return { document: numberHeadings(parseMarkup(markup, theme)), markup };
}

export async function renderFormat(document: Document, format: FormatName, options: RenderOptions = {}): Promise<Rendered> {
  return formats[format](document, options);
}
