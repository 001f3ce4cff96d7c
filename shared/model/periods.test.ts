import { describe, expect, it } from 'vitest';
import { addPeriods, periodFloor, toVnIso } from './periods.js';

describe('periods in Asia/Ho_Chi_Minh', () => {
  const instant = new Date('2026-12-31T18:30:00Z'); // 01:30 on 1 January 2027 in Vietnam

  it('formats with the +07:00 offset', () => {
    expect(toVnIso(instant)).toBe('2027-01-01T01:30:00+07:00');
  });

  it('floors to the Vietnamese day, month and quarter, not the UTC one', () => {
    expect(toVnIso(periodFloor(instant, 'hourly'))).toBe('2027-01-01T01:00:00+07:00');
    expect(toVnIso(periodFloor(instant, 'daily'))).toBe('2027-01-01T00:00:00+07:00');
    expect(toVnIso(periodFloor(instant, 'monthly'))).toBe('2027-01-01T00:00:00+07:00');
    expect(toVnIso(periodFloor(new Date('2026-08-15T00:00:00Z'), 'quarterly'))).toBe('2026-07-01T00:00:00+07:00');
  });

  it('steps across month and year ends', () => {
    const jan = periodFloor(instant, 'monthly');
    expect(toVnIso(addPeriods(jan, 'monthly', -1))).toBe('2026-12-01T00:00:00+07:00');
    expect(toVnIso(addPeriods(jan, 'quarterly', -2))).toBe('2026-07-01T00:00:00+07:00');
    expect(toVnIso(addPeriods(periodFloor(instant, 'daily'), 'daily', -1))).toBe('2026-12-31T00:00:00+07:00');
    expect(toVnIso(addPeriods(periodFloor(instant, 'hourly'), 'hourly', -2))).toBe('2026-12-31T23:00:00+07:00');
  });
});
