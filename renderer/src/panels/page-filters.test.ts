import { describe, expect, it } from 'vitest';
import { applyDrill, carriedQuery, dayStart, filtersToQuery, kpiWindow, parseFilters, previousWindow, rangeOf, scopeOf } from './page-filters.js';

const now = Date.parse('2026-12-04T06:30:00+07:00');
const iso = (ms: number) => new Date(ms).toISOString();

describe('parseFilters and filtersToQuery', () => {
  it('defaults to the last 30 days, the whole province', () => {
    expect(parseFilters({})).toEqual({ filters: { period: '30d' }, problems: [] });
    expect(filtersToQuery({ period: '30d' })).toEqual({});
  });

  it('round-trips every field', () => {
    const query = { period: 'custom', from: '2026-11-01', to: '2026-11-30', commune: '24121' };
    const { filters, problems } = parseFilters(query);
    expect(problems).toEqual([]);
    expect(filters).toEqual({ period: 'custom', from: '2026-11-01', to: '2026-11-30', commune: '24121' });
    expect(filtersToQuery(filters)).toEqual(query);
    expect(filtersToQuery(parseFilters({ period: '7d', agency: 'so-y-te' }).filters)).toEqual({ period: '7d', agency: 'so-y-te' });
  });

  it('falls back, saying why, on a bad period, bad or reversed dates, and both a commune and an agency', () => {
    expect(parseFilters({ period: 'fortnight' })).toEqual({ filters: { period: '30d' }, problems: ['bad-period'] });
    expect(parseFilters({ period: 'custom', from: '2026-02-30', to: '2026-03-01' }).problems).toEqual(['bad-dates']);
    expect(parseFilters({ period: 'custom', from: '2026-03-02', to: '2026-03-01' }).filters.period).toBe('30d');
    expect(parseFilters({ commune: '24121', agency: 'so-y-te' })).toEqual({ filters: { period: '30d', commune: '24121' }, problems: ['both-scopes'] });
    expect(parseFilters({ commune: '<script>' }).filters).toEqual({ period: '30d' });
    expect(parseFilters({ period: ['7d', 'today'] }).filters.period).toBe('7d');
  });

  it('reads calendar days in Vietnam time', () => {
    expect(iso(dayStart('2026-12-04')!)).toBe('2026-12-03T17:00:00.000Z');
    expect(dayStart('2026-13-01')).toBeNull();
    expect(dayStart('4/12/2026')).toBeNull();
  });
});

describe('rangeOf', () => {
  it('turns presets into calendar ranges up to now', () => {
    expect(iso(rangeOf({ period: 'today' }, now).fromMs)).toBe('2026-12-03T17:00:00.000Z');
    expect(iso(rangeOf({ period: '7d' }, now).fromMs)).toBe('2026-11-27T17:00:00.000Z');
    expect(iso(rangeOf({ period: '30d' }, now).fromMs)).toBe('2026-11-04T17:00:00.000Z');
    expect(iso(rangeOf({ period: 'quarter' }, now).fromMs)).toBe('2026-09-30T17:00:00.000Z');
    expect(iso(rangeOf({ period: 'year' }, now).fromMs)).toBe('2025-12-31T17:00:00.000Z');
    expect(rangeOf({ period: 'year' }, now).toMs).toBe(now);
  });

  it('includes both custom days', () => {
    const r = rangeOf({ period: 'custom', from: '2026-11-01', to: '2026-11-30' }, now);
    expect([iso(r.fromMs), iso(r.toMs)]).toEqual(['2026-10-31T17:00:00.000Z', '2026-11-30T17:00:00.000Z']);
  });
});

