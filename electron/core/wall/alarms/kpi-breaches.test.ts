import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../../../shared/catalog/index.js';
import type { LatestValue } from '../../../../shared/contract/model.js';
import { breachesOf, worstThreshold } from './kpi-breaches.js';

const provenance = { agency: 'so-y-te', source: 'LGSP', asOf: null, syncedAt: null, freshness: 'fresh' as const };
const latest = (kpiId: string, value: number | null): LatestValue => ({ kpiId, periodStart: '2026-03-01T00:00:00+07:00', value, previous: null, provenance });
const label = { vi: 'x', en: 'x' };

describe('KPI breaches', () => {
  it('takes the most severe threshold crossed, and among equals the furthest out', () => {
    const aqi = [
      { op: '>' as const, value: 150, severity: 'warning' as const, label },
      { op: '>' as const, value: 200, severity: 'critical' as const, label },
      { op: '>' as const, value: 300, severity: 'critical' as const, label },
    ];
    expect(worstThreshold(aqi, 120)).toBeUndefined();
    expect(worstThreshold(aqi, 160)?.value).toBe(150);
    expect(worstThreshold(aqi, 250)?.value).toBe(200);
    expect(worstThreshold(aqi, 320)?.value).toBe(300);
    const coverage = [
      { op: '<' as const, value: 90, severity: 'warning' as const, label },
      { op: '<=' as const, value: 80, severity: 'critical' as const, label },
    ];
    expect(worstThreshold(coverage, 80)?.severity).toBe('critical');
    expect(worstThreshold(coverage, 85)?.severity).toBe('warning');
  });

  it('lists warning and critical KPIs, critical first, and skips values that are missing', () => {
    const list = breachesOf(defaultCatalog, [latest('health.bed-occupancy', 88), latest('health.vaccination-coverage', 70), latest('environment.aqi', null), latest('health.outpatient-visits', 1e9)]);
    expect(list.map((b) => [b.kpiId, b.severity])).toEqual([
      ['health.vaccination-coverage', 'critical'],
      ['health.bed-occupancy', 'warning'],
    ]);
    expect(list[0]!.domain).toBe('health');
  });
});
