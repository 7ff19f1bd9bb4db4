// Stage: diagnostics (leaf). Problems found by any stage, as data: a code (or a catalogue key)
// and its values. Nothing here is worded: word.ts words a diagnostic in the language the CLI
// chose (Vietnamese by default), from catalogue/<lang>/.
import type { DiagnosticCode } from './codes.js';
import type { TextKey } from './catalogue/vi/index.js';

export type { DiagnosticCode } from './codes.js';
export type { TextKey } from './catalogue/vi/index.js';

export type Severity = 'error' | 'warning';

/** The languages of the catalogues; Vietnamese is the default. */
export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

/** A sentence of the catalogue with its values, worded when printed. */
export interface Msg {
  key: TextKey;
  data?: Data;
}

/**
 * A value a message shows: text taken from the plan or the disk (a key, a file name, a cell) as
 * it is, a number (printed the way of the language), or a sentence of the catalogue.
 */
export type Value = string | number | Msg | undefined;

/**
 * The values of a message. `reason`, `where` and `kept` are sentences, so they can only come
 * from the catalogue: free English cannot slip into a Vietnamese message through them.
 */
export interface Data {
  reason?: Msg;
  where?: Msg;
  kept?: Msg;
  [name: string]: Value;
}

export interface Diagnostic {
  severity: Severity;
  code: DiagnosticCode;
  /** The values its message shows (see the code's wording in catalogue/<lang>/codes.ts). */
  data: Data;
  file?: string;
  line?: number;
  column?: number;
  /** Dotted path inside the plan, e.g. sections[2].title. */
  path?: string;
  /** What to do about it; when empty, the code's own hint is shown. */
  hints: Msg[];
  /** Lines shown after the hints, whatever they are (e.g. the units of a batch it concerns). */
  notes?: Msg[];
}

/** Thrown by a stage for a condition that stops the build; carries the diagnostics found so far. */
export class DiagnosticError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => d.code).join(', '));
    this.name = 'DiagnosticError';
  }
}

/** What a stage returns: its value and whatever it noticed. */
export interface Result<T> {
  value: T;
  diagnostics: Diagnostic[];
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean =>
  diagnostics.some((d) => d.severity === 'error');

export const isMsg = (v: unknown): v is Msg => typeof v === 'object' && v !== null && typeof (v as Msg).key === 'string';
