// Stage: layout. A page's key: a digest of everything placed on it (text, face, size, position,
// rules). Two pages with the same key are drawn alike with the same fonts; the studio uses it to
// redraw only the pages an edit changed.
import { createHash } from 'node:crypto';
import type { Page } from './types.js';

export function pageKey(page: Page): string {
  return createHash('sha1').update(JSON.stringify(page)).digest('hex').slice(0, 20);
}
