// Stage root: diagnostics (leaf).
export * from './types.js';
export { diagnostic, msg } from './messages.js';
export type { Where } from './messages.js';
export { word, messageOf, hintsOf, isTextKey } from './word.js';
export { formatDiagnostic, sortDiagnostics, identity } from './format.js';
export { fsReason } from './fs-reason.js';
