// Places that change with time: field reports (received → in progress → resolved, with deadlines),
// traffic incidents (appear, clear), cameras (online/offline) and air-quality stations (hourly VN_AQI).
// Everything is a pure function of the seed and the clock, so any instant can be asked for in any order.
import { FIELD_REPORT_CATEGORIES } from '../../shared/map/layers.js';
import { DAY_MS, HOUR_MS, formatLocal } from '../../shared/model/period-math.js';
import { hashOf, mulberry32, unit, valueNoise } from './random.js';
import type { PlaceSampler } from './place-sampler.js';
import { point, type FeedRecord } from './place-types.js';

const ORIGIN_MS = Date.UTC(2025, 6, 1) - 7 * HOUR_MS;
const MINUTE_MS = 60_000;

const CATEGORY_NAMES: Record<string, string> = {
  'lan-chiem-long-le-duong': 'Lấn chiếm lòng, lề đường',
  'xay-dung-khong-phep': 'Xây dựng không phép',
  'quang-cao-sai-quy-dinh': 'Quảng cáo sai quy định',
  'nuoc-thai': 'Nước thải',
  'rac-thai': 'Rác thải',
  'ha-tang-giao-thong': 'Hư hỏng hạ tầng giao thông',
  'chieu-sang': 'Chiếu sáng công cộng',
  'trat-tu-do-thi': 'Trật tự đô thị',
  khac: 'Lĩnh vực khác',
};

export interface LiveOptions {
  /** Field reports open or recent at any time (30 days of intake). */
  fieldReports: number;
  cameras: number;
  stations: number;
}

export const DEFAULT_LIVE: LiveOptions = { fieldReports: 2000, cameras: 320, stations: 24 };

const REPORT_WINDOW_MS = 30 * DAY_MS;
const TOMBSTONE_MS = 2 * DAY_MS;
const lower = (fullName: string) => fullName.replace(/^Xã/, 'xã').replace(/^Phường/, 'phường');

/** Reports with defects real feeds have: no position, zeros for a position, a position in another province. */
const BAD_REPORTS: FeedRecord[] = [
  { id: 'PA-LOI-001', name: 'Phản ánh gửi qua tổng đài, chưa xác định vị trí', geometry: null, commune: null, properties: { category: 'Rác thải', status: 'received' }, updated_at: formatLocal(ORIGIN_MS) },
  { id: 'PA-LOI-002', name: 'Phản ánh qua Zalo, vị trí ghi 0,0', geometry: point([0, 0]), commune: null, properties: { category: 'Chiếu sáng công cộng', status: 'processing' }, updated_at: formatLocal(ORIGIN_MS) },
  { id: 'PA-LOI-003', name: 'Phản ánh có tọa độ ngoài tỉnh (Gia Lai)', geometry: point([108.0, 13.98]), commune: null, properties: { category: 'Nước thải', status: 'received' }, updated_at: formatLocal(ORIGIN_MS) },
  { id: 'PA-LOI-004', name: 'Phản ánh có hình học sai', geometry: { type: 'LineString', coordinates: [[108.0, 12.6], [108.1, 12.7]] }, commune: null, properties: { category: 'Trật tự đô thị', status: 'received' }, updated_at: formatLocal(ORIGIN_MS) },
];

