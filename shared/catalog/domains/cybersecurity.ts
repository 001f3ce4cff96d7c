// Cyber-security monitoring of the province's information systems (the provincial SOC).
import type { z } from 'zod';
import type { domainSchema } from '../schema.js';

export const cybersecurity = {
  key: 'cybersecurity',
  name: { vi: 'Giám sát an toàn thông tin mạng', en: 'Cyber-security monitoring' },
  shortName: { vi: 'An toàn thông tin', en: 'Cyber-security' },
  icon: 'mdi-shield-lock',
  kpis: [
    {
      id: 'cybersecurity.alerts',
      name: { vi: 'Cảnh báo an toàn thông tin', en: 'Security alerts' },
      description: {
        vi: 'Cảnh báo do hệ thống giám sát (SOC) phát hiện, theo mức độ nghiêm trọng.',
        en: 'Alerts raised by the security operations centre, by severity.',
      },
      unit: 'count', period: 'daily', agency: 'so-khoa-hoc-cong-nghe',
      breakdowns: ['category', 'agency'], aggregate: 'sum', direction: 'lower-is-better',
      categories: [
        { key: 'thap', name: { vi: 'Thấp', en: 'Low' } },
        { key: 'trung-binh', name: { vi: 'Trung bình', en: 'Medium' } },
        { key: 'cao', name: { vi: 'Cao', en: 'High' } },
        { key: 'nghiem-trong', name: { vi: 'Nghiêm trọng', en: 'Critical' } },
      ],
      thresholds: [
        { op: '>=', value: 500, severity: 'warning', label: { vi: 'Cảnh báo tăng đột biến', en: 'Alert surge' } },
        { op: '>=', value: 1500, severity: 'critical', label: { vi: 'Nghi ngờ tấn công diện rộng', en: 'Suspected large-scale attack' } },
      ],
      chart: 'composition', range: [0, 5000], headline: true,
    },
    {
      id: 'cybersecurity.attacks-blocked',
      name: { vi: 'Tấn công mạng bị ngăn chặn', en: 'Attacks blocked' },
      unit: 'count', period: 'daily', agency: 'so-khoa-hoc-cong-nghe',
      breakdowns: ['agency'], aggregate: 'sum', direction: 'neutral',
      thresholds: [],
      chart: 'timeseries', range: [0, 500000],
    },
    {
      id: 'cybersecurity.open-vulnerabilities',
      name: { vi: 'Lỗ hổng chưa khắc phục', en: 'Open vulnerabilities' },
      unit: 'count', period: 'daily', agency: 'so-khoa-hoc-cong-nghe',
      breakdowns: ['agency'], aggregate: 'sum', direction: 'lower-is-better',
      thresholds: [
        { op: '>=', value: 50, severity: 'warning', label: { vi: 'Nhiều lỗ hổng tồn đọng', en: 'Many open vulnerabilities' } },
        { op: '>=', value: 100, severity: 'critical', label: { vi: 'Tồn đọng nghiêm trọng', en: 'Serious backlog' } },
      ],
      chart: 'bar-ranking', range: [0, 2000],
    },
    {
      id: 'cybersecurity.sites-down',
      name: { vi: 'Website, cổng thông tin gián đoạn', en: 'Websites and portals down' },
      unit: 'count', period: 'hourly', agency: 'so-khoa-hoc-cong-nghe',
      breakdowns: ['agency'], aggregate: 'sum', direction: 'lower-is-better',
      thresholds: [
        { op: '>=', value: 1, severity: 'warning', label: { vi: 'Có trang bị gián đoạn', en: 'A site is down' } },
        { op: '>=', value: 5, severity: 'critical', label: { vi: 'Gián đoạn diện rộng', en: 'Widespread outage' } },
      ],
      chart: 'heatmap', range: [0, 100],
    },
    {
      id: 'cybersecurity.infected-hosts',
      name: { vi: 'Máy tính nhiễm mã độc', en: 'Malware-infected computers' },
      unit: 'count', period: 'daily', agency: 'so-khoa-hoc-cong-nghe',
      breakdowns: ['agency'], aggregate: 'sum', direction: 'lower-is-better',
      thresholds: [
        { op: '>=', value: 10, severity: 'warning', label: { vi: 'Cần xử lý', en: 'Needs cleaning' } },
        { op: '>=', value: 30, severity: 'critical', label: { vi: 'Lây nhiễm diện rộng', en: 'Widespread infection' } },
      ],
      chart: 'table', range: [0, 1000],
    },
    {
      id: 'cybersecurity.time-to-remediate',
      name: { vi: 'Thời gian khắc phục sự cố trung bình', en: 'Mean time to remediate' },
      unit: 'hours', period: 'monthly', agency: 'so-khoa-hoc-cong-nghe',
      breakdowns: ['agency'], aggregate: 'mean', direction: 'lower-is-better',
      thresholds: [
        { op: '>', value: 72, severity: 'warning', label: { vi: 'Khắc phục chậm', en: 'Slow remediation' } },
        { op: '>', value: 168, severity: 'critical', label: { vi: 'Quá một tuần', en: 'Over a week' } },
      ],
      chart: 'timeseries', range: [0, 720],
    },
    {
      id: 'cybersecurity.systems-level-approved',
      name: { vi: 'Hệ thống được phê duyệt cấp độ an toàn', en: 'Systems with an approved security level' },
      description: {
        vi: 'Tỷ lệ hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ.',
        en: 'Share of information systems whose security-level dossier is approved.',
      },
      unit: 'percent', period: 'monthly', agency: 'so-khoa-hoc-cong-nghe',
      breakdowns: ['agency'], aggregate: 'mean', direction: 'higher-is-better',
      thresholds: [
        { op: '<', value: 80, severity: 'warning', label: { vi: 'Chưa đạt yêu cầu', en: 'Below requirement' } },
        { op: '<', value: 50, severity: 'critical', label: { vi: 'Rất thấp', en: 'Very low' } },
      ],
      chart: 'gauge', range: [0, 100], target: 100,
    },
  ],
} satisfies z.input<typeof domainSchema>;
