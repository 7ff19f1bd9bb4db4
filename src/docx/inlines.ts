// Stage: docx. Inline nodes → TextRuns; bold and italic accumulate down the tree. Characters XML
// cannot hold are dropped here too, whatever built the document.
import type { TextRun } from 'docx';
import type { Inline } from '../model/types.js';
import { printable } from '../util/printable.js';
import { textRun, type RunFormat } from './prepared.js';

export function inlinesToRuns(inlines: readonly Inline[], format: RunFormat = {}): TextRun[] {
  return inlines.flatMap((i) => {
    switch (i.type) {
      case 'text':
        return [textRun(printable(i.value), format)];
      case 'strong':
        return inlinesToRuns(i.children, { ...format, bold: true });
      case 'emphasis':
        return inlinesToRuns(i.children, { ...format, italics: true });
    }
  });
}
