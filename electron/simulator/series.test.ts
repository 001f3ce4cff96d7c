import { describe, it, expect, beforeAll } from 'vitest';
import { allKpis } from '../../shared/catalog/load.js';
import type { Kpi } from '../../shared/catalog/schema.js';
import { loadGeography, type Commune } from './geography.js';
import { addPeriods, floorPeriod, localParts } from '../../shared/model/period-math.js';
import { apportion, createSeriesEngine, type Dim, type SeriesEngine } from './series.js';
import { FIXED_NOW, fixtureCatalog } from './test-fixtures.js';

const catalog = fixtureCatalog();
const kpis = allKpis(catalog);
const NOW = FIXED_NOW.getTime();
let communes: Commune[];
let engine: SeriesEngine;

/** The last `n` period starts of a KPI before the fixed now. */
function recent(kpi: Kpi, n: number): number[] {
  const last = addPeriods(kpi.period, floorPeriod(kpi.period, NOW), -1);
  return Array.from({ length: n }, (_, i) => addPeriods(kpi.period, last, -i));
}

function crosses(kpi: Kpi, v: number): boolean {
  return kpi.thresholds.some((t) => ({ '>': v > t.value, '>=': v >= t.value, '<': v < t.value, '<=': v <= t.value })[t.op]);
}

beforeAll(async () => {
  communes = (await loadGeography()).communes;
  engine = createSeriesEngine(catalog, communes, 20250701);
});

describe('apportion', () => {
  it('splits integer totals into integer parts that add up exactly', () => {
    for (const total of [0, 1, 7, 101, 12345, -40]) {
      const parts = apportion(total, [3, 1, 0, 2.5, 0.01]);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
      expect(parts.every(Number.isInteger)).toBe(true);
      expect(parts[2]).toBe(0);
    }
    expect(apportion(10, [1, 1, 1, 1, 1])).toEqual([2, 2, 2, 2, 2]);
    expect(apportion(5, [0, 0]).reduce((a, b) => a + b, 0)).toBe(5);
  });
});

