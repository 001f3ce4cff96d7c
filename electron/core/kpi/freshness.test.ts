import { describe, expect, it } from 'vitest';
import { freshnessOf } from './freshness.js';

describe('freshnessOf', () => {
  const now = new Date('2026-12-03T12:00:00+07:00');

  it('is missing without data', () => {
    expect(freshnessOf(null, 'daily', now)).toBe('missing');
  });

  it('keeps an hourly figure fresh for a few hours only', () => {
    expect(freshnessOf('2026-12-03T10:05:00+07:00', 'hourly', now)).toBe('fresh');
    expect(freshnessOf('2026-12-03T08:30:00+07:00', 'hourly', now)).toBe('stale');
  });

  it('allows a monthly figure to be weeks old', () => {
    expect(freshnessOf('2026-11-03T09:00:00+07:00', 'monthly', now)).toBe('fresh');
    expect(freshnessOf('2026-09-20T09:00:00+07:00', 'monthly', now)).toBe('stale');
  });
});
