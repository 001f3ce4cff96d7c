// Working days in Vietnam: Monday to Friday, minus the statutory holidays, with the adjustment table applied
// last (it can make a weekday off or a Saturday a working day). Deadlines are counted in working days from the
// day after the start, and fall at the end (23:59:59, Vietnam time) of the last one.
import type { CalendarAdjustment } from './calendar-adjustments.js';
import { statutoryHolidays, type Holiday } from './holidays.js';
import { addDays, dayNumber, endOfDay, localDateOf, startOfDay, weekday, type LocalDate } from './local-date.js';

export interface DayInfo {
  date: LocalDate;
  working: boolean;
  /** Why a weekday is off or a weekend day is worked; null for an ordinary day. */
  reason: { kind: 'holiday'; holiday: Holiday } | { kind: 'adjustment'; adjustment: CalendarAdjustment } | { kind: 'weekend' } | null;
}

/** A deadline further than this is a data error, not a long handling time. */
const MAX_WORKING_DAYS = 400;

export class WorkingCalendar {
  private readonly adjustments = new Map<LocalDate, CalendarAdjustment>();
  private readonly holidaysByYear = new Map<number, Map<LocalDate, Holiday>>();

  constructor(adjustments: readonly CalendarAdjustment[]) {
    for (const a of adjustments) this.adjustments.set(a.date, a);
  }

  private holiday(date: LocalDate): Holiday | undefined {
    const year = Number(date.slice(0, 4));
    let map = this.holidaysByYear.get(year);
    if (!map) {
      map = new Map(statutoryHolidays(year).map((h) => [h.date, h]));
      this.holidaysByYear.set(year, map);
    }
    return map.get(date);
  }

  day(date: LocalDate): DayInfo {
    const adjustment = this.adjustments.get(date);
    if (adjustment) return { date, working: adjustment.kind === 'working-day', reason: { kind: 'adjustment', adjustment } };
    const holiday = this.holiday(date);
    if (holiday) return { date, working: false, reason: { kind: 'holiday', holiday } };
    const wd = weekday(date);
    if (wd === 0 || wd === 6) return { date, working: false, reason: { kind: 'weekend' } };
    return { date, working: true, reason: null };
  }

  isWorkingDay(date: LocalDate): boolean {
    return this.day(date).working;
  }

  /** The date of the n-th working day after `date` (n ≥ 1); n = 0 gives `date` itself. */
  addWorkingDays(date: LocalDate, n: number): LocalDate {
    if (!Number.isInteger(n) || n < 0 || n > MAX_WORKING_DAYS) throw new RangeError(`working days must be an integer from 0 to ${MAX_WORKING_DAYS}, got ${n}`);
    let d = date;
    for (let counted = 0; counted < n; ) {
      d = addDays(d, 1);
      if (this.isWorkingDay(d)) counted++;
    }
    return d;
  }

  /** The due moment of something started at `startIso` with `workingDays` to handle it. */
  dueAt(startIso: string, workingDays: number): string {
    return endOfDay(this.addWorkingDays(localDateOf(startIso), workingDays));
  }

  /** When the reminder before a deadline is due: the start of the working day `daysBefore - 1` before the due day. */
  reminderAt(dueIso: string, daysBefore: number): string {
    let d = localDateOf(dueIso);
    for (let back = 1; back < daysBefore; ) {
      d = addDays(d, -1);
      if (this.isWorkingDay(d)) back++;
    }
    return startOfDay(d);
  }

  /** Whole working days that have ended since the deadline (0 while the due day has not ended). */
  workingDaysPast(dueIso: string, nowIso: string): number {
    const due = localDateOf(dueIso);
    const today = localDateOf(nowIso);
    let count = 0;
    for (let n = dayNumber(due) + 1; n < dayNumber(today); n++) if (this.isWorkingDay(addDays(due, n - dayNumber(due)))) count++;
    return count;
  }

  /** Every day of `year` that is not an ordinary working or weekend day, with the reason. */
  specialDays(year: number): DayInfo[] {
    const out: DayInfo[] = [];
    for (let d = `${year}-01-01`; d.startsWith(String(year)); d = addDays(d, 1)) {
      const info = this.day(d);
      if (info.reason && info.reason.kind !== 'weekend') out.push(info);
    }
    return out;
  }
}
