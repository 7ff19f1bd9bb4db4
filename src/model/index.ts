// Stage root: model (leaf: imports nothing from src/).
export * from './types.js';
export * from './theme.js';
export { dump, dumpInlines } from './dump.js';
export { inlineText } from './text.js';
export { placeCells } from './table-grid.js';
export * from './units.js';