describe('series', () => {
  it('is deterministic: same seed same values, another seed other values', () => {
    const again = createSeriesEngine(catalog, communes, 20250701);
    const other = createSeriesEngine(catalog, communes, 7);
    for (const kpi of kpis) {
      for (const dim of ['total', ...kpi.breakdowns] as Dim[]) {
        for (const p of recent(kpi, 3)) {
          expect(again.values(kpi.id, dim, p, 1)).toEqual(engine.values(kpi.id, dim, p, 1));
        }
      }
    }
    const p = recent(kpis[0]!, 30);
    expect(p.map((x) => other.values(kpis[0]!.id, 'total', x, 1)[0])).not.toEqual(p.map((x) => engine.values(kpis[0]!.id, 'total', x, 1)[0]));
  });

  it('orders members by key: communes by code, agencies, categories', () => {
    const codes = engine.members('traffic.accidents', 'commune');
    expect(codes).toHaveLength(102);
    expect([...codes]).toEqual([...codes].sort());
    expect(engine.members('services.dossiers', 'agency')).toEqual(catalog.agencies.map((a) => a.key).sort());
    expect(engine.members('traffic.accidents', 'category')).toEqual(['collision', 'pedestrian', 'single-vehicle']);
    expect(engine.members('env.aqi', 'total')).toEqual(['']);
  });

  it('makes the members of a sum KPI add up exactly to the province value', () => {
    const sums = kpis.filter((k) => k.aggregate === 'sum');
    expect(sums.length).toBeGreaterThan(2);
    for (const kpi of sums) {
      for (const p of recent(kpi, 40)) {
        const [total] = engine.values(kpi.id, 'total', p, 1);
        for (const dim of kpi.breakdowns) {
          const parts = engine.values(kpi.id, dim, p, 1);
          const sum = parts.reduce((a, b) => a + b, 0);
          if (kpi.unit === 'count') {
            expect(parts.every(Number.isInteger), `${kpi.id} ${dim}`).toBe(true);
            expect(sum, `${kpi.id} ${dim}`).toBe(total);
          } else {
            expect(sum).toBeCloseTo(total!, 6);
          }
          expect(Math.min(...parts)).toBeGreaterThanOrEqual(0);
        }
      }
    }
  });

  it('gives communes a population-like share: wards denser than rural communes', () => {
    const codes = engine.members('services.dossiers', 'commune');
    const type = new Map(communes.map((c) => [c.code, c]));
    let ward = 0;
    let rural = 0;
    for (const p of recent(kpis.find((k) => k.id === 'services.dossiers')!, 30)) {
      engine.values('services.dossiers', 'commune', p, 1).forEach((v, i) => {
        const c = type.get(codes[i]!)!;
        if (c.type === 'phuong') ward += v / c.areaKm2;
        else rural += v / c.areaKm2;
      });
    }
    expect(ward / 14).toBeGreaterThan((rural / 88) * 2);
  });

  it('keeps the province value of a max KPI equal to its highest commune, and means around the province', () => {
    for (const p of recent(kpis.find((k) => k.id === 'env.rainfall')!, 30)) {
      const [total] = engine.values('env.rainfall', 'total', p, 1);
      expect(Math.max(...engine.values('env.rainfall', 'commune', p, 1))).toBe(total);
    }
    for (const p of recent(kpis.find((k) => k.id === 'env.aqi')!, 48)) {
      const [total] = engine.values('env.aqi', 'total', p, 1);
      const values = engine.values('env.aqi', 'commune', p, 1);
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      expect(Math.abs(mean - total!)).toBeLessThan(30);
      expect(new Set(values).size).toBeGreaterThan(10);
    }
  });

  it('stays within the range, percentages within 0–100, and crosses thresholds only rarely', () => {
    for (const kpi of kpis) {
      const n = { hourly: 24 * 60, daily: 730, monthly: 120, quarterly: 40 }[kpi.period];
      const values = recent(kpi, n).map((p) => engine.values(kpi.id, 'total', p, 1)[0]!);
      const members = kpi.breakdowns.flatMap((dim) => recent(kpi, 5).flatMap((p) => engine.values(kpi.id, dim, p, 1)));
      const all = [...values, ...members];
      expect(Math.min(...values), kpi.id).toBeGreaterThanOrEqual(kpi.range[0]);
      // Parts of a sum are smaller than the whole; other breakdowns stay within the range.
      expect(Math.min(...all), kpi.id).toBeGreaterThanOrEqual(kpi.aggregate === 'sum' ? Math.min(0, kpi.range[0]) : kpi.range[0]);
      expect(Math.max(...all), kpi.id).toBeLessThanOrEqual(kpi.range[1]);
      if (kpi.unit === 'percent') {
        expect(Math.min(...all)).toBeGreaterThanOrEqual(0);
        expect(Math.max(...all)).toBeLessThanOrEqual(100);
      }
      if (kpi.thresholds.length > 0) {
        const breaches = values.filter((v) => crosses(kpi, v)).length;
        expect(breaches, `${kpi.id} breaches`).toBeGreaterThan(0);
        expect(breaches / values.length, `${kpi.id} breach rate`).toBeLessThan(0.12);
      }
      expect(new Set(values).size, `${kpi.id} varies`).toBeGreaterThan(Math.min(n / 10, 12));
    }
    // The fixture's bed-occupancy range reaches 130 %, but percentages never pass 100.
    const beds = recent(kpis.find((k) => k.id === 'health.bed-occupancy')!, 730).map((p) => engine.values('health.bed-occupancy', 'total', p, 1)[0]!);
    expect(Math.max(...beds)).toBeLessThanOrEqual(100);
  });

  it('follows daily and weekly rhythms', () => {
    const byHour = new Array(24).fill(0);
    for (const p of recent(kpis.find((k) => k.id === 'traffic.vehicles')!, 24 * 28)) {
      byHour[localParts(p).hour] += engine.values('traffic.vehicles', 'total', p, 1)[0]!;
    }
    expect(byHour[8]).toBeGreaterThan(byHour[3] * 1.5); // morning rush vs. the small hours
    expect(byHour[18]).toBeGreaterThan(byHour[13]); // evening rush vs. early afternoon
    const byWeekday = new Array(7).fill(0);
    for (const p of recent(kpis.find((k) => k.id === 'services.dossiers')!, 7 * 52)) {
      byWeekday[localParts(p).weekday] += engine.values('services.dossiers', 'total', p, 1)[0]!;
    }
    expect(byWeekday[0]).toBeLessThan(byWeekday[3]); // Sunday is quiet
  });

  it('makes a revision (version 2) differ from the first publication but stay consistent', () => {
    const kpi = kpis.find((k) => k.id === 'services.dossiers')!;
    const ps = recent(kpi, 20);
    const v1 = ps.map((p) => engine.values(kpi.id, 'total', p, 1)[0]);
    const v2 = ps.map((p) => engine.values(kpi.id, 'total', p, 2)[0]);
    expect(v2).not.toEqual(v1);
    const parts = engine.values(kpi.id, 'commune', ps[0]!, 2);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(v2[0]);
  });
});