describe('kpiWindow and previousWindow', () => {
  it('covers the range at the KPI’s granularity', () => {
    const w = kpiWindow(rangeOf({ period: '30d' }, now), 'daily');
    expect(w).toMatchObject({ from: '2026-11-05T00:00:00+07:00', to: '2026-12-05T00:00:00+07:00', periods: 30, extended: false });
    const h = kpiWindow(rangeOf({ period: '7d' }, now), 'hourly');
    expect(h).toMatchObject({ to: '2026-12-04T07:00:00+07:00', periods: 6 * 24 + 7 });
    // The window stays the same while its last period lasts (no refetch on every clock tick).
    expect(kpiWindow(rangeOf({ period: '30d' }, now + 3 * 3600_000), 'daily')).toEqual(w);
  });

  it('reaches further back when the range is too short for the KPI’s period', () => {
    const today = kpiWindow(rangeOf({ period: 'today' }, now), 'daily');
    expect(today).toMatchObject({ from: '2026-11-28T00:00:00+07:00', to: '2026-12-05T00:00:00+07:00', periods: 7, extended: true });
    const monthly = kpiWindow(rangeOf({ period: '30d' }, now), 'monthly');
    expect(monthly).toMatchObject({ from: '2026-07-01T00:00:00+07:00', to: '2027-01-01T00:00:00+07:00', periods: 6, extended: true });
    expect(kpiWindow(rangeOf({ period: 'year' }, now), 'quarterly')).toMatchObject({ from: '2026-01-01T00:00:00+07:00', periods: 4, extended: false });
  });

  it('compares with the same number of periods just before', () => {
    const w = kpiWindow(rangeOf({ period: '7d' }, now), 'daily');
    expect(previousWindow(w, 'daily')).toMatchObject({ from: '2026-11-21T00:00:00+07:00', to: '2026-11-28T00:00:00+07:00', periods: 7 });
    expect(w).toMatchObject({ from: '2026-11-28T00:00:00+07:00', to: '2026-12-05T00:00:00+07:00' });
    const m = kpiWindow(rangeOf({ period: 'custom', from: '2026-01-01', to: '2026-06-30' }, now), 'monthly');
    expect(previousWindow(m, 'monthly')).toMatchObject({ from: '2025-07-01T00:00:00+07:00', to: '2026-01-01T00:00:00+07:00' });
  });
});

describe('scopes and drill-downs', () => {
  const communeKpi = { breakdowns: ['commune', 'category'] };
  const agencyKpi = { breakdowns: ['agency'] };

  it('scopes a KPI to the filtered commune or agency, or falls back to the province and says so', () => {
    expect(scopeOf(communeKpi, { period: '30d', commune: '24121' })).toEqual({ dim: 'commune', member: '24121' });
    expect(scopeOf(agencyKpi, { period: '30d', commune: '24121' })).toEqual({ dim: 'total', member: '', fallback: 'commune' });
    expect(scopeOf(agencyKpi, { period: '30d', agency: 'so-y-te' })).toEqual({ dim: 'agency', member: 'so-y-te' });
    expect(scopeOf(communeKpi, { period: '30d' })).toEqual({ dim: 'total', member: '' });
  });

  it('narrows to a clicked commune (dropping an agency) or to a clicked period', () => {
    expect(applyDrill({ period: '7d', agency: 'x' }, { kind: 'member', dim: 'commune', member: '24121' })).toEqual({ period: '7d', commune: '24121' });
    expect(applyDrill({ period: '30d' }, { kind: 'period', periodStart: '2026-11-20T00:00:00+07:00', period: 'daily' })).toEqual({
      period: 'custom',
      from: '2026-11-20',
      to: '2026-11-20',
    });
    expect(applyDrill({ period: 'year', commune: 'c' }, { kind: 'period', periodStart: '2026-02-01T00:00:00+07:00', period: 'monthly' })).toEqual({
      period: 'custom',
      from: '2026-02-01',
      to: '2026-02-28',
      commune: 'c',
    });
    expect(applyDrill({ period: '7d' }, { kind: 'period', periodStart: '2026-12-03T14:00:00+07:00', period: 'hourly' })).toMatchObject({ from: '2026-12-03', to: '2026-12-03' });
  });

  it('carries the period and the commune to another domain, not the agency', () => {
    expect(carriedQuery({ period: 'custom', from: '2026-11-01', to: '2026-11-30', commune: '24121', focus: 'x' })).toEqual({ period: 'custom', from: '2026-11-01', to: '2026-11-30', commune: '24121' });
    expect(carriedQuery({ period: '7d', agency: 'so-y-te' })).toEqual({ period: '7d' });
    expect(carriedQuery({})).toEqual({});
  });
});
