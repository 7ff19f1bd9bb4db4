// Stage root: layout (Document → PagedDocument). Pure: never imports pdf-lib; measurement is injected.
export { layoutDocument } from './layout-document.js';
export { dumpPaged } from './dump.js';
export { breakLines, toWords, type Line, type Word } from './text/break-lines.js';
export type { PagedDocument, Page, PlacedItem, PlacedText, PlacedLine, PlacedBox, TextMetrics } from './types.js';
