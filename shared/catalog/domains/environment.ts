// Natural resources & environment: air and water quality, reservoirs, rain, forest fire and waste.
import type { z } from 'zod';
import type { domainSchema } from '../schema.js';

export const environment = {
  key: 'environment',
  name: { vi: 'Giám sát, điều hành chỉ tiêu tài nguyên môi trường', en: 'Natural resources & environment' },
  shortName: { vi: 'Tài nguyên môi trường', en: 'Environment' },
  icon: 'mdi-leaf',
  kpis: [
    {
      id: 'environment.aqi',
      name: { vi: 'Chỉ số chất lượng không khí (VN_AQI)', en: 'Air quality index (VN_AQI)' },
      description: {
        vi: 'VN_AQI giờ tại các trạm quan trắc tự động; giá trị toàn tỉnh là trạm cao nhất.',
        en: 'Hourly VN_AQI at the automatic stations; the province value is the worst station.',
      },
      unit: 'index', period: 'hourly', agency: 'so-nong-nghiep-moi-truong',
      breakdowns: ['commune'], aggregate: 'max', direction: 'lower-is-better',
      thresholds: [
        { op: '>', value: 100, severity: 'warning', label: { vi: 'Kém', en: 'Poor' } },
        { op: '>', value: 150, severity: 'critical', label: { vi: 'Xấu', en: 'Bad' } },
        { op: '>', value: 200, severity: 'critical', label: { vi: 'Rất xấu', en: 'Very bad' } },
        { op: '>', value: 300, severity: 'critical', label: { vi: 'Nguy hại', en: 'Hazardous' } },
      ],
      chart: 'bar-ranking', range: [0, 500], headline: true,
    },
    {
      id: 'environment.pm25',
      name: { vi: 'Nồng độ bụi mịn PM2.5', en: 'PM2.5 concentration' },
      unit: 'ug-m3', period: 'hourly', agency: 'so-nong-nghiep-moi-truong',
      breakdowns: ['commune'], aggregate: 'max', direction: 'lower-is-better',
      thresholds: [
        { op: '>', value: 50, severity: 'warning', label: { vi: 'Vượt QCVN 05:2023 (trung bình 24 giờ)', en: 'Above the 24-hour national limit' } },
        { op: '>', value: 150, severity: 'critical', label: { vi: 'Ô nhiễm nặng', en: 'Heavy pollution' } },
      ],
      chart: 'heatmap', range: [0, 500],
    },
    {
      id: 'environment.pm10',
      name: { vi: 'Nồng độ bụi PM10', en: 'PM10 concentration' },
      unit: 'ug-m3', period: 'hourly', agency: 'so-nong-nghiep-moi-truong',
      breakdowns: ['commune'], aggregate: 'max', direction: 'lower-is-better',
      thresholds: [
        { op: '>', value: 100, severity: 'warning', label: { vi: 'Vượt QCVN 05:2023 (trung bình 24 giờ)', en: 'Above the 24-hour national limit' } },
        { op: '>', value: 250, severity: 'critical', label: { vi: 'Ô nhiễm nặng', en: 'Heavy pollution' } },
      ],
      chart: 'timeseries', range: [0, 600],
    },
    {
      id: 'environment.wqi',
      name: { vi: 'Chỉ số chất lượng nước (VN_WQI)', en: 'Water quality index (VN_WQI)' },
      description: {
        vi: 'VN_WQI tại các điểm quan trắc nước mặt; giá trị toàn tỉnh là trung bình các điểm.',
        en: 'VN_WQI at the surface-water monitoring points; the province value is their mean.',
      },
      unit: 'index', period: 'monthly', agency: 'so-nong-nghiep-moi-truong',
      breakdowns: ['commune'], aggregate: 'mean', direction: 'higher-is-better',
      thresholds: [
        { op: '<', value: 51, severity: 'warning', label: { vi: 'Kém', en: 'Poor' } },
        { op: '<', value: 26, severity: 'critical', label: { vi: 'Ô nhiễm nặng', en: 'Heavily polluted' } },
      ],
      chart: 'heatmap', range: [0, 100],
    },
    {
      id: 'environment.reservoir-storage',
      name: { vi: 'Dung tích hồ chứa thủy lợi so với thiết kế', en: 'Irrigation reservoir storage' },
      description: {
        vi: 'Tổng dung tích hiện có của các hồ chứa thủy lợi so với dung tích thiết kế.',
        en: 'Current storage of the irrigation reservoirs as a share of their design capacity.',
      },
      unit: 'percent', period: 'daily', agency: 'so-nong-nghiep-moi-truong',
      breakdowns: ['commune'], aggregate: 'mean', direction: 'neutral',
      thresholds: [
        { op: '<', value: 50, severity: 'warning', label: { vi: 'Nguy cơ thiếu nước', en: 'Water shortage risk' } },
        { op: '<', value: 30, severity: 'critical', label: { vi: 'Hạn hán', en: 'Drought' } },
      ],
      chart: 'timeseries', range: [0, 100],
    },
    {
      id: 'environment.rainfall',
      name: { vi: 'Lượng mưa ngày lớn nhất', en: 'Highest daily rainfall' },
      description: {
        vi: 'Lượng mưa trong ngày tại trạm đo mưa lớn nhất.',
        en: 'Rainfall of the day at the wettest rain gauge.',
      },
      unit: 'mm', period: 'daily', agency: 'dai-khi-tuong-thuy-van',
      breakdowns: ['commune'], aggregate: 'max', direction: 'neutral',
      thresholds: [
        { op: '>', value: 100, severity: 'warning', label: { vi: 'Mưa rất to, nguy cơ lũ quét, sạt lở', en: 'Very heavy rain, flash-flood risk' } },
        { op: '>', value: 200, severity: 'critical', label: { vi: 'Mưa đặc biệt lớn', en: 'Extreme rain' } },
      ],
      chart: 'bar-ranking', range: [0, 600],
    },
    {
      id: 'environment.forest-fire-level',
      name: { vi: 'Cấp dự báo cháy rừng', en: 'Forest-fire danger level' },
      description: {
        vi: 'Cấp I đến cấp V; giá trị toàn tỉnh là cấp cao nhất.',
        en: 'Level I to V; the province value is the highest level.',
      },
      unit: 'level', period: 'daily', agency: 'so-nong-nghiep-moi-truong',
      breakdowns: ['commune'], aggregate: 'max', direction: 'lower-is-better',
      thresholds: [
        { op: '>=', value: 4, severity: 'warning', label: { vi: 'Cấp IV - nguy hiểm', en: 'Level IV - dangerous' } },
        { op: '>=', value: 5, severity: 'critical', label: { vi: 'Cấp V - cực kỳ nguy hiểm', en: 'Level V - extremely dangerous' } },
      ],
      chart: 'stat', range: [1, 5],
    },
    {
      id: 'environment.waste-collected',
      name: { vi: 'Khối lượng chất thải rắn sinh hoạt được thu gom', en: 'Household solid waste collected' },
      unit: 'tonnes', period: 'daily', agency: 'so-nong-nghiep-moi-truong',
      breakdowns: ['commune'], aggregate: 'sum', direction: 'higher-is-better',
      thresholds: [],
      chart: 'timeseries', range: [300, 3000],
    },
  ],
} satisfies z.input<typeof domainSchema>;
