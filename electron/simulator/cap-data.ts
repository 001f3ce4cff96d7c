// Simulated warnings of the province's agencies as CAP 1.2: floods and landslides (the hydro-meteorological
// station), forest fire (the forest protection department), air quality (the environment department). One
// event about every 18 hours; most are updated once and either cancelled or left to expire.
import type { Commune } from '../../shared/contract/model.js';
import { formatLocal } from '../../shared/model/period-math.js';
import { hashOf, unit } from './random.js';

export const CAP_EPOCH_MS = Date.parse('2025-07-01T00:00:00+07:00');
export const EVENT_STEP_MS = 18 * 3_600_000;
const HOUR = 3_600_000;

type Kind = 'flood' | 'landslide' | 'forest-fire' | 'air-quality';

interface KindText {
  category: string;
  sender: string;
  senderVi: string;
  senderEn: string;
  eventVi: string;
  eventEn: string;
  headlineVi: (place: string, level: string) => string;
  headlineEn: (place: string, level: string) => string;
  instructionVi: string;
  instructionEn: string;
}

const KINDS: Record<Kind, KindText> = {
  flood: {
    category: 'Met',
    sender: 'kttv-taynguyen@daklak.gov.vn',
    senderVi: 'Đài Khí tượng Thủy văn khu vực Tây Nguyên',
    senderEn: 'Central Highlands Hydro-Meteorological Station',
    eventVi: 'Cảnh báo lũ',
    eventEn: 'Flood warning',
    headlineVi: (p, l) => `Cảnh báo lũ ${l} trên sông Ba, sông Srêpốk khu vực ${p}`,
    headlineEn: (p, l) => `${l} flood warning on the Ba and Srepok rivers near ${p}`,
    instructionVi: 'Không đi qua ngầm, tràn khi nước lớn; di dời người và tài sản khỏi vùng trũng thấp.',
    instructionEn: 'Do not cross flooded fords; move people and property out of low-lying areas.',
  },
  landslide: {
    category: 'Geo',
    sender: 'kttv-taynguyen@daklak.gov.vn',
    senderVi: 'Đài Khí tượng Thủy văn khu vực Tây Nguyên',
    senderEn: 'Central Highlands Hydro-Meteorological Station',
    eventVi: 'Cảnh báo sạt lở đất',
    eventEn: 'Landslide warning',
    headlineVi: (p, l) => `Nguy cơ sạt lở đất, lũ quét ${l} tại ${p}`,
    headlineEn: (p, l) => `${l} risk of landslides and flash floods in ${p}`,
    instructionVi: 'Theo dõi vết nứt, tiếng động lạ trên sườn đồi; sẵn sàng sơ tán khi có lệnh.',
    instructionEn: 'Watch for cracks and unusual sounds on slopes; be ready to evacuate when ordered.',
  },
  'forest-fire': {
    category: 'Fire',
    sender: 'kiemlam@daklak.gov.vn',
    senderVi: 'Chi cục Kiểm lâm tỉnh Đắk Lắk',
    senderEn: 'Dak Lak Forest Protection Department',
    eventVi: 'Cảnh báo cháy rừng',
    eventEn: 'Forest fire warning',
    headlineVi: (p, l) => `Cấp dự báo cháy rừng ${l} tại ${p}`,
    headlineEn: (p, l) => `Forest fire danger ${l} in ${p}`,
    instructionVi: 'Không đốt nương rẫy, không mang lửa vào rừng; báo ngay khi phát hiện cháy.',
    instructionEn: 'Do not burn fields or bring fire into the forest; report any fire at once.',
  },
  'air-quality': {
    category: 'Env',
    sender: 'snnmt@daklak.gov.vn',
    senderVi: 'Sở Nông nghiệp và Môi trường tỉnh Đắk Lắk',
    senderEn: 'Dak Lak Department of Agriculture and Environment',
    eventVi: 'Cảnh báo chất lượng không khí',
    eventEn: 'Air quality warning',
    headlineVi: (p, l) => `Chất lượng không khí ${l} (VN_AQI) tại ${p}`,
    headlineEn: (p, l) => `Air quality ${l} (VN_AQI) in ${p}`,
    instructionVi: 'Hạn chế hoạt động ngoài trời, đeo khẩu trang khi ra đường.',
    instructionEn: 'Limit outdoor activity and wear a mask outside.',
  },
};

const LEVELS = [
  { severity: 'Moderate', vi: 'cấp 1', en: 'Level 1' },
  { severity: 'Severe', vi: 'cấp 2', en: 'Level 2' },
  { severity: 'Extreme', vi: 'cấp 3', en: 'Level 3' },
] as const;

