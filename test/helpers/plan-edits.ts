// Random edits of a plan's data, as a clerk makes them from one year to the next: a word changed,
// a figure changed, entries reordered, removed or duplicated, a section moved under another,
// a switch flipped (KT. → Q., short → long dates, numbered: false), a field emptied. Used by the
// completeness property of diff-plan: the DOCX changes exactly when diff-plan reports something.
type Json = unknown;
type Path = (string | number)[];

const ENUMS: Record<string, Json[]> = {
  authority: ['KT.', 'Q.', 'TL.', 'TUQ.', null],
  dateStyle: ['short', 'long'],
  layout: ['separate', 'combined'],
  orientation: ['auto', 'portrait', 'landscape'],
  total: ['auto', 'sum', 'formula', 'none'],
  separator: [';', ',', null],
  type: ['text', 'integer', 'decimal', 'percent'],
};
const WORDS = ['mới', 'các', 'năm 2027', 'Thôn Mới', '**trọng tâm**', 'và', 'Phòng Y tế', 'kịp thời'];

function paths(value: Json, path: Path = []): Path[] {
  if (Array.isArray(value)) return [path, ...value.flatMap((v, i) => paths(v, [...path, i]))];
  if (value && typeof value === 'object') return [path, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...path, k]))];
  return [path];
}

const get = (root: Json, path: Path): Json => path.reduce<Json>((n, k) => (n as Record<string | number, Json>)?.[k], root);

function set(root: Json, path: Path, value: Json | undefined): void {
  const parent = get(root, path.slice(0, -1)) as Record<string | number, Json>;
  const key = path[path.length - 1]!;
  if (value === undefined) Array.isArray(parent) ? parent.splice(key as number, 1) : delete parent[key];
  else parent[key] = value;
}

/** One random edit, in place; returns what it did, for messages. */
export function editPlan(data: Json, rnd: () => number): string {
  const all = paths(data).filter((p) => p.length > 0);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const path = pick(all);
  const key = path[path.length - 1]!;
  const value = get(data, path);
  const at = path.join('.');
  if (typeof key === 'string' && ENUMS[key]) {
    const v = pick(ENUMS[key]!.filter((x) => x !== value));
    set(data, path, v);
    return `${at} = ${String(v)}`;
  }
  if (typeof value === 'string') {
    const words = value.split(' ');
    const r = rnd();
    const next = r < 0.4 ? `${value} ${pick(WORDS)}` : r < 0.7 && words.length > 2 ? words.filter((_, i) => i !== Math.floor(rnd() * words.length)).join(' ') : r < 0.85 ? value.replace(/\d/, (d) => String((Number(d) + 1) % 10)) : pick(WORDS);
    set(data, path, next);
    return `${at}: "${value.slice(0, 30)}" → "${next.slice(0, 30)}"`;
  }
  if (typeof value === 'number') {
    const r = rnd();
    const next = r < 0.4 ? value + 1 : r < 0.6 ? Math.max(0, value - 1) : r < 0.8 ? value * 2 : Math.round(value * 10 + 3) / 10;
    set(data, path, next);
    return `${at}: ${value} → ${next}`;
  }
  if (typeof value === 'boolean') {
    set(data, path, !value);
    return `${at}: ${value} → ${!value}`;
  }
  if (Array.isArray(value) && value.length > 0) {
    const i = Math.floor(rnd() * value.length);
    const r = rnd();
    if (r < 0.4 && value.length > 1) {
      const j = (i + 1) % value.length;
      [value[i], value[j]] = [value[j], value[i]];
      return `${at}: swap ${i} and ${j}`;
    }
    if (r < 0.7) {
      value.splice(i, 1);
      return `${at}: remove ${i}`;
    }
    value.splice(i, 0, structuredClone(value[i]));
    return `${at}: duplicate ${i}`;
  }
  if (value && typeof value === 'object') {
    const obj = value as Record<string, Json>;
    // a section moved under another section
    if (Array.isArray(obj.sections) && obj.sections.length > 1 && rnd() < 0.5) {
      const [moved] = (obj.sections as Json[]).splice(obj.sections.length - 1, 1);
      const target = obj.sections[0] as Record<string, Json>;
      target.sections = [...((target.sections as Json[] | undefined) ?? []), moved];
      return `${at}: last section moved under the first`;
    }
    const keys = Object.keys(obj);
    if (keys.length === 0) return 'nothing';
    const k = pick(keys);
    set(data, [...path, k], null);
    return `${at}.${k} = null`;
  }
  return 'nothing';
}
