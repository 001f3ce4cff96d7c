import { describe, expect, it } from 'vitest';
import { parseInstant } from '../../../shared/model/period-math.js';
import { coverageOf, duePeriods, resolveWindow } from './coverage.js';

const now = parseInstant('2026-12-03T10:30:00+07:00')!;
const noExtra = { rejected: 0, span: { earliest: null, latest: null } };

describe('resolveWindow', () => {
  it('defaults to the last periods up to and including the current one', () => {
    expect(resolveWindow({ period: 'daily' }, now)).toMatchObject({ from: '2026-11-04T00:00:00+07:00', to: '2026-12-04T00:00:00+07:00' });
    expect(resolveWindow({ period: 'monthly' }, now)).toMatchObject({ from: '2025-01-01T00:00:00+07:00', to: '2027-01-01T00:00:00+07:00' });
  });

  it('starts at the period that contains `from` and keeps `to` exclusive', () => {
    const w = resolveWindow({ period: 'monthly' }, now, '2026-03-15T12:00:00+07:00', '2026-07-01T00:00:00+07:00');
    expect(w).toMatchObject({ from: '2026-03-01T00:00:00+07:00', to: '2026-07-01T00:00:00+07:00' });
    expect(resolveWindow({ period: 'hourly' }, now, '2026-12-03T01:59:00Z').from).toBe('2026-12-03T08:00:00+07:00');
  });

  it('caps a window at its longest allowed length', () => {
    const w = resolveWindow({ period: 'hourly' }, now, '2000-01-01T00:00:00+07:00');
    expect(w.toMs - w.fromMs).toBeLessThanOrEqual(732 * 24 * 3600_000);
  });
});

describe('due periods and coverage', () => {
  it('expects only periods old enough to be published', () => {
    const w = resolveWindow({ period: 'daily' }, now, '2026-11-28T00:00:00+07:00');
    // 03/12 is still open, 02/12 may still be in publication (allowance 2 days 6 hours from its start).
    expect(duePeriods('daily', w, now)).toEqual([
      '2026-11-28T00:00:00+07:00',
      '2026-11-29T00:00:00+07:00',
      '2026-11-30T00:00:00+07:00',
      '2026-12-01T00:00:00+07:00',
    ]);
  });

  it('counts the due periods present, ignoring early ones, and passes rejects and span through', () => {
    const w = resolveWindow({ period: 'daily' }, now, '2026-11-28T00:00:00+07:00');
    const c = coverageOf({ period: 'daily' }, w, ['2026-11-28T00:00:00+07:00', '2026-11-30T00:00:00+07:00', '2026-12-02T00:00:00+07:00'], now, {
      rejected: 4,
      span: { earliest: '2026-11-01T00:00:00+07:00', latest: '2026-12-02T00:00:00+07:00' },
    });
    expect(c).toMatchObject({ expected: 4, present: 2, rejected: 4, earliest: '2026-11-01T00:00:00+07:00' });
    expect(coverageOf({ period: 'daily' }, w, [], now, noExtra)).toMatchObject({ expected: 4, present: 0 });
  });
});
