// Template helper {{num value decimals}}: Vietnamese number format (16.095; 95,50), rounded
// half-up once, here, from the exact value the tables computed.
import { Exact } from '../../util/exact.js';
import { formatNumber } from '../../util/vn-number.js';

export function num(value: unknown, decimals: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (!(value instanceof Exact) && typeof value !== 'number') return String(value);
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`cannot print ${value}`);
  return formatNumber(value, typeof decimals === 'number' ? decimals : null);
}
