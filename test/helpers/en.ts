// Test helper: diagnostics in English (--lang en), as the tests written before the Vietnamese
// catalogue assert them: the message and the diagnostic's own hints as text. The Vietnamese
// wording is asserted by the diagnostics corpus and the 12-* tests.
import { messageOf, word, type Diagnostic } from '../../src/diag/index.js';

/** A diagnostic as English text: `message`, and its own `hints` worded. */
export type EnDiagnostic = Omit<Diagnostic, 'hints'> & { message: string; hints: string[] };

export const inEnglish = (d: Diagnostic): EnDiagnostic => ({ ...d, message: messageOf(d, 'en'), hints: d.hints.map((h) => word(h, 'en')) });

/** The message in English, of a diagnostic or of one already in English. */
export const en = (d: Diagnostic | EnDiagnostic): string => ('message' in d ? d.message : messageOf(d, 'en'));
