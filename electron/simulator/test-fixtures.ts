// Test helper: a small catalog covering every period, aggregate, breakdown and unit kind the simulator
// treats differently, validated like the real one.
import { loadCatalog } from '../../shared/catalog/load.js';
import type { Catalog, Kpi } from '../../shared/catalog/schema.js';

const t = (vi: string, en = vi) => ({ vi, en });

function kpi(partial: Partial<Kpi> & Pick<Kpi, 'id' | 'unit' | 'period' | 'agency' | 'aggregate' | 'range'>): Kpi {
  return {
    name: t(partial.id),
    breakdowns: [],
    direction: 'neutral',
    thresholds: [],
    chart: 'timeseries',
    ...partial,
  };
}

export function fixtureCatalog(): Catalog {
  return loadCatalog({
    agencies: [
      { key: 'cong-an', name: t('Công an tỉnh', 'Provincial Police'), kind: 'police' },
      { key: 'so-tnmt', name: t('Sở Nông nghiệp và Môi trường', 'Agriculture and Environment'), kind: 'department' },
      { key: 'so-yte', name: t('Sở Y tế', 'Health'), kind: 'department' },
      { key: 'vp-ubnd', name: t('Văn phòng UBND tỉnh', 'PPC Office'), kind: 'department' },
      { key: 'so-vhttdl', name: t('Sở Văn hóa, Thể thao và Du lịch', 'Culture, Sports and Tourism'), kind: 'department' },
      { key: 'cuc-thong-ke', name: t('Thống kê tỉnh', 'Statistics'), kind: 'central' },
    ],
    domains: [
      {
        key: 'traffic',
        name: t('Giao thông', 'Traffic'),
        shortName: t('GT'),
        icon: 'mdi-car',
        kpis: [
          kpi({
            id: 'traffic.accidents', unit: 'count', period: 'daily', agency: 'cong-an', aggregate: 'sum', range: [0, 60],
            breakdowns: ['commune', 'category'], direction: 'lower-is-better', headline: true,
            thresholds: [{ op: '>', value: 30, severity: 'warning', label: t('Nhiều tai nạn', 'Many accidents') }],
            categories: [
              { key: 'collision', name: t('Va chạm', 'Collision') },
              { key: 'single-vehicle', name: t('Tự gây', 'Single vehicle') },
              { key: 'pedestrian', name: t('Người đi bộ', 'Pedestrian') },
            ],
          }),
          kpi({ id: 'traffic.vehicles', unit: 'count', period: 'hourly', agency: 'cong-an', aggregate: 'sum', range: [0, 40000], breakdowns: ['commune'] }),
        ],
      },
      {
        key: 'env',
        name: t('Môi trường', 'Environment'),
        shortName: t('MT'),
        icon: 'mdi-leaf',
        kpis: [
          kpi({
            id: 'env.aqi', unit: 'index', period: 'hourly', agency: 'so-tnmt', aggregate: 'mean', range: [0, 300],
            breakdowns: ['commune'], direction: 'lower-is-better', headline: true,
            thresholds: [
              { op: '>', value: 100, severity: 'warning', label: t('Kém', 'Poor') },
              { op: '>', value: 150, severity: 'critical', label: t('Xấu', 'Bad') },
            ],
          }),
          kpi({ id: 'env.rainfall', unit: 'mm', period: 'daily', agency: 'so-tnmt', aggregate: 'max', range: [0, 250], breakdowns: ['commune'] }),
        ],
      },
      {
        key: 'services',
        name: t('Dịch vụ công', 'Public services'),
        shortName: t('DVC'),
        icon: 'mdi-file-document',
        kpis: [
          kpi({ id: 'services.dossiers', unit: 'count', period: 'daily', agency: 'vp-ubnd', aggregate: 'sum', range: [200, 5000], breakdowns: ['commune', 'agency'], headline: true }),
          kpi({
            id: 'services.on-time-rate', unit: 'percent', period: 'monthly', agency: 'vp-ubnd', aggregate: 'mean', range: [60, 100],
            breakdowns: ['agency'], direction: 'higher-is-better',
            thresholds: [{ op: '<', value: 90, severity: 'warning', label: t('Thấp', 'Low') }],
          }),
          kpi({ id: 'services.budget', unit: 'billion-vnd', period: 'monthly', agency: 'cuc-thong-ke', aggregate: 'sum', range: [500, 3000], breakdowns: ['commune'] }),
        ],
      },
      {
        key: 'health',
        name: t('Y tế', 'Health'),
        shortName: t('YT'),
        icon: 'mdi-hospital-building',
        kpis: [
          kpi({
            id: 'health.bed-occupancy', unit: 'percent', period: 'daily', agency: 'so-yte', aggregate: 'max', range: [40, 130],
            breakdowns: ['commune'], headline: true, direction: 'lower-is-better',
            thresholds: [{ op: '>=', value: 95, severity: 'critical', label: t('Quá tải', 'Overloaded') }],
          }),
          kpi({ id: 'health.grdp-growth', unit: 'percent', period: 'quarterly', agency: 'cuc-thong-ke', aggregate: 'last', range: [-5, 15] }),
          kpi({ id: 'health.visitors', unit: 'count', period: 'hourly', agency: 'so-vhttdl', aggregate: 'sum', range: [0, 5000], breakdowns: ['commune', 'agency'] }),
        ],
      },
    ],
  });
}

/** A fixed clock: 2026-12-03T10:30:00+07:00. */
export const FIXED_NOW = new Date('2026-12-03T10:30:00+07:00');
