// Tourism: visitors, revenue, accommodation and the province's main attractions.
import type { z } from 'zod';
import type { domainSchema } from '../schema.js';

export const tourism = {
  key: 'tourism',
  name: { vi: 'Giám sát, điều hành Lĩnh vực Du lịch', en: 'Tourism' },
  shortName: { vi: 'Du lịch', en: 'Tourism' },
  icon: 'mdi-island',
  kpis: [
    {
      id: 'tourism.visitors',
      name: { vi: 'Lượt khách du lịch', en: 'Tourist arrivals' },
      unit: 'count', period: 'monthly', agency: 'so-van-hoa-the-thao-du-lich',
      breakdowns: ['category', 'commune'], aggregate: 'sum', direction: 'higher-is-better',
      categories: [
        { key: 'noi-dia', name: { vi: 'Khách nội địa', en: 'Domestic' } },
        { key: 'quoc-te', name: { vi: 'Khách quốc tế', en: 'International' } },
      ],
      thresholds: [],
      chart: 'timeseries', range: [150000, 1500000], headline: true,
    },
    {
      id: 'tourism.revenue',
      name: { vi: 'Tổng thu từ khách du lịch', en: 'Tourism revenue' },
      unit: 'billion-vnd', period: 'monthly', agency: 'so-van-hoa-the-thao-du-lich',
      breakdowns: ['category'], aggregate: 'sum', direction: 'higher-is-better',
      categories: [
        { key: 'luu-tru', name: { vi: 'Lưu trú', en: 'Accommodation' } },
        { key: 'an-uong', name: { vi: 'Ăn uống', en: 'Food and drink' } },
        { key: 'lu-hanh', name: { vi: 'Lữ hành', en: 'Tour operators' } },
        { key: 'van-chuyen', name: { vi: 'Vận chuyển', en: 'Transport' } },
        { key: 'khac', name: { vi: 'Dịch vụ khác', en: 'Other services' } },
      ],
      thresholds: [],
      chart: 'composition', range: [200, 4000],
    },
    {
      id: 'tourism.hotel-occupancy',
      name: { vi: 'Công suất sử dụng phòng', en: 'Hotel room occupancy' },
      unit: 'percent', period: 'monthly', agency: 'so-van-hoa-the-thao-du-lich',
      breakdowns: ['commune'], aggregate: 'mean', direction: 'higher-is-better',
      thresholds: [
        { op: '>', value: 90, severity: 'info', label: { vi: 'Cao điểm, gần hết phòng', en: 'Peak, nearly full' } },
        { op: '<', value: 30, severity: 'warning', label: { vi: 'Thấp điểm', en: 'Low season' } },
      ],
      chart: 'gauge', range: [0, 100], target: 65,
    },
    {
      id: 'tourism.overnight-guests',
      name: { vi: 'Lượt khách lưu trú', en: 'Overnight guests' },
      unit: 'count', period: 'monthly', agency: 'so-van-hoa-the-thao-du-lich',
      breakdowns: ['commune'], aggregate: 'sum', direction: 'higher-is-better',
      thresholds: [],
      chart: 'bar-ranking', range: [80000, 900000],
    },
    {
      id: 'tourism.attraction-visitors',
      name: { vi: 'Lượt khách tại các điểm du lịch', en: 'Visitors at the main attractions' },
      unit: 'count', period: 'daily', agency: 'so-van-hoa-the-thao-du-lich',
      breakdowns: ['category'], aggregate: 'sum', direction: 'higher-is-better',
      categories: [
        { key: 'bao-tang-the-gioi-ca-phe', name: { vi: 'Bảo tàng Thế giới Cà phê', en: 'World Coffee Museum' } },
        { key: 'buon-don', name: { vi: 'Khu du lịch Buôn Đôn', en: 'Buon Don tourist area' } },
        { key: 'ho-lak', name: { vi: 'Hồ Lắk', en: 'Lak Lake' } },
        { key: 'thac-dray-nur', name: { vi: 'Thác Dray Nur', en: 'Dray Nur waterfall' } },
        { key: 'vuon-quoc-gia-yok-don', name: { vi: 'Vườn quốc gia Yok Đôn', en: 'Yok Don National Park' } },
        { key: 'ganh-da-dia', name: { vi: 'Gành Đá Đĩa', en: 'Ganh Da Dia basalt coast' } },
        { key: 'mui-dien', name: { vi: 'Mũi Điện', en: 'Dien Cape' } },
        { key: 'thap-nhan', name: { vi: 'Tháp Nhạn', en: 'Nhan Tower' } },
        { key: 'khac', name: { vi: 'Điểm khác', en: 'Other sites' } },
      ],
      thresholds: [],
      chart: 'table', range: [200, 80000],
    },
    {
      id: 'tourism.accommodation-rooms',
      name: { vi: 'Số phòng lưu trú đang hoạt động', en: 'Accommodation rooms in operation' },
      unit: 'count', period: 'monthly', agency: 'so-van-hoa-the-thao-du-lich',
      breakdowns: ['commune'], aggregate: 'sum', direction: 'higher-is-better',
      thresholds: [],
      chart: 'stat', range: [5000, 40000],
    },
    {
      id: 'tourism.visitor-complaints',
      name: { vi: 'Phản ánh của du khách', en: 'Visitor complaints' },
      unit: 'count', period: 'monthly', agency: 'so-van-hoa-the-thao-du-lich',
      breakdowns: ['commune'], aggregate: 'sum', direction: 'lower-is-better',
      thresholds: [
        { op: '>=', value: 20, severity: 'warning', label: { vi: 'Gia tăng', en: 'Rising' } },
        { op: '>=', value: 50, severity: 'critical', label: { vi: 'Ảnh hưởng hình ảnh du lịch', en: 'Harming the destination image' } },
      ],
      chart: 'timeseries', range: [0, 300],
    },
  ],
} satisfies z.input<typeof domainSchema>;
