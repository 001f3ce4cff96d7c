// Public order & traffic: accidents, camera-detected violations, congestion and the camera network.
import type { z } from 'zod';
import type { domainSchema } from '../schema.js';

export const securityTraffic = {
  key: 'security-traffic',
  name: { vi: 'Giám sát an ninh trật tự đô thị và điều hành giao thông', en: 'Public order & traffic control' },
  shortName: { vi: 'An ninh, giao thông', en: 'Order & traffic' },
  icon: 'mdi-traffic-light',
  kpis: [
    {
      id: 'security-traffic.traffic-accidents',
      name: { vi: 'Số vụ tai nạn giao thông', en: 'Traffic accidents' },
      unit: 'count', period: 'daily', agency: 'cong-an-tinh',
      breakdowns: ['commune'], aggregate: 'sum', direction: 'lower-is-better',
      thresholds: [
        { op: '>=', value: 6, severity: 'warning', label: { vi: 'Tăng cao', en: 'High' } },
        { op: '>=', value: 10, severity: 'critical', label: { vi: 'Đặc biệt cao', en: 'Very high' } },
      ],
      chart: 'bar-ranking', range: [0, 40], headline: true,
    },
    {
      id: 'security-traffic.traffic-deaths',
      name: { vi: 'Số người chết do tai nạn giao thông', en: 'Traffic deaths' },
      unit: 'count', period: 'daily', agency: 'cong-an-tinh',
      breakdowns: ['commune'], aggregate: 'sum', direction: 'lower-is-better',
      thresholds: [
        { op: '>=', value: 3, severity: 'warning', label: { vi: 'Tăng cao', en: 'High' } },
        { op: '>=', value: 5, severity: 'critical', label: { vi: 'Đặc biệt nghiêm trọng', en: 'Very serious' } },
      ],
      chart: 'stat', range: [0, 20],
    },
    {
      id: 'security-traffic.traffic-injuries',
      name: { vi: 'Số người bị thương do tai nạn giao thông', en: 'Traffic injuries' },
      unit: 'count', period: 'daily', agency: 'cong-an-tinh',
      breakdowns: ['commune'], aggregate: 'sum', direction: 'lower-is-better',
      thresholds: [{ op: '>=', value: 10, severity: 'warning', label: { vi: 'Tăng cao', en: 'High' } }],
      chart: 'timeseries', range: [0, 60],
    },
    {
      id: 'security-traffic.camera-violations',
      name: { vi: 'Vi phạm giao thông phát hiện qua camera', en: 'Traffic violations detected by cameras' },
      unit: 'count', period: 'daily', agency: 'cong-an-tinh',
      breakdowns: ['category', 'commune'], aggregate: 'sum', direction: 'lower-is-better',
      categories: [
        { key: 'vuot-den-do', name: { vi: 'Vượt đèn đỏ', en: 'Running a red light' } },
        { key: 'qua-toc-do', name: { vi: 'Chạy quá tốc độ', en: 'Speeding' } },
        { key: 'khong-doi-mu-bao-hiem', name: { vi: 'Không đội mũ bảo hiểm', en: 'No helmet' } },
        { key: 'sai-lan-duong', name: { vi: 'Đi không đúng làn đường', en: 'Wrong lane' } },
        { key: 'nguoc-chieu', name: { vi: 'Đi ngược chiều', en: 'Wrong-way driving' } },
        { key: 'dung-do-sai-quy-dinh', name: { vi: 'Dừng, đỗ sai quy định', en: 'Illegal stopping or parking' } },
      ],
      thresholds: [],
      chart: 'composition', range: [0, 10000],
    },
    {
      id: 'security-traffic.congestion-points',
      name: { vi: 'Điểm ùn tắc giao thông', en: 'Congestion points' },
      description: {
        vi: 'Số nút giao, tuyến đường đang ùn tắc trong giờ, phát hiện qua camera và lực lượng tại chỗ.',
        en: 'Junctions and road sections congested during the hour, from cameras and officers on site.',
      },
      unit: 'count', period: 'hourly', agency: 'cong-an-tinh',
      breakdowns: ['commune'], aggregate: 'sum', direction: 'lower-is-better',
      thresholds: [
        { op: '>=', value: 5, severity: 'warning', label: { vi: 'Ùn tắc nhiều điểm', en: 'Congestion at several points' } },
        { op: '>=', value: 10, severity: 'critical', label: { vi: 'Ùn tắc diện rộng', en: 'Widespread congestion' } },
      ],
      chart: 'heatmap', range: [0, 50],
    },
    {
      id: 'security-traffic.vehicle-flow',
      name: { vi: 'Lưu lượng phương tiện tại các nút giao', en: 'Vehicle flow at monitored junctions' },
      unit: 'count', period: 'hourly', agency: 'cong-an-tinh',
      breakdowns: ['commune'], aggregate: 'sum', direction: 'neutral',
      thresholds: [],
      chart: 'heatmap', range: [0, 300000],
    },
    {
      id: 'security-traffic.cameras-online',
      name: { vi: 'Tỷ lệ camera an ninh, giao thông hoạt động', en: 'Security and traffic cameras online' },
      unit: 'percent', period: 'hourly', agency: 'cong-an-tinh',
      breakdowns: ['commune'], aggregate: 'mean', direction: 'higher-is-better',
      thresholds: [
        { op: '<', value: 95, severity: 'warning', label: { vi: 'Nhiều camera mất kết nối', en: 'Many cameras offline' } },
        { op: '<', value: 85, severity: 'critical', label: { vi: 'Mất giám sát diện rộng', en: 'Widespread loss of coverage' } },
      ],
      chart: 'gauge', range: [0, 100], target: 98,
    },
    {
      id: 'security-traffic.public-order-incidents',
      name: { vi: 'Vụ việc an ninh trật tự', en: 'Public-order incidents' },
      unit: 'count', period: 'daily', agency: 'cong-an-tinh',
      breakdowns: ['commune', 'category'], aggregate: 'sum', direction: 'lower-is-better',
      categories: [
        { key: 'trom-cap', name: { vi: 'Trộm cắp tài sản', en: 'Theft' } },
        { key: 'co-y-gay-thuong-tich', name: { vi: 'Cố ý gây thương tích', en: 'Assault' } },
        { key: 'gay-roi-trat-tu', name: { vi: 'Gây rối trật tự công cộng', en: 'Disturbing public order' } },
        { key: 'lua-dao', name: { vi: 'Lừa đảo chiếm đoạt tài sản', en: 'Fraud' } },
        { key: 'ma-tuy', name: { vi: 'Ma túy', en: 'Drugs' } },
        { key: 'khac', name: { vi: 'Khác', en: 'Other' } },
      ],
      thresholds: [
        { op: '>=', value: 30, severity: 'warning', label: { vi: 'Tăng cao', en: 'High' } },
        { op: '>=', value: 60, severity: 'critical', label: { vi: 'Diễn biến phức tạp', en: 'Escalating' } },
      ],
      chart: 'table', range: [0, 150],
    },
  ],
} satisfies z.input<typeof domainSchema>;
