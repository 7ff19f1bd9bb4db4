// Stage: layout (flow). What block layout needs besides the node.
import type { Theme } from '../../model/theme.js';
import type { TextMetrics } from '../types.js';

export interface FlowContext {
  theme: Theme;
  metrics: TextMetrics;
  /** Width of the box the blocks flow in, in points. */
  widthPt: number;
  /** Gives each table an id (for repeating its header rows). */
  nextTableId: () => number;
}
