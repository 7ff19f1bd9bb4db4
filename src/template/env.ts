// Stage: template. One isolated Handlebars instance: strict, known helpers only, our partials.
// Templates are compiled once per process and reused.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
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

function compileFile(hb: typeof Handlebars, file: string): TemplateFn {
  let compiled: HandlebarsTemplateDelegate;
  try {
    compiled = hb.compile(readFileSync(file, 'utf8'), COMPILE_OPTIONS);
  } catch (e) {
    throw new TemplateFileError(file, e);
  }
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
  const hb = Handlebars.create();
  for (const [name, fn] of Object.entries(helpers)) hb.registerHelper(name, fn as Handlebars.HelperDelegate);
  const partialsDir = join(dir, 'partials');
  for (const f of readdirSync(partialsDir).filter((f) => f.endsWith('.hbs')).sort()) {
    const fn = compileFile(hb, join(partialsDir, f));
    hb.registerPartial(basename(f, '.hbs'), fn as unknown as Handlebars.Template);
  }
  const mainFile = join(dir, 'main.hbs');
  const set = { dir, main: compileFile(hb, mainFile), mainFile };
  cache.set(dir, set);
  return set;
}
