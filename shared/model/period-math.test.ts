import { describe, it, expect } from 'vitest';
import {
  addPeriods,
  ceilPeriod,
  completedPeriods,
  defaultFrom,
  floorPeriod,
  formatLocal,
  localParts,
  nextPeriod,
  parseInstant,
  periodIndex,
  prevPeriod,
} from './period-math.js';

const at = (iso: string) => new Date(iso).getTime();

describe('periods (Asia/Ho_Chi_Minh, +07:00)', () => {
  const t = at('2026-12-03T10:30:15+07:00');

  it('floors to the period start in Vietnam time', () => {
    expect(formatLocal(floorPeriod('hourly', t))).toBe('2026-12-03T10:00:00+07:00');
    expect(formatLocal(floorPeriod('daily', t))).toBe('2026-12-03T00:00:00+07:00');
    expect(formatLocal(floorPeriod('monthly', t))).toBe('2026-12-01T00:00:00+07:00');
    expect(formatLocal(floorPeriod('quarterly', t))).toBe('2026-10-01T00:00:00+07:00');
    // 2026-12-02T20:00Z is already 3 December in Vietnam.
    expect(formatLocal(floorPeriod('daily', at('2026-12-02T20:00:00Z')))).toBe('2026-12-03T00:00:00+07:00');
  });

  it('steps across month and year boundaries', () => {
    const dec = floorPeriod('monthly', t);
    expect(formatLocal(nextPeriod('monthly', dec))).toBe('2027-01-01T00:00:00+07:00');
    expect(formatLocal(prevPeriod('monthly', at('2026-03-01T00:00:00+07:00')))).toBe('2026-02-01T00:00:00+07:00');
    expect(formatLocal(nextPeriod('quarterly', floorPeriod('quarterly', t)))).toBe('2027-01-01T00:00:00+07:00');
    expect(formatLocal(addPeriods('quarterly', floorPeriod('quarterly', t), -4))).toBe('2025-10-01T00:00:00+07:00');
    expect(formatLocal(nextPeriod('daily', at('2026-12-31T00:00:00+07:00')))).toBe('2027-01-01T00:00:00+07:00');
  });

  it('numbers consecutive periods consecutively', () => {
    for (const period of ['hourly', 'daily', 'monthly', 'quarterly'] as const) {
      const p = floorPeriod(period, t);
      expect(periodIndex(period, nextPeriod(period, p))).toBe(periodIndex(period, p) + 1);
    }
  });

  it('ceils to the next period start unless already on one', () => {
    const d = at('2026-12-03T00:00:00+07:00');
    expect(ceilPeriod('daily', d)).toBe(d);
    expect(formatLocal(ceilPeriod('daily', d + 1))).toBe('2026-12-04T00:00:00+07:00');
  });

  it('lists only completed periods from `from`', () => {
    const list = completedPeriods('daily', at('2026-11-30T12:00:00+07:00'), t).map(formatLocal);
    expect(list).toEqual(['2026-12-01T00:00:00+07:00', '2026-12-02T00:00:00+07:00']);
    expect(completedPeriods('hourly', at('2026-12-03T09:00:00+07:00'), t).map(formatLocal)).toEqual(['2026-12-03T09:00:00+07:00']);
    expect(completedPeriods('monthly', t, t)).toEqual([]);
  });

  it('has default history windows by period', () => {
    expect(formatLocal(defaultFrom('hourly', t))).toBe('2026-11-19T10:00:00+07:00');
    expect(formatLocal(defaultFrom('monthly', t))).toBe('2023-11-01T00:00:00+07:00');
    expect(formatLocal(defaultFrom('quarterly', t))).toBe('2023-07-01T00:00:00+07:00');
    expect(completedPeriods('daily', defaultFrom('daily', t), t)).toHaveLength(400);
  });

  it('gives calendar fields in Vietnam time', () => {
    const p = localParts(at('2026-12-06T23:30:00+07:00'));
    expect(p).toMatchObject({ year: 2026, month: 11, day: 6, hour: 23, weekday: 0 });
    expect(localParts(at('2026-01-01T00:00:00+07:00')).dayOfYear).toBe(0);
  });

  it('parses ISO dates and date-times, defaulting to +07:00', () => {
    expect(parseInstant('2026-12-03T10:30:15+07:00')).toBe(t);
    expect(parseInstant('2026-12-03T03:30:15Z')).toBe(t);
    expect(parseInstant('2026-12-03T03:30:15.000Z')).toBe(t);
    expect(parseInstant('2026-12-03T10:30:15')).toBe(t);
    expect(parseInstant('2026-12-03T10:30:15 07:00')).toBe(t); // "+" decoded as a space
    expect(parseInstant('2026-12-03T04:30:15+0100')).toBe(t);
    expect(parseInstant('2026-12-03')).toBe(at('2026-12-03T00:00:00+07:00'));
    for (const bad of ['', 'yesterday', '2026-02-30', '2026-13-01', '2026-12-03T25:00:00Z', '1764732615000']) {
      expect(parseInstant(bad)).toBeNull();
    }
  });

  it('formats with the +07:00 offset and milliseconds only when present', () => {
    expect(formatLocal(at('2026-12-02T17:00:00Z'))).toBe('2026-12-03T00:00:00+07:00');
    expect(formatLocal(at('2026-12-02T17:00:00.250Z'))).toBe('2026-12-03T00:00:00.250+07:00');
  });
});
