// Period arithmetic on Date objects, for the engine and the renderer; the epoch-ms core is period-math.ts.
import type { Period } from '../catalog/schema.js';
import { addPeriods as addMs, DAY_MS, floorPeriod, formatLocal, HOUR_MS } from './period-math.js';

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** ISO 8601 with the +07:00 offset, e.g. `2026-12-03T00:00:00+07:00`; sorts as text in time order. */
export function toVnIso(date: Date): string {
  return formatLocal(Math.floor(date.getTime() / 1000) * 1000);
}

export function periodFloor(date: Date, period: Period): Date {
  return new Date(floorPeriod(period, date.getTime()));
}

/** The start of the period `count` periods after (or before, when negative) the one starting at `start`. */
export function addPeriods(start: Date, period: Period, count: number): Date {
  return new Date(addMs(period, start.getTime(), count));
}

/** Nominal length of a period, for freshness allowances. */
export const PERIOD_MS: Record<Period, number> = {
  hourly: HOUR_MS,
  daily: DAY_MS,
  monthly: 31 * DAY_MS,
  quarterly: 92 * DAY_MS,
};
