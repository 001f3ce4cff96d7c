// How complete a window's data is: the periods that should be published by now against those cached.
import type { Kpi, Period } from '../../../shared/catalog/schema.js';
import type { Coverage } from '../../../shared/contract/areas/kpi.js';
import { addPeriods, floorPeriod, formatLocal, nextPeriod, parseInstant } from '../../../shared/model/period-math.js';
import { FRESHNESS_ALLOWANCE_MS } from './freshness.js';
import type { Span } from './kpi-reads.js';

/** How many periods a window holds when the caller does not say. */
export const DEFAULT_WINDOW_PERIODS: Record<Period, number> = { hourly: 48, daily: 30, monthly: 24, quarterly: 12 };
/** The longest window a call may ask for, in periods (ten years of days, two of hours). */
export const MAX_WINDOW_PERIODS: Record<Period, number> = { hourly: 24 * 732, daily: 3660, monthly: 240, quarterly: 80 };

export interface Window {
  fromMs: number;
  toMs: number;
  /** Period starts in [from, to) compare as text: ISO with the +07:00 offset. */
  from: string;
  to: string;
}

/**
 * The window [from, to) of a query at the KPI's granularity: `from` moves back to the start of its
 * period (the period containing it is included), `to` is exclusive. Without bounds: the default number
 * of periods up to and including the current one.
 */
export function resolveWindow(kpi: Pick<Kpi, 'period'>, nowMs: number, from?: string, to?: string): Window {
  const current = floorPeriod(kpi.period, nowMs);
  const toMs = to ? parseInstant(to)! : nextPeriod(kpi.period, current);
  const fromMs = from
    ? floorPeriod(kpi.period, parseInstant(from)!)
    : addPeriods(kpi.period, floorPeriod(kpi.period, toMs - 1), -(DEFAULT_WINDOW_PERIODS[kpi.period] - 1));
  const limit = addPeriods(kpi.period, floorPeriod(kpi.period, toMs - 1), -(MAX_WINDOW_PERIODS[kpi.period] - 1));
  const boundedFrom = Math.max(fromMs, limit);
  return { fromMs: boundedFrom, toMs, from: formatLocal(boundedFrom), to: formatLocal(toMs) };
}

/** Whether a period should be published by `nowMs`: its start plus the freshness allowance has passed. */
export function isDue(period: Period, startMs: number, nowMs: number): boolean {
  return startMs + FRESHNESS_ALLOWANCE_MS[period] <= nowMs;
}

/** The period starts of a window that should be published by now, as the engine writes them. */
export function duePeriods(period: Period, window: Window, nowMs: number): string[] {
  const out: string[] = [];
  for (let p = window.fromMs; p < window.toMs && isDue(period, p, nowMs); p = nextPeriod(period, p)) out.push(formatLocal(p));
  return out;
}

export function coverageOf(
  kpi: Pick<Kpi, 'period'>,
  window: Window,
  present: Iterable<string>,
  nowMs: number,
  extra: { rejected: number; span: Span },
): Coverage {
  const due = duePeriods(kpi.period, window, nowMs);
  const have = new Set(present);
  return {
    from: window.from,
    to: window.to,
    expected: due.length,
    present: due.filter((p) => have.has(p)).length,
    rejected: extra.rejected,
    earliest: extra.span.earliest,
    latest: extra.span.latest,
  };
}
