// Stage: workflow (diff). Two lists → which entry of one is which entry of the other: equal keys in
// order first, then equal keys out of order (moves), then the most similar leftovers (an edited
// paragraph, a renamed section); entries that keep no relative order are marked moved.
import { diffArrays } from 'diff';

export interface Match<T> {
  a: T | null;
  b: T | null;
  /** Index in the old list (-1 when added). */
  ai: number;
  /** Index in the new list (-1 when removed). */
  bi: number;
  /** Matched, but out of order relative to the other matches. */
  moved: boolean;
}

export interface AlignOptions<T> {
  key: (x: T) => string;
  /** 0…1; leftovers pair when at least `threshold` (default 0.5). */
  similar?: (x: T, y: T) => number;
  threshold?: number;
}

const words = (s: string): string[] => s.normalize('NFC').toLocaleLowerCase('vi').split(/[\s,.;:()"“”]+/u).filter(Boolean);

/** Dice coefficient on words: 1 for the same words, 0 for none in common. */
export function similarity(x: string, y: string): number {
  const a = words(x);
  const b = words(y);
  if (a.length === 0 && b.length === 0) return 1;
  const count = new Map<string, number>();
  a.forEach((w) => count.set(w, (count.get(w) ?? 0) + 1));
  let common = 0;
  for (const w of b) {
    const n = count.get(w) ?? 0;
    if (n > 0) (common++, count.set(w, n - 1));
  }
  return (2 * common) / (a.length + b.length);
}

/** Indices (into `seq`) of a longest increasing subsequence. */
function longestIncreasing(seq: readonly number[]): Set<number> {
  const tails: number[] = [];
  const prev = new Array<number>(seq.length).fill(-1);
  seq.forEach((v, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  });
  const out = new Set<number>();
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = prev[i]!) out.add(i);
  return out;
}

export function align<T>(a: readonly T[], b: readonly T[], o: AlignOptions<T>): Match<T>[] {
  const ak = a.map(o.key);
  const bk = b.map(o.key);
  const partnerOfB = new Array<number>(b.length).fill(-1);
  const takenA = new Array<boolean>(a.length).fill(false);
  const pair = (i: number, j: number) => ((partnerOfB[j] = i), (takenA[i] = true));
  // 1. equal keys, in order
  let i = 0;
  let j = 0;
  for (const part of diffArrays(ak, bk)) {
    const n = part.count ?? part.value.length;
    if (!part.added && !part.removed) for (let k = 0; k < n; k++) pair(i + k, j + k);
    if (!part.added) i += n;
    if (!part.removed) j += n;
  }
  // 2. equal keys out of order
  const free = new Map<string, number[]>();
  ak.forEach((k, x) => !takenA[x] && free.set(k, [...(free.get(k) ?? []), x]));
  bk.forEach((k, y) => {
    if (partnerOfB[y]! >= 0) return;
    const x = free.get(k)?.shift();
    if (x !== undefined) pair(x, y);
  });
  // 3. the most similar leftovers
  if (o.similar) {
    const threshold = o.threshold ?? 0.5;
    const left = a.map((_, x) => x).filter((x) => !takenA[x]);
    const right = b.map((_, y) => y).filter((y) => partnerOfB[y]! < 0);
    if (left.length * right.length <= 40_000) {
      const candidates: [number, number, number][] = [];
      for (const x of left) for (const y of right) {
        const s = o.similar(a[x]!, b[y]!);
        if (s >= threshold) candidates.push([s, x, y]);
      }
      candidates.sort((p, q) => q[0] - p[0] || Math.abs(p[1] - p[2]) - Math.abs(q[1] - q[2]));
      for (const [, x, y] of candidates) if (!takenA[x] && partnerOfB[y]! < 0) pair(x, y);
    }
  }
  // moves: matches outside a longest run that keeps the old order
  const matchedB = b.map((_, y) => y).filter((y) => partnerOfB[y]! >= 0);
  const keep = longestIncreasing(matchedB.map((y) => partnerOfB[y]!));
  const moved = new Set(matchedB.filter((_, k) => !keep.has(k)));
  const out: (Match<T> & { at: number })[] = b.map((y, bi) => {
    const ai = partnerOfB[bi]!;
    return { a: ai >= 0 ? a[ai]! : null, b: y, ai, bi, moved: moved.has(bi), at: bi };
  });
  // removed entries go after the new place of the old entry before them
  const bOfA = new Array<number>(a.length).fill(-1);
  partnerOfB.forEach((x, y) => x >= 0 && (bOfA[x] = y));
  a.forEach((x, ai) => {
    if (takenA[ai]) return;
    let p = ai - 1;
    while (p >= 0 && bOfA[p]! < 0) p--;
    out.push({ a: x, b: null, ai, bi: -1, moved: false, at: p >= 0 ? bOfA[p]! + 0.5 + ai / (a.length + 1) / 2 : -1 + ai / (a.length + 1) });
  });
  return out.sort((p, q) => p.at - q.at).map(({ at: _, ...m }) => m);
}
