// Stage: plan. A path inside the plan → the values messages use to name the field in words the
// user knows: its key, the schema's Vietnamese name for it and its description (the dotted path
// is kept for --lang en and for tools, never shown in Vietnamese).
import type { Data } from '../diag/index.js';
import { toDotPath } from './locate.js';
import { planSchema } from './schema/plan-schema.js';
import { describeAt } from './schema-walk.js';

/** The first words of a schema description: "Tiêu đề mục (không gõ số …)" → "Tiêu đề mục". */
export const shortLabel = (label: string | undefined): string | undefined => label?.split(/[;,(:]/)[0]?.trim();

/** The field a path names, for messages: dotted path, its key, and the schema's Vietnamese name and description. */
export function fieldAt(path: readonly PropertyKey[]): Data {
  let last = path.length - 1;
  while (last >= 0 && typeof path[last] !== 'string') last--;
  const help = last < 0 ? undefined : describeAt(planSchema, path.slice(0, last + 1));
  return { path: toDotPath(path), key: last < 0 ? undefined : String(path[last]), label: shortLabel(help), help };
}
