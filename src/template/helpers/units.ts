// Template helper {{units names}}: unit names joined into one phrase; "; " when a name itself
// contains a comma ("Ủy ban nhân dân các xã, phường"), so the reader can tell the units apart.
export function units(names: unknown): string {
  const list = (Array.isArray(names) ? names : [names]).map(String);
  return list.join(list.some((n) => n.includes(',')) ? '; ' : ', ');
}
