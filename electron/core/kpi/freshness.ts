// Whether a KPI's newest figure is fresh, stale or missing, given its period (DESIGN.md invariant 6).
import type { Period } from '../../../shared/catalog/schema.js';
import type { Freshness } from '../../../shared/contract/model.js';
import { PERIOD_MS } from '../../../shared/model/periods.js';

/**
 * How old the newest publication may be before it is stale: a full period (the current one is still
 * open) plus the upstream's usual publication delay, plus a margin.
 */
export const FRESHNESS_ALLOWANCE_MS: Record<Period, number> = {
  hourly: 3 * PERIOD_MS.hourly,
  daily: 2 * PERIOD_MS.daily + 6 * PERIOD_MS.hourly,
  monthly: PERIOD_MS.monthly + 15 * PERIOD_MS.daily,
  quarterly: PERIOD_MS.quarterly + 30 * PERIOD_MS.daily,
};

export function freshnessOf(asOf: string | null, period: Period, now: Date): Freshness {
  if (asOf === null) return 'missing';
  const age = now.getTime() - Date.parse(asOf);
  return age > FRESHNESS_ALLOWANCE_MS[period] ? 'stale' : 'fresh';
}
