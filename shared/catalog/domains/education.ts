// Education: pupils, attendance, enrolment, drop-out, school standards and teachers.
import type { z } from 'zod';
import type { domainSchema } from '../schema.js';

const levels = [
  { key: 'mam-non', name: { vi: 'Mầm non', en: 'Pre-school' } },
  { key: 'tieu-hoc', name: { vi: 'Tiểu học', en: 'Primary' } },
  { key: 'thcs', name: { vi: 'Trung học cơ sở', en: 'Lower secondary' } },
  { key: 'thpt', name: { vi: 'Trung học phổ thông', en: 'Upper secondary' } },
];

export const education = {
  key: 'education',
  name: { vi: 'Giám sát, điều hành Lĩnh vực Giáo dục', en: 'Education' },
  shortName: { vi: 'Giáo dục', en: 'Education' },
  icon: 'mdi-school',
  kpis: [
    {
      id: 'education.dropout-rate',
      name: { vi: 'Tỷ lệ học sinh bỏ học', en: 'Pupil drop-out rate' },
      unit: 'percent', period: 'quarterly', agency: 'so-giao-duc-dao-tao',
      breakdowns: ['commune', 'category'], aggregate: 'mean', direction: 'lower-is-better',
      categories: levels.filter((l) => l.key !== 'mam-non'),
      thresholds: [
        { op: '>', value: 1, severity: 'warning', label: { vi: 'Trên 1%', en: 'Above 1%' } },
        { op: '>', value: 2, severity: 'critical', label: { vi: 'Trên 2%', en: 'Above 2%' } },
      ],
      chart: 'bar-ranking', range: [0, 10], headline: true,
    },
    {
      id: 'education.pupils',
      name: { vi: 'Số học sinh theo cấp học', en: 'Pupils by level' },
      unit: 'count', period: 'quarterly', agency: 'so-giao-duc-dao-tao',
      breakdowns: ['category', 'commune'], aggregate: 'sum', direction: 'neutral',
      categories: levels,
      thresholds: [],
      chart: 'composition', range: [500000, 1200000],
    },
    {
      id: 'education.attendance-rate',
      name: { vi: 'Tỷ lệ học sinh đi học chuyên cần', en: 'Daily pupil attendance' },
      unit: 'percent', period: 'daily', agency: 'so-giao-duc-dao-tao',
      breakdowns: ['commune'], aggregate: 'mean', direction: 'higher-is-better',
      thresholds: [
        { op: '<', value: 95, severity: 'warning', label: { vi: 'Dưới 95%', en: 'Below 95%' } },
        { op: '<', value: 90, severity: 'critical', label: { vi: 'Dưới 90%', en: 'Below 90%' } },
      ],
      chart: 'heatmap', range: [0, 100],
    },
    {
      id: 'education.enrolment-right-age',
      name: { vi: 'Tỷ lệ huy động trẻ đi học đúng độ tuổi', en: 'Enrolment at the right age' },
      unit: 'percent', period: 'quarterly', agency: 'so-giao-duc-dao-tao',
      breakdowns: ['commune', 'category'], aggregate: 'mean', direction: 'higher-is-better',
      categories: levels,
      thresholds: [{ op: '<', value: 90, severity: 'warning', label: { vi: 'Dưới 90%', en: 'Below 90%' } }],
      chart: 'table', range: [0, 100], target: 98,
    },
    {
      id: 'education.schools-national-standard',
      name: { vi: 'Tỷ lệ trường đạt chuẩn quốc gia', en: 'Schools meeting the national standard' },
      unit: 'percent', period: 'quarterly', agency: 'so-giao-duc-dao-tao',
      breakdowns: ['commune', 'category'], aggregate: 'mean', direction: 'higher-is-better',
      categories: levels,
      thresholds: [{ op: '<', value: 40, severity: 'warning', label: { vi: 'Dưới 40%', en: 'Below 40%' } }],
      chart: 'gauge', range: [0, 100], target: 60,
    },
    {
      id: 'education.teacher-shortage',
      name: { vi: 'Số giáo viên còn thiếu so với định mức', en: 'Teacher shortage against the staffing norm' },
      unit: 'count', period: 'quarterly', agency: 'so-giao-duc-dao-tao',
      breakdowns: ['commune', 'category'], aggregate: 'sum', direction: 'lower-is-better',
      categories: levels,
      thresholds: [
        { op: '>=', value: 3000, severity: 'warning', label: { vi: 'Thiếu nhiều', en: 'Large shortage' } },
        { op: '>=', value: 6000, severity: 'critical', label: { vi: 'Thiếu nghiêm trọng', en: 'Severe shortage' } },
      ],
      chart: 'stat', range: [0, 10000],
    },
    {
      id: 'education.upper-secondary-graduation',
      name: { vi: 'Tỷ lệ tốt nghiệp trung học phổ thông', en: 'Upper-secondary graduation rate' },
      description: {
        vi: 'Kết quả kỳ thi tốt nghiệp THPT, công bố một lần mỗi năm (quý III).',
        en: 'Result of the national graduation exam, published once a year (third quarter).',
      },
      unit: 'percent', period: 'quarterly', agency: 'so-giao-duc-dao-tao',
      breakdowns: ['commune'], aggregate: 'mean', direction: 'higher-is-better',
      thresholds: [
        { op: '<', value: 95, severity: 'warning', label: { vi: 'Dưới 95%', en: 'Below 95%' } },
        { op: '<', value: 90, severity: 'critical', label: { vi: 'Dưới 90%', en: 'Below 90%' } },
      ],
      chart: 'bar-ranking', range: [50, 100],
    },
    {
      id: 'education.digital-transcripts',
      name: { vi: 'Tỷ lệ học bạ số', en: 'Digital school records' },
      unit: 'percent', period: 'monthly', agency: 'so-giao-duc-dao-tao',
      breakdowns: ['category'], aggregate: 'mean', direction: 'higher-is-better',
      categories: levels.filter((l) => l.key !== 'mam-non'),
      thresholds: [],
      chart: 'timeseries', range: [0, 100], target: 100,
    },
  ],
} satisfies z.input<typeof domainSchema>;