export function createFieldReports(sampler: PlaceSampler, seed: number, count: number) {
  const span = REPORT_WINDOW_MS / count;
  const base = new Map<number, Omit<FeedRecord, 'updated_at' | 'properties'> & { at: number; deadline: number; processAt: number; resolveAt: number; props: FeedRecord['properties'] }>();

  function report(k: number) {
    let b = base.get(k);
    if (b) return b;
    const random = mulberry32(hashOf(seed, 'report', k));
    const area = sampler.pickCommune(random, 6);
    const category = FIELD_REPORT_CATEGORIES[Math.floor(random() * FIELD_REPORT_CATEGORIES.length)]!;
    const at = ORIGIN_MS + k * span;
    const deadline = at + (3 + Math.floor(random() * 8)) * DAY_MS;
    const processAt = at + (1 + random() * 47) * HOUR_MS;
    // Most are resolved before the deadline; about one in six runs late.
    const resolveAt = random() < 0.84 ? processAt + random() * (deadline - processAt) : deadline + random() * 6 * DAY_MS;
    const thon = 1 + Math.floor(random() * 12);
    b = {
      id: `PA-${String(k).padStart(7, '0')}`,
      name: `${CATEGORY_NAMES[category]} — ${area.commune.fullName}`,
      geometry: point(sampler.pointIn(area.commune.code, random)),
      commune: area.commune.code,
      at,
      deadline,
      processAt,
      resolveAt,
      props: {
        category: CATEGORY_NAMES[category]!,
        agency: `UBND ${lower(area.commune.fullName)}`,
        receivedAt: formatLocal(at),
        deadline: formatLocal(deadline),
        address: area.commune.type === 'phuong' ? `Tổ dân phố ${thon}, ${lower(area.commune.fullName)}` : `Thôn ${thon}, ${lower(area.commune.fullName)}`,
      },
    };
    base.set(k, b);
    return b;
  }

  return (nowMs: number): FeedRecord[] => {
    const last = Math.floor((nowMs - ORIGIN_MS) / span);
    const firstLive = Math.ceil((nowMs - REPORT_WINDOW_MS - ORIGIN_MS) / span);
    const firstTomb = Math.ceil((nowMs - REPORT_WINDOW_MS - TOMBSTONE_MS - ORIGIN_MS) / span);
    for (const k of base.keys()) if (k < firstTomb) base.delete(k);
    const out: FeedRecord[] = [...BAD_REPORTS];
    for (let k = Math.max(0, firstTomb); k <= last; k++) {
      const r = report(k);
      const { at: _at, deadline: _d, processAt, resolveAt, props, ...rest } = r;
      if (k < firstLive) {
        out.push({ ...rest, properties: {}, updated_at: formatLocal(r.at + REPORT_WINDOW_MS), deleted: true });
        continue;
      }
      const status = nowMs < processAt ? 'received' : nowMs < resolveAt ? 'processing' : 'resolved';
      const changed = status === 'received' ? r.at : status === 'processing' ? processAt : resolveAt;
      out.push({ ...rest, properties: { ...props, status }, updated_at: formatLocal(changed) });
    }
    return out;
  };
}

const INCIDENT_EVERY_MS = 50 * MINUTE_MS;
const INCIDENT_LASTS_MS = 10 * HOUR_MS;
const INCIDENT_KINDS = ['Va chạm giữa xe máy và ô tô', 'Tai nạn xe máy tự gây', 'Xe tải bị lật', 'Sạt lở taluy dương', 'Cây đổ chắn đường', 'Ngập cục bộ'];
const ROADS = ['Quốc lộ 14', 'Quốc lộ 26', 'Quốc lộ 27', 'Quốc lộ 29', 'Quốc lộ 1', 'Quốc lộ 25', 'Đường Hồ Chí Minh', 'Đường tỉnh 8', 'Đường Giải Phóng'];

export function createTrafficIncidents(sampler: PlaceSampler, seed: number) {
  return (nowMs: number): FeedRecord[] => {
    const last = Math.floor((nowMs - ORIGIN_MS) / INCIDENT_EVERY_MS);
    const first = Math.ceil((nowMs - INCIDENT_LASTS_MS - DAY_MS - ORIGIN_MS) / INCIDENT_EVERY_MS);
    const out: FeedRecord[] = [];
    for (let k = Math.max(0, first); k <= last; k++) {
      const random = mulberry32(hashOf(seed, 'incident', k));
      const at = ORIGIN_MS + k * INCIDENT_EVERY_MS + Math.floor(random() * 20) * MINUTE_MS;
      if (at > nowMs) continue;
      const id = `GT-${String(k).padStart(6, '0')}`;
      const clearedAt = at + INCIDENT_LASTS_MS * (0.3 + 0.7 * random());
      const area = sampler.pickCommune(random, 3);
      const s = random();
      const severity = s < 0.7 ? 'minor' : s < 0.95 ? 'serious' : 'fatal';
      const kind = INCIDENT_KINDS[Math.floor(random() * INCIDENT_KINDS.length)]!;
      const road = ROADS[Math.floor(random() * ROADS.length)]!;
      const record = { id, name: `${kind} — ${road}`, geometry: point(sampler.pointIn(area.commune.code, random)), commune: area.commune.code };
      if (clearedAt <= nowMs) out.push({ ...record, properties: {}, updated_at: formatLocal(clearedAt), deleted: true });
      else out.push({ ...record, properties: { kind, severity, reportedAt: formatLocal(at), road }, updated_at: formatLocal(at) });
    }
    return out;
  };
}

