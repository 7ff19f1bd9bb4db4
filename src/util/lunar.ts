// Util. The Vietnamese lunar calendar (âm lịch, UTC+7) and the names of its years (can chi):
// solar date ↔ lunar date by the astronomical new moons and solar terms, after Hồ Ngọc Đức's
// well-known algorithm (Jean Meeus, Astronomical Algorithms). new-plan uses it to move a date
// bound to the lunar calendar (Giao thừa, Rằm tháng Giêng) and the year's name (Bính Ngọ 2026 →
// Đinh Mùi 2027).

const TIME_ZONE = 7;

export const CAN = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'] as const;
export const CHI = ['Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'] as const;
/** Spellings offices use for the same branch. */
const CHI_VARIANTS: Record<string, number> = { Tị: 5, Mẹo: 3 };

/** The name of a lunar year: 2026 → "Bính Ngọ". */
export function canChi(year: number): string {
  return `${CAN[(((year - 4) % 10) + 10) % 10]} ${CHI[(((year - 4) % 12) + 12) % 12]}`;
}

/** "Bính Ngọ" (any accepted spelling) → its place in the 60-year cycle, or null. */
export function cycleOf(name: string): number | null {
  const [can, chi] = name.normalize('NFC').split(/\s+/);
  const c = CAN.findIndex((x) => x.toLocaleLowerCase('vi') === can?.toLocaleLowerCase('vi'));
  const found = CHI.findIndex((x) => x.toLocaleLowerCase('vi') === chi?.toLocaleLowerCase('vi'));
  const variant = Object.entries(CHI_VARIANTS).find(([k]) => k.toLocaleLowerCase('vi') === chi?.toLocaleLowerCase('vi'))?.[1];
  const b = found >= 0 ? found : (variant ?? -1);
  if (c < 0 || b < 0 || c % 2 !== b % 2) return null;
  for (let k = 0; k < 60; k++) if (k % 10 === c && k % 12 === b) return k;
  return null;
}

/** Every can-chi name as a regular expression alternative ("Giáp Tý|Giáp Dần|…"). */
export const CAN_CHI_PATTERN = `(?:${CAN.join('|')})\\s+(?:${[...CHI, ...Object.keys(CHI_VARIANTS)].join('|')})`;

const INT = Math.floor;

function jdFromDate(dd: number, mm: number, yy: number): number {
  const a = INT((14 - mm) / 12);
  const y = yy + 4800 - a;
  const m = mm + 12 * a - 3;
  let jd = dd + INT((153 * m + 2) / 5) + 365 * y + INT(y / 4) - INT(y / 100) + INT(y / 400) - 32045;
  if (jd < 2299161) jd = dd + INT((153 * m + 2) / 5) + 365 * y + INT(y / 4) - 32083;
  return jd;
}

function jdToDate(jd: number): { day: number; month: number; year: number } {
  let b: number;
  let c: number;
  if (jd > 2299160) {
    const a = jd + 32044;
    b = INT((4 * a + 3) / 146097);
    c = a - INT((b * 146097) / 4);
  } else {
    b = 0;
    c = jd + 32082;
  }
  const d = INT((4 * c + 3) / 1461);
  const e = c - INT((1461 * d) / 4);
  const m = INT((5 * e + 2) / 153);
  return { day: e - INT((153 * m + 2) / 5) + 1, month: m + 3 - 12 * INT(m / 10), year: b * 100 + d - 4800 + INT(m / 10) };
}

