// Test data shared by the panel tests: KPIs of each shape, and engine answers built from plain numbers.
import type { Kpi, Period } from '../../../shared/catalog/schema.js';
import type { Coverage, KpiSeries, Matrix, RangeBreakdown } from '../../../shared/contract/areas/kpi.js';
import type { Provenance } from '../../../shared/contract/index.js';
import { addPeriods, formatLocal, parseInstant } from '../../../shared/model/period-math.js';
import type { KpiWindow } from './page-filters.js';
import type { PanelContext } from './registry.js';

export const provenance: Provenance = {
  agency: 'so-y-te',
  source: 'Provincial data-sharing service',
  asOf: '2025-03-05T14:00:00+07:00',
  syncedAt: '2025-03-05T14:05:00+07:00',
  freshness: 'fresh',
};

const label = (vi: string, en = vi) => ({ vi, en });

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
    { op: '>', value: 85, severity: 'warning', label: label('Cao', 'High') },
    { op: '>', value: 95, severity: 'critical', label: label('Quá tải', 'Overloaded') },
  ],
  chart: 'gauge',
  range: [0, 100],
  target: 85,
  headline: true,
};

export const visits: Kpi = {
  id: 'health.outpatient-visits',
  name: label('Lượt khám bệnh ngoại trú', 'Outpatient visits'),
  unit: 'count',
  period: 'daily',
  agency: 'so-y-te',
  breakdowns: ['commune', 'agency'],
  aggregate: 'sum',
  direction: 'neutral',
  thresholds: [{ op: '>', value: 40000, severity: 'warning', label: label('Quá đông', 'Crowded') }],
  chart: 'bar-ranking',
  range: [2000, 45000],
};

export const diseases: Kpi = {
  id: 'health.notifiable-diseases',
  name: label('Ca mắc bệnh truyền nhiễm', 'Notifiable disease cases'),
  unit: 'count',
  period: 'daily',
  agency: 'so-y-te',
  breakdowns: ['category', 'commune'],
  aggregate: 'sum',
  direction: 'lower-is-better',
  thresholds: [],
  chart: 'composition',
  range: [0, 1000],
  categories: [
    { key: 'dengue', name: label('Sốt xuất huyết', 'Dengue') },
    { key: 'hfmd', name: label('Tay chân miệng', 'Hand, foot and mouth') },
  ],
};

export const aqi: Kpi = {
  id: 'environment.aqi',
  name: label('Chỉ số chất lượng không khí', 'Air quality index'),
  unit: 'index',
  period: 'hourly',
  agency: 'so-nong-nghiep-moi-truong',
  breakdowns: ['commune'],
  aggregate: 'max',
  direction: 'lower-is-better',
  thresholds: [
    { op: '>', value: 100, severity: 'warning', label: label('Kém', 'Poor') },
    { op: '>', value: 150, severity: 'critical', label: label('Xấu', 'Bad') },
  ],
  chart: 'heatmap',
  range: [0, 500],
};

export const coverage = (o: Partial<Coverage> = {}): Coverage => ({
  from: '2025-03-01T00:00:00+07:00',
  to: '2025-03-08T00:00:00+07:00',
  expected: 0,
  present: 0,
  rejected: 0,
  earliest: '2025-01-01T00:00:00+07:00',
  latest: '2025-03-05T00:00:00+07:00',
  ...o,
});

/** Consecutive periods from `first`; null leaves a gap. */
export function seriesOf(kpi: Pick<Kpi, 'id' | 'period'>, first: string, values: (number | null)[], o: { dim?: KpiSeries['dim']; member?: string } = {}): KpiSeries {
  const start = parseInstant(first)!;
  const points = values.flatMap((v, i) => (v === null ? [] : [{ t: formatLocal(addPeriods(kpi.period, start, i)), v }]));
  return { kpiId: kpi.id, dim: o.dim ?? 'total', member: o.member ?? '', points, provenance, coverage: coverage({ expected: values.length, present: points.length }) };
}

/** Daily series of bed occupancy from 01/03/2025. */
export function dailySeries(values: (number | null)[]): KpiSeries {
  return seriesOf(bedOccupancy, '2025-03-01T00:00:00+07:00', values);
}

export function breakdownOf(kpi: Pick<Kpi, 'id'>, dim: RangeBreakdown['dim'], items: [string, number][], periods = 1): RangeBreakdown {
  return {
    kpiId: kpi.id,
    dim,
    periodStart: '2025-03-05T00:00:00+07:00',
    items: items.map(([member, v]) => ({ member, v })),
    provenance,
    from: '2025-03-01T00:00:00+07:00',
    to: '2025-03-08T00:00:00+07:00',
    periods,
    coverage: coverage({ expected: periods, present: periods }),
  };
}

export const communeBreakdown = (items: [string, number][], periods = 1) => breakdownOf(bedOccupancy, 'commune', items, periods);

export function matrixOf(kpi: Pick<Kpi, 'id'>, dim: Matrix['dim'], periods: string[], rows: Record<string, (number | null)[]>): Matrix {
  const members = Object.keys(rows).sort();
  return { kpiId: kpi.id, dim, periods, members, values: members.map((m) => rows[m]!), coverage: coverage({ expected: periods.length, present: periods.length }), provenance };
}

/** A window [from, from + n periods). */
export function windowOf(period: Period, from: string, n: number, extended = false): KpiWindow {
  const fromMs = parseInstant(from)!;
  const toMs = addPeriods(period, fromMs, n);
  return { fromMs, toMs, from: formatLocal(fromMs), to: formatLocal(toMs), periods: n, extended };
}

export const ctxOf = (kpi: Kpi, o: Partial<PanelContext> = {}): PanelContext => ({ kpi, locale: 'vi', dark: false, ...o });
