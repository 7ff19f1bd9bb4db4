// Stage: diagnostics (catalogue). One catalogue per language: the wording of every diagnostic
// code and of every sentence key. Keys are those of the Vietnamese catalogue (the default);
// the English one must have exactly the same, or the build fails.
import type { DiagnosticCode } from '../codes.js';
import type { Lang } from '../types.js';
import { enCodes } from './en/codes.js';
import { enTexts } from './en/index.js';
import { viCodes } from './vi/codes.js';
import { viTexts, type TextKey } from './vi/index.js';
import type { CodeWording, Wording } from './wording.js';

export interface Catalogue {
  codes: { [K in DiagnosticCode]: CodeWording };
  texts: Record<TextKey, Wording>;
}

export const catalogues: Record<Lang, Catalogue> = {
  vi: { codes: viCodes, texts: viTexts },
  en: { codes: enCodes, texts: enTexts },
};
