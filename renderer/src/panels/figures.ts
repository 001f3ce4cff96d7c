// The figures a panel states in words: the latest value, its change, the window's roll-up against the
// previous window's, progress to target. Pure, shared by the card header and the transforms.
import type { Kpi } from '../../../shared/catalog/schema.js';
import type { Point } from '../../../shared/contract/model.js';
import { addPeriods } from '../../../shared/model/period-math.js';

export interface Latest {
  t: string;
  v: number;
  /** The value of the period just before, when the series has it. */
  previous: number | null;
}

export function latestOf(kpi: Pick<Kpi, 'period'>, points: readonly Point[] | undefined): Latest | null {
  const finite = (points ?? []).filter((p) => Number.isFinite(p.v));
  const last = finite.at(-1);
  if (!last) return null;
  const before = finite.at(-2);
  const adjacent = before && addPeriods(kpi.period, Date.parse(before.t), 1) === Date.parse(last.t);
  return { t: last.t, v: last.v, previous: adjacent ? before.v : null };
}

/** Rolls values up the way the KPI does across periods: sum, mean, max, or the last one. */
export function rollUp(aggregate: Kpi['aggregate'], values: readonly number[]): number | null {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return null;
  switch (aggregate) {
    case 'sum':
      return finite.reduce((a, b) => a + b, 0);
    case 'mean':
      return finite.reduce((a, b) => a + b, 0) / finite.length;
    case 'max':
      return finite.reduce((a, b) => (b > a ? b : a), -Infinity);
    case 'last':
      return finite.at(-1)!;
  }
}

export interface WindowSummary {
  aggregate: Exclude<Kpi['aggregate'], 'last'>;
  periods: number;
  value: number;
  previous: number | null;
  /** Relative change against the previous window, when both exist and the previous is not zero. */
  change: number | null;
}

/** The window rolled up (not for "last" KPIs, whose latest value says it all), against the previous window. */
export function summarise(kpi: Pick<Kpi, 'aggregate'>, current: readonly Point[], previous?: readonly Point[] | null): WindowSummary | null {
  if (kpi.aggregate === 'last' || current.length < 2) return null;
  const value = rollUp(kpi.aggregate, current.map((p) => p.v));
  if (value === null) return null;
  const before = previous && previous.length > 0 ? rollUp(kpi.aggregate, previous.map((p) => p.v)) : null;
  const change = before !== null && before !== 0 ? (value - before) / Math.abs(before) : null;
  return { aggregate: kpi.aggregate, periods: current.length, value, previous: before, change };
}

export interface TargetProgress {
  /** value / target, for KPIs where more is better (reaching the target is 1). */
  ratio: number | null;
  /** value − target. */
  gap: number;
}

export function progressToTarget(kpi: Pick<Kpi, 'direction' | 'target'>, value: number): TargetProgress | null {
  if (kpi.target === undefined) return null;
  const ratio = kpi.direction === 'higher-is-better' && kpi.target > 0 ? value / kpi.target : null;
  return { ratio, gap: value - kpi.target };
}
