// Government performance: tasks assigned by the provincial People's Committee, e-documents, PAR index, SIPAS.
import type { z } from 'zod';
import type { domainSchema } from '../schema.js';

export const govPerformance = {
  key: 'gov-performance',
  name: { vi: 'Giám sát Hiệu quả hoạt động chính quyền', en: 'Government performance' },
  shortName: { vi: 'Chính quyền', en: 'Government' },
  icon: 'mdi-bank',
  kpis: [
    {
      id: 'gov-performance.tasks-overdue',
      name: { vi: 'Nhiệm vụ UBND tỉnh giao quá hạn', en: 'Overdue tasks assigned by the provincial committee' },
      unit: 'count', period: 'daily', agency: 'van-phong-ubnd-tinh',
      breakdowns: ['agency'], aggregate: 'sum', direction: 'lower-is-better',
      thresholds: [
        { op: '>=', value: 10, severity: 'warning', label: { vi: 'Cần đôn đốc', en: 'Needs follow-up' } },
        { op: '>=', value: 30, severity: 'critical', label: { vi: 'Chậm trễ nghiêm trọng', en: 'Seriously late' } },
      ],
      chart: 'bar-ranking', range: [0, 1000], headline: true,
    },
    {
      id: 'gov-performance.tasks-in-progress',
      name: { vi: 'Nhiệm vụ đang thực hiện', en: 'Tasks in progress' },
      unit: 'count', period: 'daily', agency: 'van-phong-ubnd-tinh',
      breakdowns: ['agency'], aggregate: 'sum', direction: 'neutral',
      thresholds: [],
      chart: 'stat', range: [0, 5000],
    },
    {
      id: 'gov-performance.tasks-completed',
      name: { vi: 'Nhiệm vụ hoàn thành', en: 'Tasks completed' },
      unit: 'count', period: 'monthly', agency: 'van-phong-ubnd-tinh',
      breakdowns: ['agency'], aggregate: 'sum', direction: 'higher-is-better',
      thresholds: [],
      chart: 'timeseries', range: [0, 3000],
    },
    {
      id: 'gov-performance.tasks-on-time-rate',
      name: { vi: 'Tỷ lệ nhiệm vụ hoàn thành đúng hạn', en: 'Tasks completed on time' },
      unit: 'percent', period: 'monthly', agency: 'van-phong-ubnd-tinh',
      breakdowns: ['agency'], aggregate: 'mean', direction: 'higher-is-better',
      thresholds: [
        { op: '<', value: 90, severity: 'warning', label: { vi: 'Dưới 90%', en: 'Below 90%' } },
        { op: '<', value: 80, severity: 'critical', label: { vi: 'Dưới 80%', en: 'Below 80%' } },
      ],
      chart: 'gauge', range: [0, 100], target: 100,
    },
    {
      id: 'gov-performance.e-document-share',
      name: { vi: 'Tỷ lệ văn bản điện tử có ký số', en: 'Documents exchanged electronically with digital signatures' },
      unit: 'percent', period: 'monthly', agency: 'van-phong-ubnd-tinh',
      breakdowns: ['agency'], aggregate: 'mean', direction: 'higher-is-better',
      thresholds: [{ op: '<', value: 90, severity: 'warning', label: { vi: 'Dưới 90%', en: 'Below 90%' } }],
      chart: 'table', range: [0, 100], target: 100,
    },
    {
      id: 'gov-performance.online-meetings',
      name: { vi: 'Cuộc họp trực tuyến', en: 'Online meetings' },
      unit: 'count', period: 'monthly', agency: 'van-phong-ubnd-tinh',
      breakdowns: ['agency'], aggregate: 'sum', direction: 'neutral',
      thresholds: [],
      chart: 'timeseries', range: [0, 2000],
    },
    {
      id: 'gov-performance.par-index',
      name: { vi: 'Chỉ số cải cách hành chính (PAR INDEX)', en: 'Public administration reform index (PAR INDEX)' },
      description: {
        vi: 'Điểm tự đánh giá, cập nhật hằng quý; kết quả chính thức công bố hằng năm.',
        en: 'Self-assessed score, updated quarterly; the official result is published yearly.',
      },
      unit: 'points', period: 'quarterly', agency: 'so-noi-vu',
      breakdowns: ['agency'], aggregate: 'mean', direction: 'higher-is-better',
      thresholds: [{ op: '<', value: 80, severity: 'warning', label: { vi: 'Dưới 80 điểm', en: 'Below 80 points' } }],
      chart: 'bar-ranking', range: [0, 100],
    },
    {
      id: 'gov-performance.sipas',
      name: { vi: 'Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)', en: 'Satisfaction with public administration (SIPAS)' },
      description: {
        vi: 'Kết quả khảo sát cập nhật hằng quý; kết quả chính thức công bố hằng năm.',
        en: 'Survey result updated quarterly; the official result is published yearly.',
      },
      unit: 'percent', period: 'quarterly', agency: 'so-noi-vu',
      breakdowns: [], aggregate: 'mean', direction: 'higher-is-better',
      thresholds: [{ op: '<', value: 80, severity: 'warning', label: { vi: 'Dưới 80%', en: 'Below 80%' } }],
      chart: 'stat', range: [0, 100], target: 90,
    },
  ],
} satisfies z.input<typeof domainSchema>;
