// Stage root: diagnostics (leaf module).
export * from './types.js';
export { diagnostic, messages } from './messages.js';
export type { Where } from './messages.js';
export { formatDiagnostic, sortDiagnostics } from './format.js';
