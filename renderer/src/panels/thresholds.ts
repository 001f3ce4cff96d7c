// Threshold evaluation (shared with the engine) and which threshold lines are worth drawing over data.
import type { Threshold } from '../../../shared/catalog/schema.js';

export {
  evaluateThresholds,
  isBreach,
  kpiState,
  matches,
  thresholdsApply,
  SEVERITY_RANK,
  type ThresholdSeverity,
  type ThresholdState,
} from '../../../shared/catalog/thresholds.js';

/**
 * Thresholds worth drawing over data in [min, max]: those within half a span of the data,
 * so a far-away line (AQI 300 over values near 50) does not flatten the chart.
 */
export function visibleThresholds(thresholds: readonly Threshold[], values: readonly number[]): Threshold[] {
  if (values.length === 0) return [...thresholds];
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const span = Math.max(max - min, Math.abs(max) * 0.2, 1);
  return thresholds.filter((t) => t.value >= min - span * 0.5 && t.value <= max + span * 0.5);
}
