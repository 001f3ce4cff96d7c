// Other services (extensible by configuration): farm prices, electricity, clean water, public transport.
import type { z } from 'zod';
import type { domainSchema } from '../schema.js';

export const other = {
  key: 'other',
  name: { vi: 'Các dịch vụ khác', en: 'Other services' },
  shortName: { vi: 'Dịch vụ khác', en: 'Other' },
  icon: 'mdi-apps',
  kpis: [
    {
      id: 'other.coffee-price',
      name: { vi: 'Giá cà phê nhân xô', en: 'Robusta green coffee price' },
      description: {
        vi: 'Giá thu mua cà phê nhân xô bình quân tại các đại lý trong tỉnh.',
        en: 'Average buying price of ungraded green Robusta beans at local traders.',
      },
      unit: 'vnd-per-kg', period: 'daily', agency: 'so-cong-thuong',
      breakdowns: [], aggregate: 'mean', direction: 'neutral',
      thresholds: [],
      chart: 'timeseries', range: [30000, 200000], headline: true,
    },
    {
      id: 'other.pepper-price',
      name: { vi: 'Giá hồ tiêu', en: 'Black pepper price' },
      unit: 'vnd-per-kg', period: 'daily', agency: 'so-cong-thuong',
      breakdowns: [], aggregate: 'mean', direction: 'neutral',
      thresholds: [],
      chart: 'timeseries', range: [40000, 250000],
    },
    {
      id: 'other.durian-price',
      name: { vi: 'Giá sầu riêng tại vườn', en: 'Farm-gate durian price' },
      unit: 'vnd-per-kg', period: 'daily', agency: 'so-cong-thuong',
      breakdowns: ['category'], aggregate: 'mean', direction: 'neutral',
      categories: [
        { key: 'ri6', name: { vi: 'Sầu riêng Ri6', en: 'Ri6 durian' } },
        { key: 'monthong', name: { vi: 'Sầu riêng Thái (Monthong)', en: 'Monthong durian' } },
      ],
      thresholds: [],
      chart: 'table', range: [10000, 200000],
    },
    {
      id: 'other.power-outages',
      name: { vi: 'Sự cố mất điện', en: 'Power outages' },
      unit: 'count', period: 'daily', agency: 'dien-luc-dak-lak',
      breakdowns: ['commune'], aggregate: 'sum', direction: 'lower-is-better',
      thresholds: [
        { op: '>=', value: 20, severity: 'warning', label: { vi: 'Nhiều sự cố', en: 'Many outages' } },
        { op: '>=', value: 50, severity: 'critical', label: { vi: 'Sự cố diện rộng', en: 'Widespread outages' } },
      ],
      chart: 'bar-ranking', range: [0, 500],
    },
    {
      id: 'other.saidi',
      name: { vi: 'Thời gian mất điện bình quân của khách hàng (SAIDI)', en: 'Average outage duration per customer (SAIDI)' },
      unit: 'minutes', period: 'monthly', agency: 'dien-luc-dak-lak',
      breakdowns: [], aggregate: 'sum', direction: 'lower-is-better',
      thresholds: [{ op: '>', value: 120, severity: 'warning', label: { vi: 'Cung cấp điện kém tin cậy', en: 'Unreliable supply' } }],
      chart: 'stat', range: [0, 600],
    },
    {
      id: 'other.clean-water-coverage',
      name: { vi: 'Tỷ lệ dân cư nông thôn sử dụng nước sạch đạt quy chuẩn', en: 'Rural residents with standard clean water' },
      unit: 'percent', period: 'quarterly', agency: 'so-nong-nghiep-moi-truong',
      breakdowns: ['commune'], aggregate: 'mean', direction: 'higher-is-better',
      thresholds: [{ op: '<', value: 40, severity: 'warning', label: { vi: 'Dưới 40%', en: 'Below 40%' } }],
      chart: 'gauge', range: [0, 100], target: 65,
    },
    {
      id: 'other.bus-passengers',
      name: { vi: 'Lượt hành khách đi xe buýt', en: 'Bus passengers' },
      unit: 'count', period: 'daily', agency: 'so-xay-dung',
      breakdowns: [], aggregate: 'sum', direction: 'higher-is-better',
      thresholds: [],
      chart: 'timeseries', range: [500, 30000],
    },
  ],
} satisfies z.input<typeof domainSchema>;
