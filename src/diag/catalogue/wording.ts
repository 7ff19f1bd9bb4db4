// Stage: diagnostics (catalogue). What a wording is: a function of the message's values, already
// resolved (sentences of the catalogue worded in the same language), to the text a user reads.

/** The values of a message as a wording receives them. */
export type Words = Readonly<Record<string, string | number | undefined>>;

export type Wording = (w: Words) => string;

/** A diagnostic code's wording: the message, and the hint shown when the diagnostic brings none. */
export interface CodeWording {
  message: Wording;
  hint: Wording;
}

/** 'text' in single quotes, as messages quote keys, names and values. */
export const q = (s: string | number | undefined): string => `'${s ?? ''}'`;

/** A number of bytes in MiB with one decimal, e.g. 32 MiB. */
export const mib = (n: string | number | undefined, comma = false): string => {
  const s = String(Math.round((Number(n) / 1024 / 1024) * 10) / 10);
  return `${comma ? s.replace('.', ',') : s} MiB`;
};

/** A whole number the Vietnamese way: 629.145.600. */
export const vn = (n: string | number | undefined): string =>
  typeof n === 'number' && Number.isInteger(n) ? String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.').replace(/^/, n < 0 ? '-' : '') : String(n ?? '');

/** The last key of a dotted path: sections[2].body[0] → body. */
export const lastKey = (path: string | number | undefined): string => {
  const keys = String(path ?? '').match(/[^.[\]]+(?=(?:\[\d+\])*$)/);
  return keys?.[0] ?? String(path ?? '');
};
