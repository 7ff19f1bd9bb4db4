// Stage: docx. Length conversions for WordprocessingML (twentieths of a point, half-points, eighths).
import { PT_PER_MM } from '../model/theme.js';

export const TWIPS_PER_PT = 20;
export const ptToTwips = (pt: number): number => Math.round(pt * TWIPS_PER_PT);
export const mmToTwips = (mm: number): number => Math.round((mm / 25.4) * 72 * TWIPS_PER_PT);
export const mmToPt = (mm: number): number => mm * PT_PER_MM;
export const twipsToPt = (tw: number): number => tw / TWIPS_PER_PT;
/** Font sizes are in half-points. */
export const ptToHalfPoints = (pt: number): number => Math.round(pt * 2);
/** Border widths are in eighths of a point. */
export const ptToEighths = (pt: number): number => Math.max(2, Math.round(pt * 8));
/** Line spacing "multiple" is in 240ths of a line. */
export const lineSpacing = (multiple: number): number => Math.round(multiple * 240);
