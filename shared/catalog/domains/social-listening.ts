// Social-media listening: mentions of the province, sentiment, hot topics and harmful content.
import type { z } from 'zod';
import type { domainSchema } from '../schema.js';

export const socialListening = {
  key: 'social-listening',
  name: { vi: 'Lắng nghe mạng xã hội', en: 'Social-media listening' },
  shortName: { vi: 'Mạng xã hội', en: 'Social media' },
  icon: 'mdi-forum',
  kpis: [
    {
      id: 'social-listening.negative-share',
      name: { vi: 'Tỷ lệ đề cập tiêu cực', en: 'Share of negative mentions' },
      unit: 'percent', period: 'daily', agency: 'trung-tam-ioc',
      breakdowns: [], aggregate: 'mean', direction: 'lower-is-better',
      thresholds: [
        { op: '>', value: 20, severity: 'warning', label: { vi: 'Dư luận tiêu cực tăng', en: 'Negative opinion rising' } },
        { op: '>', value: 35, severity: 'critical', label: { vi: 'Khủng hoảng truyền thông', en: 'Media crisis' } },
      ],
      chart: 'timeseries', range: [0, 100], headline: true,
    },
    {
      id: 'social-listening.mentions',
      name: { vi: 'Lượt đề cập theo nguồn', en: 'Mentions by source' },
      unit: 'count', period: 'daily', agency: 'trung-tam-ioc',
      breakdowns: ['category'], aggregate: 'sum', direction: 'neutral',
      categories: [
        { key: 'bao-chi', name: { vi: 'Báo chí', en: 'News sites' } },
        { key: 'facebook', name: { vi: 'Facebook', en: 'Facebook' } },
        { key: 'youtube', name: { vi: 'YouTube', en: 'YouTube' } },
        { key: 'tiktok', name: { vi: 'TikTok', en: 'TikTok' } },
        { key: 'dien-dan', name: { vi: 'Diễn đàn', en: 'Forums' } },
        { key: 'khac', name: { vi: 'Nguồn khác', en: 'Other sources' } },
      ],
      thresholds: [],
      chart: 'composition', range: [0, 200000],
    },
    {
      id: 'social-listening.sentiment',
      name: { vi: 'Lượt đề cập theo sắc thái', en: 'Mentions by sentiment' },
      unit: 'count', period: 'daily', agency: 'trung-tam-ioc',
      breakdowns: ['category'], aggregate: 'sum', direction: 'neutral',
      categories: [
        { key: 'tich-cuc', name: { vi: 'Tích cực', en: 'Positive' } },
        { key: 'trung-tinh', name: { vi: 'Trung tính', en: 'Neutral' } },
        { key: 'tieu-cuc', name: { vi: 'Tiêu cực', en: 'Negative' } },
      ],
      thresholds: [],
      chart: 'composition', range: [0, 200000],
    },
    {
      id: 'social-listening.mentions-by-commune',
      name: { vi: 'Lượt đề cập theo địa bàn', en: 'Mentions by place' },
      unit: 'count', period: 'daily', agency: 'trung-tam-ioc',
      breakdowns: ['commune'], aggregate: 'sum', direction: 'neutral',
      thresholds: [],
      chart: 'bar-ranking', range: [0, 200000],
    },
    {
      id: 'social-listening.hot-topics',
      name: { vi: 'Chủ đề nóng', en: 'Hot topics' },
      description: {
        vi: 'Số chủ đề có lượt đề cập tăng đột biến trong ngày.',
        en: 'Topics whose mentions surged during the day.',
      },
      unit: 'count', period: 'daily', agency: 'trung-tam-ioc',
      breakdowns: [], aggregate: 'sum', direction: 'neutral',
      thresholds: [{ op: '>=', value: 5, severity: 'info', label: { vi: 'Nhiều chủ đề nóng', en: 'Many hot topics' } }],
      chart: 'table', range: [0, 100],
    },
    {
      id: 'social-listening.harmful-items',
      name: { vi: 'Tin giả, tin xấu độc cần xử lý', en: 'False or harmful items to handle' },
      unit: 'count', period: 'daily', agency: 'trung-tam-ioc',
      breakdowns: ['agency'], aggregate: 'sum', direction: 'lower-is-better',
      thresholds: [
        { op: '>=', value: 10, severity: 'warning', label: { vi: 'Cần xử lý', en: 'Needs handling' } },
        { op: '>=', value: 30, severity: 'critical', label: { vi: 'Gia tăng đột biến', en: 'Surge' } },
      ],
      chart: 'stat', range: [0, 1000],
    },
    {
      id: 'social-listening.response-time',
      name: { vi: 'Thời gian phản hồi thông tin trung bình', en: 'Average response time' },
      description: {
        vi: 'Từ khi phát hiện đến khi cơ quan chức năng phản hồi, cải chính.',
        en: 'From detection to an official response or correction.',
      },
      unit: 'hours', period: 'daily', agency: 'trung-tam-ioc',
      breakdowns: ['agency'], aggregate: 'mean', direction: 'lower-is-better',
      thresholds: [
        { op: '>', value: 24, severity: 'warning', label: { vi: 'Chậm hơn 24 giờ', en: 'Over 24 hours' } },
        { op: '>', value: 48, severity: 'critical', label: { vi: 'Chậm hơn 48 giờ', en: 'Over 48 hours' } },
      ],
      chart: 'timeseries', range: [0, 720],
    },
  ],
} satisfies z.input<typeof domainSchema>;
