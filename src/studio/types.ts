// Stage: studio. What the studio's server and its page say to each other (JSON over HTTP);
// imported by both sides, so it holds types only.

/** A diagnostic as the page shows it: the project's own message, placed in the plan when it is there. */
export interface StudioDiagnostic {
  severity: 'error' | 'warning';
  code: string;
  message: string;
  hints: string[];
  /** The file as the user would name it (the plan, a data file, a template), if any. */
  file?: string;
  line?: number;
  column?: number;
  /** True when line and column point into the plan being edited. */
  inPlan: boolean;
}

/** GET api/plan: the plan as it is on disk when the page opens (or reloads it). */
export interface PlanState {
  /** File name (2026.yaml) and the path as shown to the user (plans/2026.yaml). */
  name: string;
  path: string;
  text: string;
  /** Hash of the bytes on disk; a save names the version it started from. */
  version: string;
  /** '\r\n' when the file uses Windows line ends, kept when saving. */
  lineSeparator: '\n' | '\r\n';
  /** Other plans in the same folder, to compare with. */
  otherPlans: string[];
  /** Where "Xuất DOCX và PDF" writes (as shown to the user). */
  outDir: string;
  /** The language of the page and its diagnostics (npm run studio -- --lang en). */
  lang: 'vi' | 'en';
}

/** The JSON head of a preview answer; the PDF's bytes follow it when `ok`. */
export interface PreviewHead {
  ok: boolean;
  diagnostics: StudioDiagnostic[];
  /** Server time for validation, computation, layout and PDF, in milliseconds. */
  buildMs: number;
  /** When `ok`: one key per page of the PDF, equal when a page is drawn alike (only pages whose
   * key changed are redrawn). */
  pageKeys?: string[];
  /** When the page said which pages it shows (X-Drawn) and some changed in a few places only:
   * how to redraw those places; a PDF of `bytes` bytes comes before the preview's own. */
  patch?: PatchHead;
}

/** Places to redraw on pages drawn before (studio/patch.ts). */
export interface PatchHead {
  /** `page` (from 0), drawn now as the page of key `base`, becomes the preview's page when its
   * places `rects` (points from the top-left: x0, y0, x1, y1) are drawn anew from page `part`
   * (from 0) of the patch PDF. */
  pages: { page: number; base: string; part: number; rects: [number, number, number, number][] }[];
  /** The patch PDF's length (set when the answer is framed). */
  bytes?: number;
}

export interface SaveRequest {
  text: string;
  /** The version the editor's text started from (or the one on disk the user chose to
   * overwrite); the save is refused if the disk has another. */
  baseVersion: string;
}

export type SaveAnswer =
  | { saved: true; version: string }
  | { saved: false; conflict: true; diskText: string; diskVersion: string };

export interface ExportAnswer {
  written: string[];
  diagnostics: StudioDiagnostic[];
}

export interface CompareRequest {
  /** A name from PlanState.otherPlans. */
  other: string;
  /** The text in the editor (compared as it is, saved or not). */
  text: string;
  /** true: the other plan is the newer one. */
  otherIsNewer: boolean;
}

export interface CompareAnswer {
  /** diff-plan's Markdown, or null when a plan has errors. */
  markdown: string | null;
  diagnostics: StudioDiagnostic[];
}

/** Server-sent events (api/events). */
export type StudioEvent =
  | { type: 'plan-changed'; version: string; text: string }
  | { type: 'data-changed'; file: string };
