import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../../shared/catalog/index.js';
import type { Database } from '../store/database.js';
import { quarantine } from '../sync/quarantine-store.js';
import { KpiQueries } from './kpi-queries.js';
import { readAggregateByMember } from './kpi-reads.js';
import { storeRun, tempCache } from './test-cache.js';

const now = () => new Date('2026-12-03T10:30:00+07:00');
let db: Database;
let q: KpiQueries;

beforeEach(async () => {
  db = await tempCache();
  q = new KpiQueries(db, defaultCatalog, 'LGSP', now);
});
afterEach(() => db.close());

const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}T00:00:00+07:00`;

describe('kpi.series', () => {
  it('reads a window of province values with its coverage: due periods, those present, rejected records', async () => {
    await storeRun(db, { kpiId: 'health.bed-occupancy', period: 'daily', first: day(24), values: [70, 71, null, 73, 74, 75, 76, 77, 78] });
    const raw = (record: unknown) => JSON.stringify(record);
    await quarantine(db, 'provincial-api', 'health.bed-occupancy|total', [
      { raw: raw({ member: '', period_start: day(26), value: 'n/a' }), reason: 'value: expected number' },
      { raw: raw({ member: '', value: 3 }), reason: 'period_start: required' },
      { raw: raw({ member: '', period_start: day(2), value: null }), reason: 'value: expected number' },
    ], '2026-12-01T08:00:00+07:00');
    const s = await q.series({ kpiId: 'health.bed-occupancy', dim: 'total', member: '', from: day(24), to: '2026-12-04T00:00:00+07:00' });
    expect(s.points.map((p) => p.v)).toEqual([70, 71, 73, 74, 75, 76, 77, 78]);
    expect(s.points[0]).toEqual({ t: day(24), v: 70 });
    // 24/11 … 01/12 are due (8 periods), one of them missing; two rejects fall in the window or have no date.
    expect(s.coverage).toMatchObject({ expected: 8, present: 7, rejected: 2, earliest: day(24), latest: '2026-12-02T00:00:00+07:00' });
    expect(s.provenance).toMatchObject({ agency: 'so-y-te', source: 'LGSP', freshness: 'fresh', asOf: '2026-12-01T08:00:00+07:00' });
  });

  it('keeps the provenance it read until told the KPI has new observations', async () => {
    await storeRun(db, { kpiId: 'health.bed-occupancy', period: 'daily', first: day(28), values: [70] });
    const kpi = q.kpi('health.bed-occupancy');
    expect((await q.provenance(kpi)).asOf).toBe('2026-12-01T08:00:00+07:00');
    await storeRun(db, { kpiId: 'health.bed-occupancy', period: 'daily', first: day(29), values: [71], updatedAt: '2026-12-02T08:00:00+07:00' });
    expect((await q.provenance(kpi)).asOf).toBe('2026-12-01T08:00:00+07:00');
    q.invalidate(['health.bed-occupancy']);
    expect((await q.provenance(kpi)).asOf).toBe('2026-12-02T08:00:00+07:00');
  });

  it('reads one commune’s series, and refuses a dimension the KPI lacks or a member without a dimension', async () => {
    await storeRun(db, { kpiId: 'health.bed-occupancy', dim: 'commune', member: '24121', period: 'daily', first: day(28), values: [88, 91] });
    await storeRun(db, { kpiId: 'health.bed-occupancy', dim: 'commune', member: '24133', period: 'daily', first: day(28), values: [40, 41] });
    const s = await q.series({ kpiId: 'health.bed-occupancy', dim: 'commune', member: '24121', from: day(28) });
    expect(s.points.map((p) => p.v)).toEqual([88, 91]);
    await expect(q.series({ kpiId: 'health.bed-occupancy', dim: 'agency', member: 'so-y-te' })).rejects.toMatchObject({ code: 'invalid-params' });
    await expect(q.series({ kpiId: 'health.bed-occupancy', dim: 'commune', member: '' })).rejects.toMatchObject({ code: 'invalid-params' });
    await expect(q.series({ kpiId: 'health.nope', dim: 'total', member: '' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses a window that ends before it starts', async () => {
    await expect(q.series({ kpiId: 'health.bed-occupancy', dim: 'total', member: '', from: day(20), to: day(10) })).rejects.toMatchObject({
      code: 'invalid-params',
    });
  });
});

describe('kpi.breakdown', () => {
  async function communes(kpiId: string, a: number[], b: number[]) {
    await storeRun(db, { kpiId, dim: 'commune', member: '24121', period: 'daily', first: day(27), values: a });
    await storeRun(db, { kpiId, dim: 'commune', member: '24133', period: 'daily', first: day(27), values: b });
  }

  it('keeps its single-period form: the latest period unless asked', async () => {
    await communes('health.outpatient-visits', [100, 110, 120], [50, 60, 70]);
    const latest = await q.breakdown({ kpiId: 'health.outpatient-visits', dim: 'commune' });
    expect(latest).toMatchObject({ periodStart: day(29), periods: 1, from: null, coverage: null });
    expect(latest.items).toEqual([{ member: '24121', v: 120 }, { member: '24133', v: 70 }]);
    const first = await q.breakdown({ kpiId: 'health.outpatient-visits', dim: 'commune', periodStart: '2026-11-27T15:00:00+07:00' });
    expect(first.items.map((i) => i.v)).toEqual([100, 50]);
  });

  it('rolls a range up with the KPI’s aggregate: sums for counts, means for rates', async () => {
    await communes('health.outpatient-visits', [100, 110, 120], [50, 60, 70]);
    const sum = await q.breakdown({ kpiId: 'health.outpatient-visits', dim: 'commune', from: day(27), to: day(30) });
    expect(sum.items).toEqual([{ member: '24121', v: 330 }, { member: '24133', v: 180 }]);
    expect(sum).toMatchObject({ periods: 3, periodStart: day(29), from: day(27), to: day(30) });
    expect(sum.coverage).toMatchObject({ expected: 3, present: 3 });

    await communes('health.bed-occupancy', [80, 90, 100], [40, 50, 60]);
    const mean = await q.breakdown({ kpiId: 'health.bed-occupancy', dim: 'commune', from: day(27), to: day(30) });
    expect(mean.items).toEqual([{ member: '24121', v: 90 }, { member: '24133', v: 50 }]);
  });

  it('takes the maximum for worst-station KPIs and the latest value for cumulative ones', async () => {
    await storeRun(db, { kpiId: 'environment.rainfall', dim: 'commune', member: '24121', period: 'daily', first: day(27), values: [5, 120, 30] });
    expect((await q.breakdown({ kpiId: 'environment.rainfall', dim: 'commune', from: day(27), to: day(30) })).items).toEqual([{ member: '24121', v: 120 }]);
    // Disbursement is cumulative over the year ("last"): the latest month counts, not a sum of months.
    const kpi = { ...q.kpi('economy.public-investment-disbursement'), breakdowns: ['commune' as const] };
    const month = (m: number) => `2026-${String(m).padStart(2, '0')}-01T00:00:00+07:00`;
    await storeRun(db, { kpiId: kpi.id, dim: 'commune', member: 'x', period: 'monthly', first: month(8), values: [40, 55, 61] });
    await storeRun(db, { kpiId: kpi.id, dim: 'commune', member: 'y', period: 'monthly', first: month(8), values: [70, 72, null] });
    expect(await readAggregateByMember(db, kpi, 'commune', month(8), month(11))).toEqual([
      { member: 'y', value: 72 },
      { member: 'x', value: 61 },
    ]);
  });

  it('refuses a breakdown the KPI does not have', async () => {
    await expect(q.breakdown({ kpiId: 'health.outpatient-visits', dim: 'agency' })).rejects.toMatchObject({ code: 'invalid-params' });
  });
});

describe('kpi.matrix', () => {
  it('lays members × periods out with holes as null, for all members or some', async () => {
    const kpiId = 'health.notifiable-diseases';
    await storeRun(db, { kpiId, dim: 'category', member: 'dengue', period: 'daily', first: day(27), values: [5, null, 7] });
    await storeRun(db, { kpiId, dim: 'category', member: 'hfmd', period: 'daily', first: day(27), values: [1, 2, 3] });
    const m = await q.matrix({ kpiId, dim: 'category', from: day(27), to: day(30) });
    expect(m.periods).toEqual([day(27), day(28), day(29)]);
    expect(m.members).toEqual(['dengue', 'hfmd']);
    expect(m.values).toEqual([
      [5, null, 7],
      [1, 2, 3],
    ]);
    expect(m.coverage).toMatchObject({ expected: 3, present: 3 });
    const one = await q.matrix({ kpiId, dim: 'category', from: day(27), to: day(30), members: ['hfmd'] });
    expect(one.members).toEqual(['hfmd']);
  });
});

describe('kpi.latest', () => {
  it('gives the latest value and the previous one only when it is the period just before', async () => {
    await storeRun(db, { kpiId: 'health.bed-occupancy', period: 'daily', first: day(26), values: [60, null, 62, 63] });
    await storeRun(db, { kpiId: 'health.outpatient-visits', period: 'daily', first: day(26), values: [1000, null, 1200] });
    const [a, b, none] = await q.latest(['health.bed-occupancy', 'health.outpatient-visits', 'health.emergency-admissions']);
    expect(a).toMatchObject({ value: 63, previous: 62, periodStart: day(29) });
    expect(b).toMatchObject({ value: 1200, previous: null });
    expect(none).toMatchObject({ value: null, previous: null, periodStart: null, provenance: { freshness: 'missing' } });
  });
});
