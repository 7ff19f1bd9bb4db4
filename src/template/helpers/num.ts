// Template helper {{num value decimals}}: Vietnamese number format (16.095; 95,50).
import { formatNumber } from '../../util/vn-number.js';

export function num(value: unknown, decimals: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value !== 'number') return String(value);
  return formatNumber(value, typeof decimals === 'number' ? decimals : null);
}
