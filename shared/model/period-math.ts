// Period arithmetic in Asia/Ho_Chi_Minh: a fixed +07:00 offset, no daylight saving. Times are epoch ms.
import type { Period } from '../catalog/schema.js';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
/** Vietnam time is UTC+7 all year. */
export const VN_OFFSET_MS = 7 * HOUR_MS;
/** No simulated series starts before this instant (2015-01-01T00:00:00+07:00). */
export const DATA_ORIGIN_MS = Date.UTC(2015, 0, 1) - VN_OFFSET_MS;

/** Calendar fields of an instant in Vietnam time. */
export interface LocalParts {
  year: number;
  /** 0–11 */
  month: number;
  day: number;
  hour: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  /** 0-based day of the year */
  dayOfYear: number;
}

export function localParts(ms: number): LocalParts {
  const d = new Date(ms + VN_OFFSET_MS);
  const year = d.getUTCFullYear();
  return {
    year,
    month: d.getUTCMonth(),
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    weekday: d.getUTCDay(),
    dayOfYear: Math.floor((d.getTime() - Date.UTC(year, 0, 1)) / DAY_MS),
  };
}

function monthStart(year: number, month: number): number {
  return Date.UTC(year, month, 1) - VN_OFFSET_MS;
}

/** Start of the period that contains `ms`. */
export function floorPeriod(period: Period, ms: number): number {
  switch (period) {
    case 'hourly':
      return Math.floor(ms / HOUR_MS) * HOUR_MS;
    case 'daily':
      return Math.floor((ms + VN_OFFSET_MS) / DAY_MS) * DAY_MS - VN_OFFSET_MS;
    case 'monthly': {
      const p = localParts(ms);
      return monthStart(p.year, p.month);
    }
    case 'quarterly': {
      const p = localParts(ms);
      return monthStart(p.year, p.month - (p.month % 3));
    }
  }
}

/** The period start `n` periods after (or before, n < 0) the period start `start`. */
export function addPeriods(period: Period, start: number, n: number): number {
  switch (period) {
    case 'hourly':
      return start + n * HOUR_MS;
    case 'daily':
      return start + n * DAY_MS;
    case 'monthly':
    case 'quarterly': {
      const p = localParts(start);
      return monthStart(p.year, p.month + n * (period === 'monthly' ? 1 : 3));
    }
  }
}

export function nextPeriod(period: Period, start: number): number {
  return addPeriods(period, start, 1);
}

export function prevPeriod(period: Period, start: number): number {
  return addPeriods(period, start, -1);
}

/** The first period start at or after `ms`. */
export function ceilPeriod(period: Period, ms: number): number {
  const f = floorPeriod(period, ms);
  return f === ms ? f : nextPeriod(period, f);
}

/** A running index of periods (consecutive periods differ by 1), for hashing and blocks. */
export function periodIndex(period: Period, start: number): number {
  switch (period) {
    case 'hourly':
      return Math.floor(start / HOUR_MS);
    case 'daily':
      return Math.floor((start + VN_OFFSET_MS) / DAY_MS);
    case 'monthly':
    case 'quarterly': {
      const p = localParts(start);
      const months = p.year * 12 + p.month;
      return period === 'monthly' ? months : Math.floor(months / 3);
    }
  }
}

/** Starts of the periods that begin at or after `fromMs` and have ended by `nowMs`. */
export function completedPeriods(period: Period, fromMs: number, nowMs: number): number[] {
  const starts: number[] = [];
  for (let p = ceilPeriod(period, fromMs); nextPeriod(period, p) <= nowMs; p = nextPeriod(period, p)) starts.push(p);
  return starts;
}

/** Where a pull starts when the client does not say: 14 days, 400 days, 37 months or 13 quarters back. */
export function defaultFrom(period: Period, nowMs: number): number {
  const current = floorPeriod(period, nowMs);
  const back = { hourly: 14 * 24, daily: 400, monthly: 37, quarterly: 13 }[period];
  return addPeriods(period, current, -back);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** ISO 8601 in Vietnam time, e.g. `2026-12-03T00:00:00+07:00` (milliseconds only when not zero). */
export function formatLocal(ms: number): string {
  const d = new Date(ms + VN_OFFSET_MS);
  const millis = d.getUTCMilliseconds();
  return (
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` +
    `${millis ? `.${pad(millis, 3)}` : ''}+07:00`
  );
}

const instantPattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Parses an ISO 8601 date or date-time. Without an offset it is read as Vietnam time. A space before the
 * offset is taken as a `+` that was not URL-encoded. Returns null when the text is not a valid instant.
 */
export function parseInstant(text: string): number | null {
  const m = instantPattern.exec(text.trim().replace(/(:\d{2}(?:\.\d+)?) (\d{2}:?\d{2})$/, '$1+$2'));
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0', zone] = m;
  const year = Number(y);
  const month = Number(mo) - 1;
  const day = Number(d);
  const fields = [Number(h), Number(mi), Number(s)] as const;
  if (month > 11 || day < 1 || fields[0] > 23 || fields[1] > 59 || fields[2] > 59) return null;
  const local = Date.UTC(year, month, day, ...fields, Math.floor(Number(`0.${frac}`) * 1000));
  if (new Date(local).getUTCDate() !== day) return null;
  let offset = VN_OFFSET_MS;
  if (zone === 'Z') offset = 0;
  else if (zone) {
    const digits = zone.replace(':', '');
    const sign = digits.startsWith('-') ? -1 : 1;
    offset = sign * (Number(digits.slice(1, 3)) * HOUR_MS + Number(digits.slice(3, 5)) * 60_000);
  }
  return local - offset;
}
