// Stage: workflow. A plan written for many units ({each.xa}, built with --each) is reviewed and
// rolled over as a whole: the appendix whose columns its {each.…} references name is found here,
// so that new-plan and diff-plan read such a plan without being told.
import { textStrings } from '../compute/check-references.js';

const EACH = /\{each\.([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\}/g;

type RawColumn = { key?: unknown; group?: unknown; each?: unknown; columns?: RawColumn[] };

function keys(columns: RawColumn[]): string[] {
  return columns.flatMap((c) => {
    if (!Array.isArray(c.columns)) return typeof c.key === 'string' ? [c.key] : [];
    const each = Array.isArray(c.each) && c.each.length > 0 ? c.each.map(String) : [''];
    return each.flatMap((e) => keys(c.columns!).map((k) => (e ? `${k}-${e}` : k)));
  });
}

/** The id of the appendix whose rows are the units of the plan, or undefined for a plain plan. */
export function eachAppendix(data: unknown): string | undefined {
  const wanted = new Set<string>();
  for (const [text] of textStrings(data)) for (const m of text.matchAll(EACH)) wanted.add(m[1]!);
  if (wanted.size === 0) return undefined;
  const appendices = ((data as { appendices?: unknown })?.appendices ?? []) as { id?: unknown; columns?: RawColumn[] }[];
  if (!Array.isArray(appendices)) return undefined;
  const fit = appendices.find((a) => Array.isArray(a.columns) && [...wanted].every((k) => keys(a.columns!).includes(k)));
  return typeof fit?.id === 'string' ? fit.id : undefined;
}
