// How far back a KPI's chart looks, by its period, and the request keys of the KPI store.
import type { Period } from '../../../shared/catalog/schema.js';
import { toVnIso } from '../format/datetime.js';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** Hourly: two days; daily: two months; monthly: two years; quarterly: three years. */
export const WINDOW_MS: Record<Period, number> = {
  hourly: 48 * HOUR,
  daily: 60 * DAY,
  monthly: 731 * DAY,
  quarterly: 1096 * DAY,
};

export function seriesWindow(period: Period, now: Date): { from: string; to: string } {
  return { from: toVnIso(now.getTime() - WINDOW_MS[period]), to: toVnIso(now) };
}

export type BreakdownDim = 'commune' | 'agency' | 'category';

export interface SeriesRequest {
  kpiId: string;
  period: Period;
}

export interface BreakdownRequest {
  kpiId: string;
  dim: BreakdownDim;
}

export const seriesKey = (r: SeriesRequest) => `series|${r.kpiId}`;
export const breakdownKey = (r: BreakdownRequest) => `breakdown|${r.kpiId}|${r.dim}`;
export const latestKey = (kpiId: string) => `latest|${kpiId}`;

export function kpiIdOfKey(key: string): string {
  return key.split('|')[1] ?? '';
}
