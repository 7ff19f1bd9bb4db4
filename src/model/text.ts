// Stage: model. The plain text of inline nodes (for measuring, metadata and tests).
import type { Inline } from './types.js';

export function inlineText(inlines: readonly Inline[]): string {
  return inlines.map((i) => (i.type === 'text' ? i.value : inlineText(i.children))).join('');
}