export interface CapDocument {
  identifier: string;
  sender: string;
  sentMs: number;
  msgType: 'Alert' | 'Update' | 'Cancel';
  references: { identifier: string; sentMs: number } | null;
  kind: Kind;
  level: (typeof LEVELS)[number];
  commune: Commune;
  expiresMs: number;
}

/** The documents of event `n` (its alert, maybe an update, maybe a cancel) issued by `nowMs`. */
export function eventDocuments(seed: number, communes: readonly Commune[], n: number, nowMs: number): CapDocument[] {
  if (communes.length === 0) return [];
  const h = (tag: string) => hashOf(seed, tag, n);
  const kind = (['flood', 'landslide', 'forest-fire', 'air-quality'] as const)[h('kind') % 4]!;
  const commune = communes[h('commune') % communes.length]!;
  const start = CAP_EPOCH_MS + n * EVENT_STEP_MS + Math.floor(unit(h('t')) * 6 * HOUR);
  const duration = (12 + Math.floor(unit(h('d')) * 60)) * HOUR;
  const level = LEVELS[h('level') % 2]!;
  const sender = KINDS[kind].sender;
  const id = (suffix: string) => `VN-DL-${kind.toUpperCase()}-${String(n).padStart(5, '0')}-${suffix}`;
  const docs: CapDocument[] = [];
  const alert: CapDocument = { identifier: id('A'), sender, sentMs: start, msgType: 'Alert', references: null, kind, level, commune, expiresMs: start + duration };
  docs.push(alert);
  if (unit(h('upd')) < 0.6) {
    const at = start + Math.floor(duration / 3);
    docs.push({ ...alert, identifier: id('U'), sentMs: at, msgType: 'Update', references: { identifier: alert.identifier, sentMs: start }, level: LEVELS[Math.min(2, LEVELS.indexOf(level) + 1)]! });
  }
  if (unit(h('cancel')) < 0.3) {
    const last = docs[docs.length - 1]!;
    const at = start + Math.floor((duration * 2) / 3);
    docs.push({ ...last, identifier: id('C'), sentMs: at, msgType: 'Cancel', references: { identifier: last.identifier, sentMs: last.sentMs } });
  }
  return docs.filter((d) => d.sentMs <= nowMs);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A ring of six points around the commune's interior point, as CAP writes it ("lat,lon ..."). */
function polygon(c: Commune): string {
  const [lon, lat] = c.point;
  const pts = Array.from({ length: 7 }, (_, i) => {
    const a = ((i % 6) * Math.PI) / 3;
    return `${(lat + 0.06 * Math.sin(a)).toFixed(4)},${(lon + 0.06 * Math.cos(a)).toFixed(4)}`;
  });
  return pts.join(' ');
}

export function renderCap(d: CapDocument): string {
  const t = KINDS[d.kind];
  const place = d.commune.fullName;
  const info = (lang: 'vi-VN' | 'en-US') => {
    const vi = lang === 'vi-VN';
    return `
  <info>
    <language>${lang}</language>
    <category>${t.category}</category>
    <event>${esc(vi ? t.eventVi : t.eventEn)}</event>
    <responseType>Prepare</responseType>
    <urgency>${d.msgType === 'Cancel' ? 'Past' : 'Expected'}</urgency>
    <severity>${d.level.severity}</severity>
    <certainty>Likely</certainty>
    <eventCode><valueName>IOC-DAKLAK</valueName><value>${d.kind}</value></eventCode>
    <effective>${formatLocal(d.sentMs - (d.sentMs % 1000))}</effective>
    <expires>${formatLocal(d.expiresMs - (d.expiresMs % 1000))}</expires>
    <senderName>${esc(vi ? t.senderVi : t.senderEn)}</senderName>
    <headline>${esc(vi ? t.headlineVi(place, d.level.vi) : t.headlineEn(place, d.level.en))}</headline>
    <description>${esc(vi ? `${t.eventVi} ${d.level.vi} khu vực ${place}.` : `${t.eventEn} (${d.level.en}) for ${place}.`)}</description>
    <instruction>${esc(vi ? t.instructionVi : t.instructionEn)}</instruction>
    <area>
      <areaDesc>${esc(place)}</areaDesc>
      <polygon>${polygon(d.commune)}</polygon>
      <geocode><valueName>MA_XA</valueName><value>${d.commune.code}</value></geocode>
    </area>
  </info>`;
  };
  const refs = d.references ? `\n  <references>${d.sender},${d.references.identifier},${formatLocal(d.references.sentMs - (d.references.sentMs % 1000))}</references>` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
  <identifier>${d.identifier}</identifier>
  <sender>${d.sender}</sender>
  <sent>${formatLocal(d.sentMs - (d.sentMs % 1000))}</sent>
  <status>Actual</status>
  <msgType>${d.msgType}</msgType>
  <scope>Public</scope>${refs}${info('vi-VN')}${info('en-US')}
</alert>
`;
}
