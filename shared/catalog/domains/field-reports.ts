// Citizen field reports: intake, handling progress and deadlines per processing agency and commune.
import type { z } from 'zod';
import type { domainSchema } from '../schema.js';

const categories = [
  { key: 'lan-chiem-long-le-duong', name: { vi: 'Lấn chiếm lòng, lề đường', en: 'Encroachment on roads and sidewalks' } },
  { key: 'xay-dung-khong-phep', name: { vi: 'Xây dựng không phép', en: 'Unlicensed construction' } },
  { key: 'quang-cao-sai-quy-dinh', name: { vi: 'Quảng cáo sai quy định', en: 'Illegal advertising' } },
  { key: 'nuoc-thai', name: { vi: 'Nước thải', en: 'Waste water' } },
  { key: 'rac-thai', name: { vi: 'Rác thải', en: 'Garbage' } },
  { key: 'ha-tang-giao-thong', name: { vi: 'Hư hỏng hạ tầng giao thông', en: 'Road damage' } },
  { key: 'chieu-sang', name: { vi: 'Chiếu sáng công cộng', en: 'Street lighting' } },
  { key: 'trat-tu-do-thi', name: { vi: 'Trật tự đô thị', en: 'Urban order' } },
  { key: 'khac', name: { vi: 'Lĩnh vực khác', en: 'Other' } },
];

export const fieldReports = {
  key: 'field-reports',
  name: { vi: 'Phản ánh hiện trường', en: 'Citizen field reports' },
  shortName: { vi: 'Phản ánh hiện trường', en: 'Field reports' },
  icon: 'mdi-message-alert',
  kpis: [
    {
      id: 'field-reports.received',
      name: { vi: 'Phản ánh tiếp nhận', en: 'Reports received' },
      unit: 'count', period: 'daily', agency: 'trung-tam-ioc',
      breakdowns: ['category', 'commune', 'agency'], aggregate: 'sum', direction: 'neutral',
      categories,
      thresholds: [],
      chart: 'composition', range: [0, 2000],
    },
    {
      id: 'field-reports.handled',
      name: { vi: 'Phản ánh đã xử lý', en: 'Reports handled' },
      unit: 'count', period: 'daily', agency: 'trung-tam-ioc',
      breakdowns: ['category', 'commune', 'agency'], aggregate: 'sum', direction: 'higher-is-better',
      categories,
      thresholds: [],
      chart: 'timeseries', range: [0, 2000],
    },
    {
      id: 'field-reports.in-progress',
      name: { vi: 'Phản ánh đang xử lý', en: 'Reports in progress' },
      description: {
        vi: 'Số phản ánh chưa xử lý xong tại cuối ngày.',
        en: 'Reports still open at the end of the day.',
      },
      unit: 'count', period: 'daily', agency: 'trung-tam-ioc',
      breakdowns: ['commune', 'agency'], aggregate: 'sum', direction: 'lower-is-better',
      thresholds: [],
      chart: 'stat', range: [0, 10000],
    },
    {
      id: 'field-reports.overdue',
      name: { vi: 'Phản ánh quá hạn xử lý', en: 'Overdue reports' },
      description: {
        vi: 'Số phản ánh còn mở đã quá thời hạn xử lý tại cuối ngày.',
        en: 'Reports still open past their handling deadline at the end of the day.',
      },
      unit: 'count', period: 'daily', agency: 'trung-tam-ioc',
      breakdowns: ['agency', 'commune'], aggregate: 'sum', direction: 'lower-is-better',
      thresholds: [
        { op: '>=', value: 30, severity: 'warning', label: { vi: 'Cần đôn đốc', en: 'Needs follow-up' } },
        { op: '>=', value: 100, severity: 'critical', label: { vi: 'Tồn đọng nghiêm trọng', en: 'Serious backlog' } },
      ],
      chart: 'bar-ranking', range: [0, 2000],
    },
    {
      id: 'field-reports.on-time-rate',
      name: { vi: 'Tỷ lệ xử lý đúng hạn', en: 'On-time handling rate' },
      unit: 'percent', period: 'daily', agency: 'trung-tam-ioc',
      breakdowns: ['agency', 'commune'], aggregate: 'mean', direction: 'higher-is-better',
      thresholds: [
        { op: '<', value: 90, severity: 'warning', label: { vi: 'Dưới 90%', en: 'Below 90%' } },
        { op: '<', value: 80, severity: 'critical', label: { vi: 'Dưới 80%', en: 'Below 80%' } },
      ],
      chart: 'gauge', range: [0, 100], target: 95, headline: true,
    },
    {
      id: 'field-reports.avg-handling-time',
      name: { vi: 'Thời gian xử lý trung bình', en: 'Average handling time' },
      unit: 'hours', period: 'daily', agency: 'trung-tam-ioc',
      breakdowns: ['agency', 'category'], aggregate: 'mean', direction: 'lower-is-better',
      categories,
      thresholds: [
        { op: '>', value: 72, severity: 'warning', label: { vi: 'Chậm', en: 'Slow' } },
        { op: '>', value: 120, severity: 'critical', label: { vi: 'Rất chậm', en: 'Very slow' } },
      ],
      chart: 'timeseries', range: [0, 720],
    },
    {
      id: 'field-reports.satisfaction',
      name: { vi: 'Tỷ lệ người phản ánh hài lòng', en: 'Reporter satisfaction' },
      description: {
        vi: 'Tỷ lệ đánh giá hài lòng và rất hài lòng với kết quả xử lý.',
        en: 'Share of reporters satisfied or very satisfied with the outcome.',
      },
      unit: 'percent', period: 'monthly', agency: 'trung-tam-ioc',
      breakdowns: ['agency'], aggregate: 'mean', direction: 'higher-is-better',
      thresholds: [
        { op: '<', value: 80, severity: 'warning', label: { vi: 'Hài lòng thấp', en: 'Low satisfaction' } },
        { op: '<', value: 70, severity: 'critical', label: { vi: 'Hài lòng rất thấp', en: 'Very low satisfaction' } },
      ],
      chart: 'bar-ranking', range: [0, 100], target: 90,
    },
  ],
} satisfies z.input<typeof domainSchema>;
