// Health: hospital load, outpatient and emergency activity, notifiable diseases, coverage rates.
import type { z } from 'zod';
import type { domainSchema } from '../schema.js';

export const health = {
  key: 'health',
  name: { vi: 'Giám sát, điều hành Lĩnh vực Y tế', en: 'Health' },
  shortName: { vi: 'Y tế', en: 'Health' },
  icon: 'mdi-hospital-building',
  kpis: [
    {
      id: 'health.bed-occupancy',
      name: { vi: 'Công suất sử dụng giường bệnh', en: 'Hospital bed occupancy' },
      description: {
        vi: 'Số ngày điều trị nội trú thực tế so với số giường kế hoạch của các bệnh viện.',
        en: 'Actual inpatient days relative to the planned beds of the hospitals.',
      },
      unit: 'percent', period: 'daily', agency: 'so-y-te',
      breakdowns: ['commune'], aggregate: 'mean', direction: 'neutral',
      thresholds: [
        { op: '>', value: 85, severity: 'warning', label: { vi: 'Cao', en: 'High' } },
        { op: '>', value: 95, severity: 'critical', label: { vi: 'Quá tải', en: 'Overloaded' } },
      ],
      chart: 'gauge', range: [0, 100], target: 85, headline: true,
    },
    {
      id: 'health.outpatient-visits',
      name: { vi: 'Lượt khám bệnh ngoại trú', en: 'Outpatient visits' },
      unit: 'count', period: 'daily', agency: 'so-y-te',
      breakdowns: ['commune'], aggregate: 'sum', direction: 'neutral',
      thresholds: [],
      chart: 'bar-ranking', range: [2000, 45000],
    },
    {
      id: 'health.emergency-admissions',
      name: { vi: 'Lượt cấp cứu', en: 'Emergency admissions' },
      unit: 'count', period: 'daily', agency: 'so-y-te',
      breakdowns: ['commune'], aggregate: 'sum', direction: 'neutral',
      thresholds: [{ op: '>', value: 1200, severity: 'warning', label: { vi: 'Tăng đột biến', en: 'Surge' } }],
      chart: 'timeseries', range: [0, 2000],
    },
    {
      id: 'health.notifiable-diseases',
      name: { vi: 'Ca mắc bệnh truyền nhiễm', en: 'Notifiable disease cases' },
      unit: 'count', period: 'daily', agency: 'so-y-te',
      breakdowns: ['category', 'commune'], aggregate: 'sum', direction: 'lower-is-better',
      categories: [
        { key: 'sot-xuat-huyet', name: { vi: 'Sốt xuất huyết', en: 'Dengue fever' } },
        { key: 'tay-chan-mieng', name: { vi: 'Tay chân miệng', en: 'Hand, foot and mouth disease' } },
        { key: 'soi', name: { vi: 'Sởi', en: 'Measles' } },
        { key: 'ho-ga', name: { vi: 'Ho gà', en: 'Whooping cough' } },
        { key: 'bach-hau', name: { vi: 'Bạch hầu', en: 'Diphtheria' } },
        { key: 'cum', name: { vi: 'Cúm', en: 'Influenza' } },
        { key: 'khac', name: { vi: 'Bệnh khác', en: 'Other' } },
      ],
      thresholds: [
        { op: '>=', value: 100, severity: 'warning', label: { vi: 'Gia tăng', en: 'Rising' } },
        { op: '>=', value: 200, severity: 'critical', label: { vi: 'Nguy cơ bùng phát dịch', en: 'Outbreak risk' } },
      ],
      chart: 'composition', range: [0, 1000],
    },
    {
      id: 'health.vaccination-coverage',
      name: { vi: 'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ', en: 'Full immunisation of children under one' },
      description: {
        vi: 'Tính trên 12 tháng gần nhất, theo Chương trình tiêm chủng mở rộng.',
        en: 'Over the last twelve months, Expanded Programme on Immunisation.',
      },
      unit: 'percent', period: 'monthly', agency: 'so-y-te',
      breakdowns: ['commune'], aggregate: 'mean', direction: 'higher-is-better',
      thresholds: [
        { op: '<', value: 90, severity: 'warning', label: { vi: 'Dưới 90%', en: 'Below 90%' } },
        { op: '<', value: 80, severity: 'critical', label: { vi: 'Nguy cơ dịch', en: 'Outbreak risk' } },
      ],
      chart: 'bar-ranking', range: [0, 100], target: 95,
    },
    {
      id: 'health.e-health-records',
      name: { vi: 'Tỷ lệ người dân có hồ sơ sức khỏe điện tử', en: 'Residents with an electronic health record' },
      unit: 'percent', period: 'monthly', agency: 'so-y-te',
      breakdowns: ['commune'], aggregate: 'mean', direction: 'higher-is-better',
      thresholds: [],
      chart: 'stat', range: [0, 100], target: 100,
    },
    {
      id: 'health.health-insurance-coverage',
      name: { vi: 'Tỷ lệ dân số tham gia bảo hiểm y tế', en: 'Health insurance (BHYT) coverage' },
      unit: 'percent', period: 'monthly', agency: 'bhxh-tinh',
      breakdowns: ['commune'], aggregate: 'mean', direction: 'higher-is-better',
      thresholds: [{ op: '<', value: 90, severity: 'warning', label: { vi: 'Dưới 90%', en: 'Below 90%' } }],
      chart: 'gauge', range: [0, 100], target: 95,
    },
  ],
} satisfies z.input<typeof domainSchema>;
