// How far back a KPI's default chart looks, by its period, and the request keys of the KPI store.
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

/** Stands for "every KPI" in a key (the breach list depends on all of them). */
export const ANY_KPI = '*';

/** JSON with sorted keys: equal requests give equal keys whatever the order their fields were written in. */
function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return `{${entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
}

/** `<method>|<kpiId or *>|<params>`: the KPI id second, so refetches can pick the keys of one KPI. */
export function callKey(method: string, params: { kpiId?: string }): string {
  return `${method}|${params.kpiId ?? ANY_KPI}|${stableJson(params)}`;
}

export const latestKey = (kpiId: string) => `latest|${kpiId}`;

export function kpiIdOfKey(key: string): string {
  return key.split('|')[1] ?? '';
}
