// Stage: docx. Length conversions for WordprocessingML (twentieths of a point, half-points, eighths).
export { mmToTwips, ptToTwips, twipsToPt, TWIPS_PER_PT } from '../model/units.js';

/** Font sizes are in half-points. */
export const ptToHalfPoints = (pt: number): number => Math.round(pt * 2);
/** Border widths are in eighths of a point. */
export const ptToEighths = (pt: number): number => Math.max(2, Math.round(pt * 8));
/** Line spacing "multiple" is in 240ths of a line. */
export const lineSpacing = (multiple: number): number => Math.round(multiple * 240);
