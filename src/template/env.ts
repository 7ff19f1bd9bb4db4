// Stage: template. One isolated Handlebars instance: strict, known helpers only, our partials.
// Templates are compiled once per process and reused. The package's own templates come
// precompiled from dist/templates/ (scripts/precompile-templates.mjs, run when the package is
// built), so a run needs only Handlebars' small runtime; a template that differs from its
// precompiled version (an office's own, or one edited since) is compiled here, with the full
// Handlebars loaded only then.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import type Handlebars from 'handlebars';
import HandlebarsRuntime from 'handlebars/runtime.js';
import { packageRoot } from '../util/package-root.js';
import { helpers } from './helpers/index.js';

export const COMPILE_OPTIONS = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: Object.fromEntries(Object.keys(helpers).map((h) => [h, true])),
  noEscape: true, // plan text is escaped for our markup by template/context.ts, not for HTML
  preventIndent: true,
} as const;

export type TemplateFn = (context: unknown, options?: Handlebars.RuntimeOptions) => string;

export interface TemplateSet {
  dir: string;
  main: TemplateFn;
  mainFile: string;
}

/** Marks an error with the template file it happened in (the innermost file wins). */
export class TemplateFileError extends Error {
  constructor(
    readonly file: string,
    readonly inner: unknown,
  ) {
    super((inner as Error)?.message ?? String(inner));
  }
}

/** A fingerprint of a template's text (FNV-1a), to tell whether its precompiled version still fits. */
export function templateKey(source: string): string {
  let h = 2166136261;
  for (let i = 0; i < source.length; i++) h = Math.imul(h ^ source.charCodeAt(i), 16777619) >>> 0;
  return `${source.length}-${h.toString(16)}`;
}

type Precompiled = Record<string, { key: string; spec: TemplateSpecification }>;

/** dist/templates/<kind>.cjs: the templates of templates/<kind>/, precompiled when the package was built. */
function precompiled(dir: string): Precompiled | null {
  const file = join(packageRoot(), 'dist', 'templates', `${basename(dir)}.cjs`);
  if (!existsSync(file)) return null;
  try {
    return createRequire(import.meta.url)(file) as Precompiled;
  } catch {
    return null;
  }
}

/** The full Handlebars (parser and compiler), for templates that were not precompiled. */
const fullHandlebars = (): typeof Handlebars => createRequire(import.meta.url)('handlebars') as typeof Handlebars;

type Env = typeof Handlebars;

function templateFn(file: string, compiled: HandlebarsTemplateDelegate): TemplateFn {
  // Called as a partial, Handlebars passes its runtime options (data, partials, hash): keep them.
  return (context: unknown, options?: Handlebars.RuntimeOptions) => {
    try {
      return compiled(context, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false, ...options });
    } catch (e) {
      throw e instanceof TemplateFileError ? e : new TemplateFileError(file, e);
    }
  };
}

const cache = new Map<string, TemplateSet>();

/** Loads templates/<kind>/main.hbs and every partials/*.hbs beside it. */
export function loadTemplates(dir: string): TemplateSet {
  const hit = cache.get(dir);
  if (hit) return hit;
  const partialsDir = join(dir, 'partials');
  const files = [
    ...readdirSync(partialsDir)
      .filter((f) => f.endsWith('.hbs'))
      .sort()
      .map((f) => ({ name: `partials/${f}`, path: join(partialsDir, f) })),
    { name: 'main.hbs', path: join(dir, 'main.hbs') },
  ].map((f) => ({ ...f, source: readFileSync(f.path, 'utf8') }));
  const ready = precompiled(dir);
  const allReady = ready !== null && files.every((f) => ready[f.name]?.key === templateKey(f.source));
  const hb: Env = allReady ? (HandlebarsRuntime as unknown as Env).create() : fullHandlebars().create();
  for (const [name, fn] of Object.entries(helpers)) hb.registerHelper(name, fn as Handlebars.HelperDelegate);
  const compile = (f: (typeof files)[number]): TemplateFn => {
    try {
      return templateFn(f.path, allReady ? hb.template(ready[f.name]!.spec) : hb.compile(f.source, COMPILE_OPTIONS));
    } catch (e) {
      throw new TemplateFileError(f.path, e);
    }
  };
  for (const f of files.filter((f) => f.name !== 'main.hbs')) hb.registerPartial(basename(f.name, '.hbs'), compile(f) as unknown as Handlebars.Template);
  const main = files.find((f) => f.name === 'main.hbs')!;
  const set = { dir, main: compile(main), mainFile: main.path };
  cache.set(dir, set);
  return set;
}