/** Day number of the k-th new moon after 1900-01-01, local time. */
function newMoonDay(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const dr = Math.PI / 180;
  let Jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  Jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let C1 = (0.1734 - 0.000393 * T) * Math.sin(M * dr) + 0.0021 * Math.sin(2 * dr * M);
  C1 = C1 - 0.4068 * Math.sin(Mpr * dr) + 0.0161 * Math.sin(dr * 2 * Mpr);
  C1 = C1 - 0.0004 * Math.sin(dr * 3 * Mpr);
  C1 = C1 + 0.0104 * Math.sin(dr * 2 * F) - 0.0051 * Math.sin(dr * (M + Mpr));
  C1 = C1 - 0.0074 * Math.sin(dr * (M - Mpr)) + 0.0004 * Math.sin(dr * (2 * F + M));
  C1 = C1 - 0.0004 * Math.sin(dr * (2 * F - M)) - 0.0006 * Math.sin(dr * (2 * F + Mpr));
  C1 = C1 + 0.001 * Math.sin(dr * (2 * F - Mpr)) + 0.0005 * Math.sin(dr * (2 * Mpr + M));
  const deltat = T < -11 ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3 : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return INT(Jd1 + C1 - deltat + 0.5 + TIME_ZONE / 24);
}

/** The sun's longitude at the start of a day, in twelfths of the circle (0…11). */
function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.5 - TIME_ZONE / 24) / 36525;
  const T2 = T * T;
  const dr = Math.PI / 180;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(dr * M);
  DL = DL + (0.019993 - 0.000101 * T) * Math.sin(dr * 2 * M) + 0.00029 * Math.sin(dr * 3 * M);
  let L = (L0 + DL) * dr;
  L = L - Math.PI * 2 * INT(L / (Math.PI * 2));
  return INT((L / Math.PI) * 6);
}

/** The day the 11th lunar month of `year` starts (the month holding the winter solstice). */
function lunarMonth11(year: number): number {
  const off = jdFromDate(31, 12, year) - 2415021;
  const k = INT(off / 29.530588853);
  const nm = newMoonDay(k);
  return sunLongitude(nm) >= 9 ? newMoonDay(k - 1) : nm;
}

function leapMonthOffset(a11: number): number {
  const k = INT((a11 - 2415021.076998695) / 29.530588853 + 0.5);
  let last: number;
  let i = 1;
  let arc = sunLongitude(newMoonDay(k + i));
  do {
    last = arc;
    i++;
    arc = sunLongitude(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

export interface LunarDate {
  day: number;
  month: number;
  /** The lunar year (Tết of that year is its month 1, day 1). */
  year: number;
  leap: boolean;
}

export function solarToLunar(day: number, month: number, year: number): LunarDate {
  const dayNumber = jdFromDate(day, month, year);
  const k = INT((dayNumber - 2415021.076998695) / 29.530588853);
  let monthStart = newMoonDay(k + 1);
  if (monthStart > dayNumber) monthStart = newMoonDay(k);
  let a11 = lunarMonth11(year);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = year;
    a11 = lunarMonth11(year - 1);
  } else {
    lunarYear = year + 1;
    b11 = lunarMonth11(year + 1);
  }
  const lunarDay = dayNumber - monthStart + 1;
  const diff = INT((monthStart - a11) / 29);
  let leap = false;
  let lunarMonth = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11);
    if (diff >= leapDiff) {
      lunarMonth = diff + 10;
      if (diff === leapDiff) leap = true;
    }
  }
  if (lunarMonth > 12) lunarMonth -= 12;
  if (lunarMonth >= 11 && diff < 4) lunarYear -= 1;
  return { day: lunarDay, month: lunarMonth, year: lunarYear, leap };
}

/** The solar date of a lunar date; a day 30 that the month lacks becomes its last day. */
export function lunarToSolar(l: LunarDate): { day: number; month: number; year: number } {
  let a11: number;
  let b11: number;
  if (l.month < 11) {
    a11 = lunarMonth11(l.year - 1);
    b11 = lunarMonth11(l.year);
  } else {
    a11 = lunarMonth11(l.year);
    b11 = lunarMonth11(l.year + 1);
  }
  const k = INT(0.5 + (a11 - 2415021.076998695) / 29.530588853);
  let off = l.month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (l.leap && l.month !== leapMonth) return lunarToSolar({ ...l, leap: false });
    if (l.leap || off >= leapOff) off += 1;
  }
  const start = newMoonDay(k + off);
  const next = newMoonDay(k + off + 1);
  return jdToDate(start + Math.min(l.day, next - start) - 1);
}
