import { describe, expect, it } from 'vitest';
import { DEFAULT_ADJUSTMENTS } from './calendar-adjustments.js';
import { hungKingsDate, statutoryHolidays, tetDate } from './holidays.js';
import { weekday } from './local-date.js';
import { WorkingCalendar } from './working-calendar.js';

const plain = new WorkingCalendar([]);
const vn = new WorkingCalendar(DEFAULT_ADJUSTMENTS);

describe('statutory holidays', () => {
  it('puts Tết and Giỗ Tổ on their lunar dates', () => {
    expect(tetDate(2026)).toBe('2026-02-17');
    expect(hungKingsDate(2026)).toBe('2026-04-26');
    const tet2026 = statutoryHolidays(2026).filter((h) => h.kind === 'tet').map((h) => h.date);
    // 29 tháng Chạp (the last day of Ất Tỵ) to mùng 4 Tết Bính Ngọ.
    expect(tet2026).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']);
    expect(statutoryHolidays(2025).filter((h) => h.kind === 'tet').map((h) => h.date)).toEqual([
      '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01',
    ]);
  });

  it('has eleven days a year', () => {
    for (const year of [2024, 2025, 2026, 2027]) expect(statutoryHolidays(year)).toHaveLength(11);
  });
});

describe('working days', () => {
  it('skips weekends', () => {
    expect(weekday('2026-12-04')).toBe(5); // Friday
    expect(plain.isWorkingDay('2026-12-05')).toBe(false);
    expect(plain.isWorkingDay('2026-12-06')).toBe(false);
    expect(plain.addWorkingDays('2026-12-04', 1)).toBe('2026-12-07');
    expect(plain.addWorkingDays('2026-12-04', 5)).toBe('2026-12-11');
    expect(plain.addWorkingDays('2026-12-04', 0)).toBe('2026-12-04');
  });

  it('skips the holidays, Giỗ Tổ included', () => {
    expect(plain.isWorkingDay('2025-04-07')).toBe(false); // Giỗ Tổ 2025, a Monday
    expect(plain.addWorkingDays('2025-04-04', 1)).toBe('2025-04-08');
    expect(plain.isWorkingDay('2026-09-02')).toBe(false);
    expect(plain.isWorkingDay('2026-09-01')).toBe(false);
  });

  it('applies the compensatory-day table: days off and Saturdays worked', () => {
    expect(plain.isWorkingDay('2025-01-27')).toBe(true);
    expect(vn.isWorkingDay('2025-01-27')).toBe(false);
    expect(plain.isWorkingDay('2025-02-08')).toBe(false);
    expect(vn.isWorkingDay('2025-02-08')).toBe(true);
    expect(vn.isWorkingDay('2026-04-27')).toBe(false); // nghỉ bù Giỗ Tổ 2026
    expect(vn.day('2026-04-27').reason).toMatchObject({ kind: 'adjustment' });
    expect(vn.day('2026-04-26').reason).toMatchObject({ kind: 'holiday', holiday: { kind: 'hung-kings' } });
    // A table entry wins over a holiday rule, e.g. moving the National Day adjacent day to 3/9.
    const moved = new WorkingCalendar([
      { date: '2026-09-01', kind: 'working-day', note: 'ngày liền kề là 3/9' },
      { date: '2026-09-03', kind: 'day-off', note: 'ngày liền kề Quốc khánh' },
    ]);
    expect(moved.isWorkingDay('2026-09-01')).toBe(true);
    expect(moved.isWorkingDay('2026-09-03')).toBe(false);
  });

  it('lists the special days of a year', () => {
    const days = vn.specialDays(2025);
    expect(days.filter((d) => !d.working).map((d) => d.date)).toContain('2025-01-27');
    expect(days.filter((d) => d.working).map((d) => d.date)).toEqual(['2025-02-08', '2025-04-26']);
  });
});

describe('deadlines', () => {
  it('end at 23:59:59 Vietnam time of the n-th working day after the start day', () => {
    expect(plain.dueAt('2026-12-03T10:00:00+07:00', 3)).toBe('2026-12-08T23:59:59+07:00');
    // 23:30 UTC on Thursday is already Friday in Vietnam.
    expect(plain.dueAt('2026-12-03T23:30:00Z', 1)).toBe('2026-12-07T23:59:59+07:00');
  });

  it('cross Tết', () => {
    // Friday 13/02/2026: the weekend, Tết (16–20/02) and the next weekend are skipped.
    expect(vn.dueAt('2026-02-13T09:00:00+07:00', 3)).toBe('2026-02-25T23:59:59+07:00');
    // Tết Ất Tỵ 2025 with the swapped days: 27/01 off, Saturday 08/02 worked.
    expect(vn.dueAt('2025-01-24T15:00:00+07:00', 1)).toBe('2025-02-03T23:59:59+07:00');
    expect(vn.dueAt('2025-02-07T15:00:00+07:00', 1)).toBe('2025-02-08T23:59:59+07:00');
    expect(plain.dueAt('2025-02-07T15:00:00+07:00', 1)).toBe('2025-02-10T23:59:59+07:00');
  });

  it('places the reminder and counts working days past due', () => {
    expect(plain.reminderAt('2026-12-08T23:59:59+07:00', 1)).toBe('2026-12-08T00:00:00+07:00');
    expect(plain.reminderAt('2026-12-07T23:59:59+07:00', 2)).toBe('2026-12-04T00:00:00+07:00');
    expect(plain.workingDaysPast('2026-12-04T23:59:59+07:00', '2026-12-07T10:00:00+07:00')).toBe(0);
    expect(plain.workingDaysPast('2026-12-04T23:59:59+07:00', '2026-12-09T10:00:00+07:00')).toBe(2);
  });

  it('refuses absurd handling times', () => {
    expect(() => plain.addWorkingDays('2026-12-04', -1)).toThrow(RangeError);
    expect(() => plain.addWorkingDays('2026-12-04', 1.5)).toThrow(RangeError);
  });
});
