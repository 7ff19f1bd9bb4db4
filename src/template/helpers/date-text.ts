// Template helper {{dateText date "long"|"short"}}: a plan date in running text.
import type { PlanDate } from '../../plan/types.js';
import { longDate, shortDate } from '../format/dates.js';

export function dateText(date: PlanDate, style: unknown): string {
  if (style === 'long') return longDate(date);
  if (style === 'short') return `ngày ${shortDate(date)}`;
  throw new Error(`dateText: style must be "long" or "short", got ${JSON.stringify(style)}`);
}
