// The demo wall of the operations room, as data: what the console shows until an installation puts its own
// configuration in wall.json in the data folder. Two screens: the main wall and a side screen.
import type { WallConfigInput } from './schema.js';

const WORKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const EVERY_DAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export const demoWallConfig: WallConfigInput = {
  version: 1,
  scenes: [
    {
      id: 'tong-quan',
      name: { vi: 'Tổng quan toàn tỉnh', en: 'Province overview' },
      grid: { cols: 4, rows: 3 },
      tiles: [
        { id: 'dong-ho', kind: 'clock', col: 1, row: 1 },
        { id: 'chi-so-chinh', kind: 'headlines', col: 2, row: 1, colSpan: 3, options: { domains: ['economy', 'security-traffic', 'public-services'] } },
        { id: 'vuot-nguong', kind: 'breach-list', col: 1, row: 2, rowSpan: 2 },
        { id: 'aqi', kind: 'kpi', col: 2, row: 2, options: { kpiId: 'environment.aqi' } },
        { id: 'giuong-benh', kind: 'kpi', col: 3, row: 2, options: { kpiId: 'health.bed-occupancy' } },
        { id: 'phan-anh', kind: 'kpi', col: 4, row: 2, options: { kpiId: 'field-reports.received' } },
        { id: 'ho-so', kind: 'kpi', col: 2, row: 3, options: { kpiId: 'public-services.on-time-rate' } },
        { id: 'tai-nan', kind: 'kpi', col: 3, row: 3, options: { kpiId: 'security-traffic.traffic-accidents' } },
        { id: 'thu-ngan-sach', kind: 'kpi', col: 4, row: 3, options: { kpiId: 'economy.budget-revenue' } },
      ],
    },
    {
      id: 'an-ninh-giao-thong',
      name: { vi: 'An ninh trật tự và giao thông', en: 'Public order and traffic' },
      grid: { cols: 3, rows: 2 },
      tiles: [
        { id: 'tai-nan', kind: 'kpi', col: 1, row: 1, options: { kpiId: 'security-traffic.traffic-accidents' } },
        { id: 'vi-pham', kind: 'kpi', col: 2, row: 1, options: { kpiId: 'security-traffic.camera-violations' } },
        { id: 'un-tac', kind: 'kpi', col: 3, row: 1, options: { kpiId: 'security-traffic.congestion-points' } },
        { id: 'luu-luong', kind: 'kpi', col: 1, row: 2, colSpan: 2, options: { kpiId: 'security-traffic.vehicle-flow' } },
        { id: 'camera', kind: 'kpi', col: 3, row: 2, options: { kpiId: 'security-traffic.cameras-online' } },
      ],
    },
    {
      id: 'moi-truong-y-te',
      name: { vi: 'Môi trường và y tế', en: 'Environment and health' },
      grid: { cols: 3, rows: 2 },
      tiles: [
        { id: 'aqi', kind: 'kpi', col: 1, row: 1, options: { kpiId: 'environment.aqi' } },
        { id: 'pm25', kind: 'kpi', col: 2, row: 1, options: { kpiId: 'environment.pm25' } },
        { id: 'mua', kind: 'kpi', col: 3, row: 1, options: { kpiId: 'environment.rainfall' } },
        { id: 'giuong-benh', kind: 'kpi', col: 1, row: 2, options: { kpiId: 'health.bed-occupancy' } },
        { id: 'cap-cuu', kind: 'kpi', col: 2, row: 2, options: { kpiId: 'health.emergency-admissions' } },
        { id: 'dich-benh', kind: 'kpi', col: 3, row: 2, options: { kpiId: 'health.notifiable-diseases' } },
      ],
    },
    {
      id: 'dich-vu-cong',
      name: { vi: 'Dịch vụ công và phản ánh hiện trường', en: 'Public services and field reports' },
      grid: { cols: 3, rows: 2 },
      tiles: [
        { id: 'tiep-nhan', kind: 'kpi', col: 1, row: 1, options: { kpiId: 'public-services.dossiers-received' } },
        { id: 'dung-han', kind: 'kpi', col: 2, row: 1, options: { kpiId: 'public-services.on-time-rate' } },
        { id: 'truc-tuyen', kind: 'kpi', col: 3, row: 1, options: { kpiId: 'public-services.online-full-share' } },
        { id: 'phan-anh', kind: 'kpi', col: 1, row: 2, options: { kpiId: 'field-reports.received' } },
        { id: 'qua-han', kind: 'kpi', col: 2, row: 2, options: { kpiId: 'field-reports.overdue' } },
        { id: 'hai-long', kind: 'kpi', col: 3, row: 2, options: { kpiId: 'field-reports.satisfaction' } },
      ],
    },
    {
      id: 'ban-do-phan-anh',
      name: { vi: 'Bản đồ điều hành và phản ánh hiện trường', en: 'Operations map and field reports' },
      grid: { cols: 4, rows: 2 },
      tiles: [
        {
          id: 'ban-do',
          kind: 'map',
          col: 1,
          row: 1,
          colSpan: 3,
          rowSpan: 2,
          options: { center: [108.55, 12.95], zoom: 7.6, layers: ['field-reports', 'traffic-incidents', 'environment-stations'] },
        },
        { id: 'phan-anh-moi', kind: 'field-reports', col: 4, row: 1, rowSpan: 2, options: { limit: 10 } },
      ],
    },
    {
      id: 'canh-bao',
      name: { vi: 'Cảnh báo vượt ngưỡng', en: 'Threshold alerts' },
      grid: { cols: 3, rows: 2 },
      tiles: [
        { id: 'dong-ho', kind: 'clock', col: 1, row: 1 },
        { id: 'vuot-nguong', kind: 'breach-list', col: 2, row: 1, colSpan: 2, rowSpan: 2, options: { limit: 14 } },
        { id: 'chi-so-chinh', kind: 'headlines', col: 1, row: 2, options: { domains: ['health', 'environment', 'security-traffic', 'field-reports'] } },
      ],
    },
  ],
  playlists: [
    {
      id: 'gio-hanh-chinh',
      name: { vi: 'Giờ hành chính', en: 'Office hours' },
      entries: [
        { sceneId: 'tong-quan', dwellSec: 60 },
        { sceneId: 'an-ninh-giao-thong', dwellSec: 30 },
        { sceneId: 'moi-truong-y-te', dwellSec: 30 },
        { sceneId: 'dich-vu-cong', dwellSec: 30 },
        { sceneId: 'ban-do-phan-anh', dwellSec: 45 },
      ],
    },
    {
      id: 'ngoai-gio',
      name: { vi: 'Ngoài giờ và ban đêm', en: 'After hours and night' },
      entries: [
        { sceneId: 'tong-quan', dwellSec: 120 },
        { sceneId: 'an-ninh-giao-thong', dwellSec: 60 },
        { sceneId: 'ban-do-phan-anh', dwellSec: 60 },
        { sceneId: 'canh-bao', dwellSec: 60 },
      ],
    },
    {
      id: 'canh-bao',
      name: { vi: 'Theo dõi cảnh báo', en: 'Alert watch' },
      entries: [
        { sceneId: 'canh-bao', dwellSec: 45 },
        { sceneId: 'moi-truong-y-te', dwellSec: 30 },
      ],
    },
  ],
  walls: [
    {
      id: 'chinh',
      name: { vi: 'Màn hình chính', en: 'Main wall' },
      display: { primary: false, index: 1 },
      playlistId: 'ngoai-gio',
      dayparts: [
        {
          id: 'hanh-chinh',
          name: { vi: 'Giờ hành chính', en: 'Office hours' },
          days: [...WORKDAYS],
          from: '07:00',
          to: '17:30',
          playlistId: 'gio-hanh-chinh',
        },
      ],
    },
    {
      id: 'phu',
      name: { vi: 'Màn hình phụ', en: 'Side screen' },
      display: { index: 2 },
      playlistId: 'canh-bao',
    },
  ],
  alarms: {
    kpiCritical: true,
    cap: true,
    rules: [],
    sound: true,
    quietHours: [{ days: [...EVERY_DAY], from: '22:00', to: '06:00' }],
  },
  shell: { wallMemoryLimitMb: 1536 },
};

/**
 * Where the demo does not fit the catalog (an installation with other KPIs, a test catalog): one wall with the
 * clock and every domain's headline figure, which any valid catalog can show.
 */
export const minimalWallConfig: WallConfigInput = {
  version: 1,
  scenes: [
    {
      id: 'tong-quan',
      name: { vi: 'Tổng quan', en: 'Overview' },
      grid: { cols: 3, rows: 1 },
      tiles: [
        { id: 'dong-ho', kind: 'clock', col: 1, row: 1 },
        { id: 'chi-so-chinh', kind: 'headlines', col: 2, row: 1, colSpan: 2 },
      ],
    },
  ],
  playlists: [{ id: 'mac-dinh', name: { vi: 'Mặc định', en: 'Default' }, entries: [{ sceneId: 'tong-quan', dwellSec: 60 }] }],
  walls: [{ id: 'chinh', name: { vi: 'Màn hình chính', en: 'Main wall' }, playlistId: 'mac-dinh' }],
};
