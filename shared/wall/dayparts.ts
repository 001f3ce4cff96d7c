// Weekly time windows in Asia/Ho_Chi_Minh (fixed +07:00, no daylight saving): which daypart is on now,
// whether it is quiet hours, and when the next boundary comes. Pure functions of epoch milliseconds.
import { DAY_MS, VN_OFFSET_MS } from '../model/period-math.js';
import { WEEKDAYS, type TimeWindow, type Weekday } from './schema.js';

const MINUTE_MS = 60_000;

function minutesOf(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return h! * 60 + m!;
}

/** Start of the Vietnamese calendar day containing `ms`. */
export function vnDayStart(ms: number): number {
  return Math.floor((ms + VN_OFFSET_MS) / DAY_MS) * DAY_MS - VN_OFFSET_MS;
}

/** Weekday of the Vietnamese calendar day containing `ms`. */
export function vnWeekday(ms: number): Weekday {
  // 1970-01-01 (day 0) was a Thursday, index 3 in WEEKDAYS (Monday first).
  const day = Math.floor((ms + VN_OFFSET_MS) / DAY_MS);
  return WEEKDAYS[(((day + 3) % 7) + 7) % 7]!;
}

/** The occurrences [start, end) of a window that begin on the day starting at `dayStart`, if it is one of its days. */
function occurrenceOn(window: TimeWindow, dayStart: number): [number, number] | null {
  if (!window.days.includes(vnWeekday(dayStart))) return null;
  const from = minutesOf(window.from);
  let to = minutesOf(window.to);
  if (to <= from) to += 24 * 60;
  return [dayStart + from * MINUTE_MS, dayStart + to * MINUTE_MS];
}

export function windowContains(window: TimeWindow, ms: number): boolean {
  const today = vnDayStart(ms);
  // A window that runs past midnight may have started yesterday.
  for (const dayStart of [today, today - DAY_MS]) {
    const occ = occurrenceOn(window, dayStart);
    if (occ && ms >= occ[0] && ms < occ[1]) return true;
  }
  return false;
}

/** The first window (in list order) that contains `ms`. */
export function activeWindow<W extends TimeWindow>(windows: readonly W[], ms: number): W | undefined {
  return windows.find((w) => windowContains(w, ms));
}

export function inAnyWindow(windows: readonly TimeWindow[], ms: number): boolean {
  return activeWindow(windows, ms) !== undefined;
}

/** The next instant after `ms` at which some window starts or ends, within the coming week; null when none. */
export function nextWindowBoundary(windows: readonly TimeWindow[], ms: number): number | null {
  let next: number | null = null;
  const today = vnDayStart(ms);
  for (const window of windows) {
    for (let d = -1; d <= 8; d += 1) {
      const occ = occurrenceOn(window, today + d * DAY_MS);
      if (!occ) continue;
      for (const edge of occ) if (edge > ms && (next === null || edge < next)) next = edge;
    }
  }
  return next;
}
