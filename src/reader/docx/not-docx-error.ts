// Stage: reader (DOCX). The error of a file that cannot be read as a plan in Word: not a DOCX, damaged,
// or too big to be a plan. It carries a sentence of the catalogue (import.*), which the CLI prints
// in one line, in the language of the run.
import type { Msg } from '../../diag/index.js';

export class NotDocxError extends Error {
  constructor(readonly reason: Msg) {
    super(reason.key);
    this.name = 'NotDocxError';
  }
}
