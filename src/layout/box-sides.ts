// Stage: layout. A box (a table cell's borders) as the four lines it stands for, in the order
// they are drawn: top, bottom, left, right.
import type { PlacedBox, PlacedLine } from './types.js';

export function boxSides(b: PlacedBox): [PlacedLine, PlacedLine, PlacedLine, PlacedLine] {
  const line = (x1Pt: number, y1Pt: number, x2Pt: number, y2Pt: number): PlacedLine => ({ type: 'line', x1Pt, y1Pt, x2Pt, y2Pt, thicknessPt: b.thicknessPt });
  return [line(b.x1Pt, b.y1Pt, b.x2Pt, b.y1Pt), line(b.x1Pt, b.y2Pt, b.x2Pt, b.y2Pt), line(b.x1Pt, b.y1Pt, b.x1Pt, b.y2Pt), line(b.x2Pt, b.y1Pt, b.x2Pt, b.y2Pt)];
}
