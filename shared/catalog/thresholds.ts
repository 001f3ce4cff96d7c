// Where a value stands against a KPI's thresholds: ok, info, warning or critical. Shared by the engine
// (which lists the KPIs in breach) and the renderer (which colours figures), so both always agree.
import type { Kpi, Severity, Threshold } from './schema.js';

export type ThresholdSeverity = Severity | 'ok';

export interface ThresholdState {
  severity: ThresholdSeverity;
  threshold?: Threshold;
}

export const SEVERITY_RANK: Record<ThresholdSeverity, number> = { ok: 0, info: 1, warning: 2, critical: 3 };

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

function isFurther(a: Threshold, b: Threshold): boolean {
  const upward = a.op === '>' || a.op === '>=';
  return upward ? a.value > b.value : a.value < b.value;
}

/** The most severe threshold the value crosses; among equals, the one furthest out (AQI > 200 over > 150). */
export function evaluateThresholds(thresholds: readonly Threshold[], value: number | null | undefined): ThresholdState {
  if (value === null || value === undefined || !Number.isFinite(value)) return { severity: 'ok' };
  let best: Threshold | undefined;
  for (const t of thresholds) {
    if (!matches(t, value)) continue;
    if (!best || SEVERITY_RANK[t.severity] > SEVERITY_RANK[best.severity]) best = t;
    else if (SEVERITY_RANK[t.severity] === SEVERITY_RANK[best.severity] && isFurther(t, best)) best = t;
  }
  return best ? { severity: best.severity, threshold: best } : { severity: 'ok' };
}

export function kpiState(kpi: Pick<Kpi, 'thresholds'>, value: number | null | undefined): ThresholdState {
  return evaluateThresholds(kpi.thresholds, value);
}

/** A breach is a warning or worse; an "info" threshold marks something notable, not a problem. */
export function isBreach(severity: ThresholdSeverity): severity is 'warning' | 'critical' {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK.warning;
}

/**
 * Whether the province thresholds apply to a value: always to province totals; to a commune's or an
 * agency's value only when the KPI is a rate, mean or maximum (a commune's share of a provincial count
 * is far below a provincial limit); never to a sum over several periods (thresholds are per period).
 */
export function thresholdsApply(kpi: Pick<Kpi, 'aggregate'>, scope: 'total' | 'member', overPeriods = 1): boolean {
  if (kpi.aggregate === 'sum' && (scope === 'member' || overPeriods > 1)) return false;
  return true;
}