const CAMERA_BUCKET_MS = 10 * MINUTE_MS;
const CAMERA_KINDS = ['Camera giao thông', 'Camera an ninh trật tự', 'Camera nhận dạng biển số'];

export function createCameras(sampler: PlaceSampler, seed: number, count: number) {
  const random = mulberry32(hashOf(seed, 'cameras'));
  const cameras = Array.from({ length: count }, (_, i) => {
    const area = sampler.pickCommune(random, 12);
    const kind = CAMERA_KINDS[Math.floor(random() * CAMERA_KINDS.length)]!;
    return {
      id: `CAM-${String(i + 1).padStart(4, '0')}`,
      name: `${kind} ${String(i + 1).padStart(3, '0')} — ${area.commune.name}`,
      geometry: point(sampler.pointIn(area.commune.code, random)),
      commune: area.commune.code,
      kind,
      flaky: random() < 0.15,
      address: `${ROADS[Math.floor(random() * ROADS.length)]!}, ${lower(area.commune.fullName)}`,
    };
  });
  const offline = (i: number, bucket: number) => unit(hashOf(seed, 'camera-state', i, bucket)) < (cameras[i]!.flaky ? 0.35 : 0.02);
  const broken: FeedRecord = {
    id: 'CAM-LOI-001', name: 'Camera khai báo thiếu tọa độ', geometry: { type: 'Point', coordinates: [108.05] }, commune: null,
    properties: { state: 'offline', kind: 'Camera an ninh trật tự' }, updated_at: formatLocal(ORIGIN_MS),
  };
  return (nowMs: number): FeedRecord[] => {
    const bucket = Math.floor(nowMs / CAMERA_BUCKET_MS);
    const records = cameras.map((camera, i) => {
      const isOffline = offline(i, bucket);
      let since = bucket;
      while (since > bucket - 144 && offline(i, since - 1) === isOffline) since--;
      const changedAt = since * CAMERA_BUCKET_MS;
      const { id, name, geometry, commune, kind, address } = camera;
      return {
        id, name, geometry, commune,
        properties: { state: isOffline ? 'offline' : 'online', kind, address, lastSeen: formatLocal(isOffline ? changedAt : bucket * CAMERA_BUCKET_MS) },
        updated_at: formatLocal(changedAt),
      };
    });
    return [broken, ...records];
  };
}

export function createStations(sampler: PlaceSampler, seed: number, count: number) {
  const random = mulberry32(hashOf(seed, 'stations'));
  const stations = Array.from({ length: count }, (_, i) => {
    const area = sampler.pickCommune(random, 8);
    const urban = area.commune.type === 'phuong';
    return {
      id: `QT-${String(i + 1).padStart(3, '0')}`,
      name: `Trạm quan trắc không khí ${area.commune.name}`,
      geometry: point(sampler.pointIn(area.commune.code, random)),
      commune: area.commune.code,
      level: (urban ? 45 : 20) + random() * 40,
      kind: i % 5 === 0 ? 'Trạm di động' : 'Trạm tự động, liên tục',
    };
  });
  return (nowMs: number): FeedRecord[] => {
    const hour = Math.floor((nowMs - ORIGIN_MS) / HOUR_MS);
    const hourStart = ORIGIN_MS + hour * HOUR_MS;
    const localHour = new Date(hourStart + 7 * HOUR_MS).getUTCHours();
    // Traffic peaks at 7 h and 18 h raise urban values.
    const rush = Math.exp(-((localHour - 7) ** 2) / 6) + Math.exp(-((localHour - 18) ** 2) / 6);
    return stations.map((s, i) => {
      const aqi = Math.max(5, Math.round(s.level * (1 + 0.5 * rush) + 35 * valueNoise(hashOf(seed, 'aqi', i), hour / 5)));
      return {
        id: s.id, name: s.name, geometry: s.geometry, commune: s.commune,
        properties: { aqi, pm25: Math.round(aqi * 0.42 * 10) / 10, measuredAt: formatLocal(hourStart), kind: s.kind },
        updated_at: formatLocal(hourStart),
      };
    });
  };
}
