// Stage: template. ComputedPlan + template folder → Markup; Handlebars errors become diagnostics
// naming the template file and line.
import { diagnostic, DiagnosticError } from '../diag/index.js';
import type { ComputedPlan } from '../compute/types.js';
import type { Markup } from '../markup/types.js';
import { buildContext, type Unit } from './context.js';
import { loadTemplates, TemplateFileError } from './env.js';

export function renderTemplate(computed: ComputedPlan, templateDir: string, unit?: Unit): Markup {
  try {
    const set = loadTemplates(templateDir);
    return { text: set.main(buildContext(computed, unit)), templateFile: set.mainFile };
  } catch (e) {
    if (!(e instanceof TemplateFileError)) throw e;
    const { line, column, reason } = templateErrorPosition(e.inner);
    throw new DiagnosticError([diagnostic('template_error', { detail: reason }, { file: e.file, line, column })]);
  }
}

/** Handlebars reports positions as "Parse error on line N:" or "… - N:C" or in `lineNumber`. */
export function templateErrorPosition(e: unknown): { line: number; column: number; reason: string } {
  const err = e as { message?: string; lineNumber?: number; column?: number };
  const message = String(err.message ?? e);
  const parse = /Parse error on line (\d+):/.exec(message);
  if (parse) return { line: Number(parse[1]), column: 1, reason: message.replace(/\n/g, ' ').replace(/\s+/g, ' ') };
  const runtime = / - (\d+):(\d+)$/.exec(message);
  if (runtime) return { line: Number(runtime[1]), column: Number(runtime[2]) + 1, reason: message.replace(/ - \d+:\d+$/, '') };
  return { line: err.lineNumber ?? 1, column: (err.column ?? 0) + 1, reason: message };
}
