// Template helper {{units names}}: names joined into one phrase with ", ", as plans write them
// ("Phòng Y tế thành phố, Ủy ban nhân dân các xã, phường").
export function units(names: unknown): string {
  return (Array.isArray(names) ? names : [names]).map(String).join(', ');
}
