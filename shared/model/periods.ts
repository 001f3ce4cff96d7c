// Period arithmetic in Asia/Ho_Chi_Minh. Vietnam keeps UTC+07:00 all year (no DST), so a fixed offset is exact.
import type { Period } from '../catalog/schema.js';

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const OFFSET_MS = 7 * 3600_000;

/** Wall-clock parts in Vietnam for an instant. */
function vnParts(date: Date) {
  const shifted = new Date(date.getTime() + OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth(),
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
  };
}

function fromVnParts(year: number, month: number, day = 1, hour = 0): Date {
  return new Date(Date.UTC(year, month, day, hour) - OFFSET_MS);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** ISO 8601 with the +07:00 offset, e.g. `2026-12-03T00:00:00+07:00`; sorts as text in time order. */
export function toVnIso(date: Date): string {
  const s = new Date(date.getTime() + OFFSET_MS);
  return (
    `${s.getUTCFullYear()}-${pad(s.getUTCMonth() + 1)}-${pad(s.getUTCDate())}` +
    `T${pad(s.getUTCHours())}:${pad(s.getUTCMinutes())}:${pad(s.getUTCSeconds())}+07:00`
  );
}

export function periodFloor(date: Date, period: Period): Date {
  const p = vnParts(date);
  switch (period) {
    case 'hourly':
      return fromVnParts(p.year, p.month, p.day, p.hour);
    case 'daily':
      return fromVnParts(p.year, p.month, p.day);
    case 'monthly':
      return fromVnParts(p.year, p.month);
    case 'quarterly':
      return fromVnParts(p.year, p.month - (p.month % 3));
  }
}

/** The start of the period `count` periods after (or before, when negative) the one starting at `start`. */
export function addPeriods(start: Date, period: Period, count: number): Date {
  const p = vnParts(start);
  switch (period) {
    case 'hourly':
      return new Date(start.getTime() + count * 3600_000);
    case 'daily':
      return fromVnParts(p.year, p.month, p.day + count, p.hour);
    case 'monthly':
      return fromVnParts(p.year, p.month + count, p.day, p.hour);
    case 'quarterly':
      return fromVnParts(p.year, p.month + 3 * count, p.day, p.hour);
  }
}

/** Nominal length of a period, for freshness allowances. */
export const PERIOD_MS: Record<Period, number> = {
  hourly: 3600_000,
  daily: 86_400_000,
  monthly: 31 * 86_400_000,
  quarterly: 92 * 86_400_000,
};
