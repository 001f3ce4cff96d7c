// The map's point layers, as data. Adding a layer is an entry here plus a source of its points
// (electron/core/map/layer-sources.ts: a provincial feed unless declared otherwise).
import { z } from 'zod';
import { mapLayerSchema, type MapLayer } from './layer-schema.js';

const name = (vi: string, en: string) => ({ vi, en });

/** VN_AQI classes (Decision 1459/QĐ-TCMT): lower bounds and the prescribed colours. */
export const VN_AQI_CLASSES = [
  { key: 'good', name: name('Tốt', 'Good'), color: '#00e400' },
  { key: 'moderate', name: name('Trung bình', 'Moderate'), color: '#ffff00' },
  { key: 'poor', name: name('Kém', 'Poor'), color: '#ff7e00' },
  { key: 'bad', name: name('Xấu', 'Bad'), color: '#ff0000' },
  { key: 'very-bad', name: name('Rất xấu', 'Very bad'), color: '#8f3f97' },
  { key: 'hazardous', name: name('Nguy hại', 'Hazardous'), color: '#7e0023' },
];
export const VN_AQI_FROM = [51, 101, 151, 201, 301];

const fieldReportCategories = 'lan-chiem-long-le-duong xay-dung-khong-phep quang-cao-sai-quy-dinh nuoc-thai rac-thai ha-tang-giao-thong chieu-sang trat-tu-do-thi khac';
export const FIELD_REPORT_CATEGORIES = fieldReportCategories.split(' ');

const RAW_LAYERS = [
  {
    key: 'field-reports',
    name: name('Phản ánh hiện trường', 'Field reports'),
    icon: 'mdi-message-alert',
    agency: 'trung-tam-ioc',
    domain: 'field-reports',
    staleAfterMinutes: 30,
    cluster: true,
    visibleByDefault: true,
    classBy: { kind: 'category', property: 'status' },
    classes: [
      { key: 'received', name: name('Mới tiếp nhận', 'Received'), color: '#1e88e5' },
      { key: 'processing', name: name('Đang xử lý', 'In progress'), color: '#fb8c00' },
      { key: 'resolved', name: name('Đã xử lý', 'Resolved'), color: '#43a047' },
    ],
    flag: {
      name: name('Quá hạn xử lý', 'Overdue'),
      color: '#d50000',
      rule: { kind: 'past-deadline', property: 'deadline', exceptClasses: ['resolved'] },
    },
    properties: [
      { key: 'category', label: name('Lĩnh vực', 'Category'), kind: 'text' },
      { key: 'status', label: name('Trạng thái', 'Status'), kind: 'class' },
      { key: 'agency', label: name('Cơ quan xử lý', 'Handling agency'), kind: 'text' },
      { key: 'receivedAt', label: name('Thời điểm tiếp nhận', 'Received at'), kind: 'datetime' },
      { key: 'deadline', label: name('Hạn xử lý', 'Deadline'), kind: 'datetime' },
      { key: 'address', label: name('Địa chỉ', 'Address'), kind: 'text' },
    ],
    open: { kind: 'route', path: '/field-reports/{id}', requires: 'fieldReports.get', label: name('Mở phản ánh', 'Open the report') },
  },
  {
    key: 'cameras',
    name: name('Camera giám sát', 'Cameras'),
    icon: 'mdi-cctv',
    agency: 'cong-an-tinh',
    domain: 'security-traffic',
    staleAfterMinutes: 15,
    cluster: false,
    visibleByDefault: true,
    classBy: { kind: 'category', property: 'state' },
    classes: [
      { key: 'online', name: name('Đang hoạt động', 'Online'), color: '#00897b' },
      { key: 'offline', name: name('Mất kết nối', 'Offline'), color: '#757575' },
    ],
    properties: [
      { key: 'state', label: name('Trạng thái', 'State'), kind: 'class' },
      { key: 'owner', label: name('Đơn vị quản lý', 'Owning unit'), kind: 'text' },
      { key: 'streams', label: name('Luồng hình ảnh', 'Streams'), kind: 'text' },
    ],
    open: { kind: 'camera-stream', requires: 'cameras.stream', label: name('Xem hình ảnh trực tiếp', 'Watch live') },
  },
  {
    key: 'environment-stations',
    name: name('Trạm quan trắc môi trường', 'Environment stations'),
    icon: 'mdi-weather-partly-cloudy',
    agency: 'so-nong-nghiep-moi-truong',
    domain: 'environment',
    staleAfterMinutes: 120,
    cluster: false,
    visibleByDefault: true,
    classBy: { kind: 'steps', property: 'aqi', from: VN_AQI_FROM },
    classes: VN_AQI_CLASSES,
    properties: [
      { key: 'aqi', label: name('VN_AQI giờ', 'Hourly VN_AQI'), kind: 'number' },
      { key: 'pm25', label: name('PM2.5 (µg/m³)', 'PM2.5 (µg/m³)'), kind: 'number' },
      { key: 'measuredAt', label: name('Thời điểm đo', 'Measured at'), kind: 'datetime' },
      { key: 'kind', label: name('Loại trạm', 'Kind'), kind: 'text' },
    ],
  },
  {
    key: 'health-facilities',
    name: name('Cơ sở y tế', 'Health facilities'),
    icon: 'mdi-hospital-building',
    agency: 'so-y-te',
    domain: 'health',
    staleAfterMinutes: 1440,
    cluster: false,
    visibleByDefault: false,
    classBy: { kind: 'category', property: 'kind' },
    classes: [
      { key: 'hospital', name: name('Bệnh viện', 'Hospital'), color: '#c62828' },
      { key: 'health-centre', name: name('Trung tâm y tế', 'Health centre'), color: '#ef6c00' },
      { key: 'health-station', name: name('Trạm y tế xã, phường', 'Commune health station'), color: '#ad1457' },
    ],
    properties: [
      { key: 'kind', label: name('Loại cơ sở', 'Kind'), kind: 'class' },
      { key: 'beds', label: name('Số giường bệnh', 'Beds'), kind: 'number' },
      { key: 'address', label: name('Địa chỉ', 'Address'), kind: 'text' },
    ],
  },
  {
    key: 'schools',
    name: name('Trường học', 'Schools'),
    icon: 'mdi-school',
    agency: 'so-giao-duc-dao-tao',
    domain: 'education',
    staleAfterMinutes: 1440,
    cluster: false,
    visibleByDefault: false,
    classBy: { kind: 'category', property: 'level' },
    classes: [
      { key: 'preschool', name: name('Mầm non', 'Preschool'), color: '#f06292' },
      { key: 'primary', name: name('Tiểu học', 'Primary'), color: '#42a5f5' },
      { key: 'lower-secondary', name: name('Trung học cơ sở', 'Lower secondary'), color: '#5c6bc0' },
      { key: 'upper-secondary', name: name('Trung học phổ thông', 'Upper secondary'), color: '#283593' },
    ],
    properties: [
      { key: 'level', label: name('Cấp học', 'Level'), kind: 'class' },
      { key: 'pupils', label: name('Số học sinh', 'Pupils'), kind: 'number' },
      { key: 'nationalStandard', label: name('Đạt chuẩn quốc gia', 'National standard'), kind: 'text' },
    ],
  },
  {
    key: 'tourist-sites',
    name: name('Điểm du lịch', 'Tourist sites'),
    icon: 'mdi-palm-tree',
    agency: 'so-van-hoa-the-thao-du-lich',
    domain: 'tourism',
    staleAfterMinutes: 1440,
    cluster: false,
    visibleByDefault: false,
    classBy: { kind: 'category', property: 'kind' },
    classes: [
      { key: 'nature', name: name('Thiên nhiên', 'Nature'), color: '#2e7d32' },
      { key: 'culture', name: name('Văn hóa, lịch sử', 'Culture and history'), color: '#6d4c41' },
      { key: 'sea', name: name('Biển, đảo', 'Sea and islands'), color: '#0277bd' },
    ],
    properties: [
      { key: 'kind', label: name('Loại hình', 'Kind'), kind: 'class' },
      { key: 'visitorsToday', label: name('Lượt khách hôm nay', 'Visitors today'), kind: 'number' },
    ],
  },
  {
    key: 'traffic-incidents',
    name: name('Sự cố giao thông', 'Traffic incidents'),
    icon: 'mdi-traffic-light',
    agency: 'cong-an-tinh',
    domain: 'security-traffic',
    staleAfterMinutes: 15,
    cluster: false,
    visibleByDefault: true,
    classBy: { kind: 'category', property: 'severity' },
    classes: [
      { key: 'minor', name: name('Nhẹ', 'Minor'), color: '#fdd835' },
      { key: 'serious', name: name('Nghiêm trọng', 'Serious'), color: '#f4511e' },
      { key: 'fatal', name: name('Có người tử vong', 'Fatal'), color: '#b71c1c' },
    ],
    properties: [
      { key: 'kind', label: name('Loại sự cố', 'Kind'), kind: 'text' },
      { key: 'severity', label: name('Mức độ', 'Severity'), kind: 'class' },
      { key: 'reportedAt', label: name('Thời điểm ghi nhận', 'Reported at'), kind: 'datetime' },
      { key: 'road', label: name('Tuyến đường', 'Road'), kind: 'text' },
    ],
  },
] satisfies z.input<typeof mapLayerSchema>[];

