// Threshold severity → Vuetify colour, and whether a change is good news given the KPI's direction.
import type { Kpi } from '../../../shared/catalog/schema.js';
import type { ThresholdSeverity } from './thresholds.js';

export const SEVERITY_COLOR: Record<ThresholdSeverity, string> = {
  ok: 'success',
  info: 'info',
  warning: 'warning',
  critical: 'error',
};

export type Trend = 'up' | 'down' | 'flat';

export function trendOf(value: number | null, previous: number | null): Trend | null {
  if (value === null || previous === null) return null;
  if (value === previous) return 'flat';
  return value > previous ? 'up' : 'down';
}

/** Colour of a change: green when it goes the good way, red when the bad way, neutral otherwise. */
export function trendColor(trend: Trend | null, direction: Kpi['direction']): string | undefined {
  if (!trend || trend === 'flat' || direction === 'neutral') return undefined;
  const good = (trend === 'up') === (direction === 'higher-is-better');
  return good ? 'success' : 'error';
}
