// Stage: compute (tables). Numbers written as text in data files, in the Vietnamese way or the
// international one. Integer columns read "." as the thousands separator (16.095 → 16095);
// decimal columns read "," as the decimal mark when there is one (95,50 → 95.5), else ".".

export function parseNumberText(text: string, integer: boolean): number | null {
  const s = text.replace(/[\s\u00a0]/g, '').replace(/%$/, '');
  if (s === '') return null;
  let normal: string;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s) && (integer || s.includes(','))) normal = s.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+,\d+$/.test(s)) normal = s.replace(',', '.');
  else if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s) && !integer) normal = s.replace(/,/g, '');
  else if (/^-?\d+(\.\d+)?$/.test(s)) normal = s;
  else return NaN;
  return Number(normal);
}