/** Validates layer declarations: the schema, unique keys, classes that match how features are coloured. */
export function loadMapLayers(raw: unknown): MapLayer[] {
  const layers = z.array(mapLayerSchema).min(1).parse(raw);
  const problems: string[] = [];
  const keys = new Set<string>();
  for (const layer of layers) {
    if (keys.has(layer.key)) problems.push(`layer ${layer.key}: duplicate key`);
    keys.add(layer.key);
    const classKeys = new Set(layer.classes.map((c) => c.key));
    if (classKeys.size !== layer.classes.length) problems.push(`layer ${layer.key}: duplicate class keys`);
    if (layer.classBy.kind === 'steps') {
      const { from } = layer.classBy;
      if (from.length !== layer.classes.length - 1) problems.push(`layer ${layer.key}: ${layer.classes.length} classes need ${layer.classes.length - 1} lower bounds`);
      if (from.some((x, i) => i > 0 && x <= from[i - 1]!)) problems.push(`layer ${layer.key}: lower bounds must ascend`);
    }
    if (layer.flag?.rule.kind === 'past-deadline') {
      for (const c of layer.flag.rule.exceptClasses) if (!classKeys.has(c)) problems.push(`layer ${layer.key}: flag names unknown class ${c}`);
    }
  }
  if (problems.length) throw new Error(`map layers are invalid:\n- ${problems.join('\n- ')}`);
  return layers;
}

export const MAP_LAYERS: readonly MapLayer[] = loadMapLayers(RAW_LAYERS);

export function findMapLayer(key: string): MapLayer | undefined {
  return MAP_LAYERS.find((l) => l.key === key);
}

export type { MapLayer } from './layer-schema.js';
