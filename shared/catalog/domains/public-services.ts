// Public (administrative) services: dossier statistics as the public-service portal publishes them.
import type { z } from 'zod';
import type { domainSchema } from '../schema.js';

export const publicServices = {
  key: 'public-services',
  name: { vi: 'Giám sát lĩnh vực Dịch vụ công', en: 'Public (administrative) services' },
  shortName: { vi: 'Dịch vụ công', en: 'Public services' },
  icon: 'mdi-file-document-multiple',
  kpis: [
    {
      id: 'public-services.service-index',
      name: { vi: 'Bộ chỉ số phục vụ người dân, doanh nghiệp', en: 'Citizen and business service index' },
      description: {
        vi: 'Điểm trên thang 100: công khai, minh bạch 18; tiến độ, kết quả giải quyết 20; số hóa hồ sơ 22; cung cấp dịch vụ trực tuyến 22; mức độ hài lòng 18.',
        en: 'Score out of 100: transparency 18, processing progress 20, digitised dossiers 22, online services 22, satisfaction 18.',
      },
      unit: 'points', period: 'monthly', agency: 'trung-tam-phuc-vu-hcc',
      breakdowns: ['agency', 'commune'], aggregate: 'mean', direction: 'higher-is-better',
      thresholds: [
        { op: '<', value: 70, severity: 'warning', label: { vi: 'Dưới 70 điểm', en: 'Below 70 points' } },
        { op: '<', value: 50, severity: 'critical', label: { vi: 'Dưới 50 điểm', en: 'Below 50 points' } },
      ],
      chart: 'gauge', range: [0, 100], target: 90, headline: true,
    },
    {
      id: 'public-services.dossiers-received',
      name: { vi: 'Hồ sơ tiếp nhận', en: 'Dossiers received' },
      unit: 'count', period: 'daily', agency: 'trung-tam-phuc-vu-hcc',
      breakdowns: ['commune', 'agency'], aggregate: 'sum', direction: 'neutral',
      thresholds: [],
      chart: 'bar-ranking', range: [0, 30000],
    },
    {
      id: 'public-services.dossiers-processed',
      name: { vi: 'Hồ sơ đã giải quyết', en: 'Dossiers processed' },
      unit: 'count', period: 'daily', agency: 'trung-tam-phuc-vu-hcc',
      breakdowns: ['commune', 'agency', 'category'], aggregate: 'sum', direction: 'higher-is-better',
      categories: [
        { key: 'truoc-han', name: { vi: 'Trước hạn', en: 'Early' } },
        { key: 'dung-han', name: { vi: 'Đúng hạn', en: 'On time' } },
        { key: 'tre-han', name: { vi: 'Trễ hạn', en: 'Late' } },
      ],
      thresholds: [],
      chart: 'composition', range: [0, 30000],
    },
    {
      id: 'public-services.dossiers-overdue',
      name: { vi: 'Hồ sơ đang giải quyết quá hạn', en: 'Dossiers in progress past deadline' },
      unit: 'count', period: 'daily', agency: 'trung-tam-phuc-vu-hcc',
      breakdowns: ['agency', 'commune'], aggregate: 'sum', direction: 'lower-is-better',
      thresholds: [
        { op: '>=', value: 100, severity: 'warning', label: { vi: 'Cần đôn đốc', en: 'Needs follow-up' } },
        { op: '>=', value: 300, severity: 'critical', label: { vi: 'Tồn đọng nghiêm trọng', en: 'Serious backlog' } },
      ],
      chart: 'bar-ranking', range: [0, 5000],
    },
    {
      id: 'public-services.on-time-rate',
      name: { vi: 'Tỷ lệ hồ sơ giải quyết đúng hạn', en: 'Dossiers processed on time' },
      description: {
        vi: 'Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn trên tổng số hồ sơ đã giải quyết.',
        en: 'Share of processed dossiers settled early or on time.',
      },
      unit: 'percent', period: 'daily', agency: 'trung-tam-phuc-vu-hcc',
      breakdowns: ['agency', 'commune'], aggregate: 'mean', direction: 'higher-is-better',
      thresholds: [
        { op: '<', value: 90, severity: 'warning', label: { vi: 'Dưới 90%', en: 'Below 90%' } },
        { op: '<', value: 80, severity: 'critical', label: { vi: 'Dưới 80%', en: 'Below 80%' } },
      ],
      chart: 'timeseries', range: [0, 100], target: 98,
    },
    {
      id: 'public-services.online-full-share',
      name: { vi: 'Tỷ lệ hồ sơ trực tuyến toàn trình', en: 'Dossiers submitted fully online' },
      unit: 'percent', period: 'monthly', agency: 'trung-tam-phuc-vu-hcc',
      breakdowns: ['agency', 'commune'], aggregate: 'mean', direction: 'higher-is-better',
      thresholds: [{ op: '<', value: 50, severity: 'warning', label: { vi: 'Dưới 50%', en: 'Below 50%' } }],
      chart: 'bar-ranking', range: [0, 100], target: 80,
    },
    {
      id: 'public-services.online-payment-share',
      name: { vi: 'Tỷ lệ thanh toán trực tuyến', en: 'Online payment share' },
      unit: 'percent', period: 'monthly', agency: 'trung-tam-phuc-vu-hcc',
      breakdowns: ['agency'], aggregate: 'mean', direction: 'higher-is-better',
      thresholds: [{ op: '<', value: 30, severity: 'warning', label: { vi: 'Dưới 30%', en: 'Below 30%' } }],
      chart: 'stat', range: [0, 100], target: 50,
    },
    {
      id: 'public-services.digitised-share',
      name: { vi: 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết', en: 'Digitised dossiers and results' },
      unit: 'percent', period: 'monthly', agency: 'trung-tam-phuc-vu-hcc',
      breakdowns: ['agency', 'commune'], aggregate: 'mean', direction: 'higher-is-better',
      thresholds: [{ op: '<', value: 80, severity: 'warning', label: { vi: 'Dưới 80%', en: 'Below 80%' } }],
      chart: 'table', range: [0, 100], target: 100,
    },
  ],
} satisfies z.input<typeof domainSchema>;
