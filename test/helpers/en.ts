// Test helper: a diagnostic's message in English (--lang en), as the tests written before the
// Vietnamese catalogue assert it; the Vietnamese wording is asserted by the diagnostics corpus.
import { messageOf, type Diagnostic } from '../../src/diag/index.js';

export const en = (d: Diagnostic): string => messageOf(d, 'en');
