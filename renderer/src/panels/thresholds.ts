// Where a value stands against the catalog's thresholds: ok, info, warning or critical.
import type { Kpi, Severity, Threshold } from '../../../shared/catalog/schema.js';

export type ThresholdSeverity = Severity | 'ok';

export interface ThresholdState {
  severity: ThresholdSeverity;
  threshold?: Threshold;
}

const RANK: Record<ThresholdSeverity, number> = { ok: 0, info: 1, warning: 2, critical: 3 };

export function matches(t: Threshold, value: number): boolean {
  switch (t.op) {
    case '>':
      return value > t.value;
    case '>=':
      return value >= t.value;
    case '<':
      return value < t.value;
    case '<=':
      return value <= t.value;
  }
}

/** The most severe threshold the value crosses; among equals, the one furthest out (AQI > 200 over > 150). */
export function evaluateThresholds(thresholds: readonly Threshold[], value: number | null | undefined): ThresholdState {
  if (value === null || value === undefined || !Number.isFinite(value)) return { severity: 'ok' };
  let best: Threshold | undefined;
  for (const t of thresholds) {
    if (!matches(t, value)) continue;
    if (!best || RANK[t.severity] > RANK[best.severity]) best = t;
    else if (RANK[t.severity] === RANK[best.severity] && isFurther(t, best)) best = t;
  }
  return best ? { severity: best.severity, threshold: best } : { severity: 'ok' };
}

function isFurther(a: Threshold, b: Threshold): boolean {
  const upward = a.op === '>' || a.op === '>=';
  return upward ? a.value > b.value : a.value < b.value;
}

export function kpiState(kpi: Pick<Kpi, 'thresholds'>, value: number | null | undefined): ThresholdState {
  return evaluateThresholds(kpi.thresholds, value);
}

/**
 * Thresholds worth drawing over data in [min, max]: those within half a span of the data,
 * so a far-away line (AQI 300 over values near 50) does not flatten the chart.
 */
export function visibleThresholds(thresholds: readonly Threshold[], values: readonly number[]): Threshold[] {
  if (values.length === 0) return [...thresholds];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = Math.max(max - min, Math.abs(max) * 0.2, 1);
  return thresholds.filter((t) => t.value >= min - span * 0.5 && t.value <= max + span * 0.5);
}
