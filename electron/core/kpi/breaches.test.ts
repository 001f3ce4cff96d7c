import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../../shared/catalog/index.js';
import type { Database } from '../store/database.js';
import { BreachWatch, breachRun } from './breaches.js';
import { KpiQueries } from './kpi-queries.js';
import { storeRun, tempCache } from './test-cache.js';

const now = () => new Date('2026-12-03T10:30:00+07:00');
const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}T00:00:00+07:00`;
const hour = (h: number) => `2026-12-03T${String(h).padStart(2, '0')}:00:00+07:00`;
let db: Database;
let watch: BreachWatch;

beforeEach(async () => {
  db = await tempCache();
  const queries = new KpiQueries(db, defaultCatalog, 'LGSP', now);
  watch = new BreachWatch(db, defaultCatalog, (kpi) => queries.provenance(kpi), now);
});
afterEach(() => db.close());

describe('breachRun', () => {
  const aqi = defaultCatalog.domains.find((d) => d.key === 'environment')!.kpis.find((k) => k.id === 'environment.aqi')!;
  const newestFirst = (values: number[]) => values.map((value, i) => ({ period_start: hour(9 - i), value }));

  it('finds the most severe threshold of the latest value and how long the run of breaches lasts', () => {
    const run = breachRun(aqi, newestFirst([210, 160, 120, 80, 190]));
    expect(run).toMatchObject({ severity: 'critical', value: 210, periodStart: hour(9), since: hour(7) });
    expect(run!.threshold.label.vi).toBe('Rất xấu');
  });

  it('is null when the latest value is normal, and stops the run at a gap in the periods', () => {
    expect(breachRun(aqi, newestFirst([90, 200]))).toBeNull();
    expect(breachRun(aqi, [])).toBeNull();
    const gap = [{ period_start: hour(9), value: 120 }, { period_start: hour(7), value: 130 }];
    expect(breachRun(aqi, gap)?.since).toBe(hour(9));
  });
});

describe('BreachWatch', () => {
  it('lists the KPIs in breach from the cache, newest breach first, each with provenance', async () => {
    // Bed occupancy over 95 % for the last three days; vaccination below 80 % for a month; AQI bad for 2 hours.
    await storeRun(db, { kpiId: 'health.bed-occupancy', period: 'daily', first: day(26), values: [70, 80, 97, 98, 99] });
    await storeRun(db, { kpiId: 'health.vaccination-coverage', period: 'monthly', first: '2026-10-01T00:00:00+07:00', values: [79, 78] });
    await storeRun(db, { kpiId: 'environment.aqi', period: 'hourly', first: hour(6), values: [60, 70, 160, 170] });
    await storeRun(db, { kpiId: 'health.emergency-admissions', period: 'daily', first: day(26), values: [500, 510] });
    const { breaches, evaluatedAt } = await watch.evaluate();
    expect(evaluatedAt).toBe('2026-12-03T10:30:00+07:00');
    expect(breaches.map((b) => [b.kpiId, b.severity, b.since])).toEqual([
      ['environment.aqi', 'critical', hour(8)],
      ['health.bed-occupancy', 'critical', day(28)],
      ['health.vaccination-coverage', 'critical', '2026-10-01T00:00:00+07:00'],
    ]);
    expect(breaches[1]).toMatchObject({ domain: 'health', value: 99, periodStart: day(30), provenance: { agency: 'so-y-te' } });
  });

  it('sees new data once told the KPI changed, and not before', async () => {
    await storeRun(db, { kpiId: 'health.bed-occupancy', period: 'daily', first: day(29), values: [70, 71] });
    expect((await watch.evaluate()).breaches).toEqual([]);
    await storeRun(db, { kpiId: 'health.bed-occupancy', period: 'daily', first: '2026-12-01T00:00:00+07:00', values: [99], version: 2 });
    expect((await watch.evaluate()).breaches).toEqual([]);
    watch.invalidate(['health.bed-occupancy']);
    expect((await watch.evaluate()).breaches.map((b) => b.kpiId)).toEqual(['health.bed-occupancy']);
  });
});
