// Fake font metrics for layout tests: every glyph is 0.5 em wide, so expected positions can be
// worked out by hand and goldens do not depend on font files.
import type { TextMetrics } from '../../src/layout/types.js';

export const fakeMetrics: TextMetrics = {
  measure: (text, _face, sizePt) => [...text].length * 0.5 * sizePt,
  lineHeightEm: 1.2,
  ascentEm: 0.9,
  descentEm: 0.3,
  lineGapEm: 0,
};
