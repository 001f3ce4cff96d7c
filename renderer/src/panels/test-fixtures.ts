// Test data shared by the panel tests.
import type { Kpi } from '../../../shared/catalog/schema.js';
import type { BreakdownResult, Provenance, Series } from '../../../shared/contract/index.js';

export const provenance: Provenance = {
  agency: 'so-y-te',
  source: 'Provincial data-sharing service',
  asOf: '2025-03-05T14:00:00+07:00',
  syncedAt: '2025-03-05T14:05:00+07:00',
  freshness: 'fresh',
};

export const bedOccupancy: Kpi = {
  id: 'health.bed-occupancy',
  name: { vi: 'Công suất sử dụng giường bệnh', en: 'Hospital bed occupancy' },
  unit: 'percent',
  period: 'daily',
  agency: 'so-y-te',
  breakdowns: ['commune'],
  aggregate: 'mean',
  direction: 'neutral',
  thresholds: [
    { op: '>', value: 85, severity: 'warning', label: { vi: 'Cao', en: 'High' } },
    { op: '>', value: 95, severity: 'critical', label: { vi: 'Quá tải', en: 'Overloaded' } },
  ],
  chart: 'gauge',
  range: [0, 100],
  target: 85,
  headline: true,
};

export function dailySeries(values: number[]): Series {
  return {
    kpiId: bedOccupancy.id,
    dim: 'total',
    member: '',
    points: values.map((v, i) => ({ t: `2025-03-${String(i + 1).padStart(2, '0')}T00:00:00+07:00`, v })),
    provenance,
  };
}

export function communeBreakdown(items: [string, number][]): BreakdownResult {
  return {
    kpiId: bedOccupancy.id,
    dim: 'commune',
    periodStart: '2025-03-05T00:00:00+07:00',
    items: items.map(([member, v]) => ({ member, v })),
    provenance,
  };
}
