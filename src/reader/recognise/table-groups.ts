// Stage: reader (recognition). Leaf columns under merged header cells → column groups; groups
// that repeat the same columns under titles differing in one word ("Đến hết năm 2018", "… 2019",
// "… 2020") with the same formulas become one group with `each: [2018, 2019, 2020]`, as a person
// would write it. Keys are final here: formulas are written with them. Pure.
import type { FoundFormula } from './formulas.js';
import type { ColumnGroupInput, ColumnInput } from './plan-input.js';

export interface GroupLeaf {
  header: string;
  group: unknown;
  groupTitle: string | null;
  key: string;
  formula: FoundFormula | null;
}

export interface Grouping<L extends GroupLeaf> {
  columns: (ColumnInput | ColumnGroupInput)[];
  /** The key a leaf has in formulas (its group's own key inside a repeated group). */
  keyOf: Map<L, string>;
  /** The key of a leaf in the computed table (a repeated group's keys end in -2018 …). */
  expanded: Map<L, string>;
  column: Map<L, ColumnInput>;
}

interface Run<L> {
  title: string | null;
  leaves: L[];
}

function runs<L extends GroupLeaf>(leaves: L[]): Run<L>[] {
  const out: Run<L>[] = [];
  for (const l of leaves) {
    const last = out[out.length - 1];
    if (last && l.group !== null && last.leaves[0]!.group === l.group) last.leaves.push(l);
    else out.push({ title: l.group === null ? null : l.groupTitle, leaves: [l] });
  }
  return out;
}

/** The one word in which the titles differ, with the words around it: "Đến hết năm {each}". */
function eachPattern(titles: string[]): { pattern: string; values: (string | number)[] } | null {
  const words = titles.map((t) => t.split(' '));
  const n = words[0]!.length;
  if (words.some((w) => w.length !== n)) return null;
  const differ = [...Array(n).keys()].filter((i) => new Set(words.map((w) => w[i])).size > 1);
  if (differ.length !== 1) return null;
  const at = differ[0]!;
  const values = words.map((w) => (/^\d+$/.test(w[at]!) ? Number(w[at]) : w[at]!));
  if (!values.every((v) => typeof v === 'number' || /^[\p{L}\d]+$/u.test(v))) return null;
  return { pattern: words[0]!.map((w, i) => (i === at ? '{each}' : w)).join(' '), values };
}

/** Formulas of two runs say the same thing, position for position. */
function sameFormulas<L extends GroupLeaf>(a: Run<L>, b: Run<L>, all: L[]): boolean {
  const local = (run: Run<L>, f: FoundFormula | null) => (f ? `${f.op}:${f.inputs.map((i) => run.leaves.indexOf(all[i]!)).join(',')}` : '');
  return a.leaves.every((l, k) => {
    const x = local(a, l.formula);
    const y = local(b, b.leaves[k]!.formula);
    return x === y && !x.includes('-1');
  });
}

export function groupColumns<L extends GroupLeaf>(all: L[], make: (l: L, key: string, formulaKey: (i: number) => string) => ColumnInput): Grouping<L> {
  const keyOf = new Map<L, string>(all.map((l) => [l, l.key]));
  const expanded = new Map<L, string>(all.map((l) => [l, l.key]));
  const column = new Map<L, ColumnInput>();
  const columns: (ColumnInput | ColumnGroupInput)[] = [];
  const rs = runs(all);
  for (let i = 0; i < rs.length; i++) {
    const run = rs[i]!;
    if (run.title === null) {
      const c = make(run.leaves[0]!, run.leaves[0]!.key, (k) => keyOf.get(all[k]!)!);
      column.set(run.leaves[0]!, c);
      columns.push(c);
      continue;
    }
    // the longest stretch of repeated groups starting here
    let j = i + 1;
    const same = (r: Run<L>) => r.title !== null && r.leaves.length === run.leaves.length && r.leaves.every((l, k) => l.header === run.leaves[k]!.header) && sameFormulas(run, r, all);
    while (j < rs.length && same(rs[j]!)) j++;
    const each = j - i >= 2 ? eachPattern(rs.slice(i, j).map((r) => r.title!)) : null;
    if (each) {
      const group = rs.slice(i, j);
      group.forEach((r, g) => r.leaves.forEach((l, k) => (keyOf.set(l, run.leaves[k]!.key), expanded.set(l, `${run.leaves[k]!.key}-${each.values[g]}`))));
      const cols = run.leaves.map((l, k) => {
        const c = make(l, l.key, (x) => keyOf.get(all[x]!)!);
        if (group.some((r) => r.leaves[k]!.formula?.mismatches.length)) c.given = true;
        group.forEach((r) => column.set(r.leaves[k]!, c));
        return c;
      });
      columns.push({ group: each.pattern, each: each.values, columns: cols });
      i = j - 1;
      continue;
    }
    const cols = run.leaves.map((l) => {
      const c = make(l, l.key, (x) => keyOf.get(all[x]!)!);
      column.set(l, c);
      return c;
    });
    columns.push({ group: run.title, columns: cols });
  }
  return { columns, keyOf, expanded, column };
}
