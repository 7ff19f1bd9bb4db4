// Stage: model. What a heading prints, in which paragraph style: the one reading of the three
// heading forms that both writers share.
import type { Heading, Inline } from './types.js';

/** The style and the inlines of a heading, numbered paragraph or run-in heading, label included. */
export function headingInlines(b: Heading): { style: string; inlines: Inline[] } {
  const label: Inline[] = b.label ? [{ type: 'text', value: `${b.label} ` }] : [];
  switch (b.form) {
    case 'heading':
      return { style: `Heading${b.level}`, inlines: [...label, ...b.children] };
    case 'paragraph':
      return { style: 'Body', inlines: [...label, ...b.children] };
    case 'runIn': {
      const lead: Inline[] = b.children.length ? [...label, ...b.children] : [{ type: 'text', value: b.label }];
      return { style: 'Body', inlines: [{ type: 'strong', children: lead }, ...(b.text.length ? [{ type: 'text' as const, value: ' ' }, ...b.text] : [])] };
    }
  }
}
