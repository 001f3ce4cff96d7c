import { describe, expect, it } from 'vitest';
import { activeWindow, inAnyWindow, nextWindowBoundary, vnDayStart, vnWeekday, windowContains } from './dayparts.js';
import type { TimeWindow } from './schema.js';

const at = (local: string) => Date.parse(`${local}+07:00`);
const office: TimeWindow = { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '07:00', to: '17:30' };
const night: TimeWindow = { days: ['fri'], from: '22:00', to: '06:00' };

describe('Vietnam calendar days', () => {
  it('starts days at local midnight and names weekdays in Asia/Ho_Chi_Minh', () => {
    // 2026-03-02 is a Monday; 23:30 UTC on Sunday is already Monday 06:30 in Vietnam.
    expect(vnWeekday(at('2026-03-02T00:00:00'))).toBe('mon');
    expect(vnWeekday(Date.parse('2026-03-01T23:30:00Z'))).toBe('mon');
    expect(vnWeekday(at('2026-03-01T23:59:59'))).toBe('sun');
    expect(vnDayStart(at('2026-03-02T13:45:00'))).toBe(at('2026-03-02T00:00:00'));
  });
});

describe('windowContains', () => {
  it('holds from the start minute up to, not including, the end minute on the listed days', () => {
    expect(windowContains(office, at('2026-03-02T07:00:00'))).toBe(true);
    expect(windowContains(office, at('2026-03-02T17:29:59'))).toBe(true);
    expect(windowContains(office, at('2026-03-02T17:30:00'))).toBe(false);
    expect(windowContains(office, at('2026-03-02T06:59:59'))).toBe(false);
    expect(windowContains(office, at('2026-03-07T10:00:00'))).toBe(false); // Saturday
  });

  it('runs past midnight from the day it starts', () => {
    expect(windowContains(night, at('2026-03-06T23:00:00'))).toBe(true); // Friday night
    expect(windowContains(night, at('2026-03-07T05:59:00'))).toBe(true); // Saturday early morning
    expect(windowContains(night, at('2026-03-07T06:00:00'))).toBe(false);
    expect(windowContains(night, at('2026-03-06T05:00:00'))).toBe(false); // Friday early morning: Thursday's night is not listed
  });

  it('accepts 24:00 as the end of a day', () => {
    const evening: TimeWindow = { days: ['sun'], from: '18:00', to: '24:00' };
    expect(windowContains(evening, at('2026-03-01T23:59:00'))).toBe(true);
    expect(windowContains(evening, at('2026-03-02T00:00:00'))).toBe(false);
  });
});

describe('activeWindow and boundaries', () => {
  it('picks the first window that contains the time', () => {
    const lunch = { ...office, from: '11:30', to: '13:30', id: 'lunch' };
    const day = { ...office, id: 'day' };
    expect(activeWindow([lunch, day], at('2026-03-02T12:00:00'))?.id).toBe('lunch');
    expect(activeWindow([day, lunch], at('2026-03-02T12:00:00'))?.id).toBe('day');
    expect(activeWindow([day], at('2026-03-01T12:00:00'))).toBeUndefined();
    expect(inAnyWindow([night], at('2026-03-07T01:00:00'))).toBe(true);
  });

  it('finds the next start or end, also across days and weekends', () => {
    expect(nextWindowBoundary([office], at('2026-03-02T08:00:00'))).toBe(at('2026-03-02T17:30:00'));
    expect(nextWindowBoundary([office], at('2026-03-02T17:30:00'))).toBe(at('2026-03-03T07:00:00'));
    expect(nextWindowBoundary([office], at('2026-03-06T18:00:00'))).toBe(at('2026-03-09T07:00:00')); // Friday → Monday
    expect(nextWindowBoundary([night], at('2026-03-07T01:00:00'))).toBe(at('2026-03-07T06:00:00'));
    expect(nextWindowBoundary([], at('2026-03-07T01:00:00'))).toBeNull();
  });
});
