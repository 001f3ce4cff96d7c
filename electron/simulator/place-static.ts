// Places that seldom change: health facilities, schools, tourist sites. Seeded, each inside its commune.
import { formatLocal } from '../../shared/model/period-math.js';
import { hashOf, mulberry32 } from './random.js';
import type { PlaceSampler } from './place-sampler.js';
import { point, type FeedRecord } from './place-types.js';

/** When the registries of facilities were last published (static data has one date). */
const REGISTRY_DATE = formatLocal(Date.UTC(2026, 0, 5, 1, 0));

const HOSPITALS = [
  'Bệnh viện Đa khoa vùng Tây Nguyên', 'Bệnh viện Đa khoa tỉnh Phú Yên', 'Bệnh viện Đa khoa Thiện Hạnh',
  'Bệnh viện Mắt Đắk Lắk', 'Bệnh viện Y học cổ truyền', 'Bệnh viện Sản Nhi', 'Bệnh viện Tâm thần',
  'Bệnh viện Đa khoa khu vực 333', 'Bệnh viện Lao và Bệnh phổi', 'Bệnh viện Đa khoa Cư M’gar',
];
const SCHOOL_NAMES = ['Nguyễn Du', 'Lê Quý Đôn', 'Trần Phú', 'Chu Văn An', 'Hùng Vương', 'Võ Thị Sáu', 'Nguyễn Trãi', 'Phan Chu Trinh', 'Lê Lợi', 'Ngô Quyền', 'Hoàng Hoa Thám', 'Lương Thế Vinh'];
const SCHOOL_LEVELS = [
  { key: 'preschool', prefix: 'Trường Mầm non', pupils: [120, 400] },
  { key: 'primary', prefix: 'Trường Tiểu học', pupils: [250, 900] },
  { key: 'lower-secondary', prefix: 'Trường THCS', pupils: [300, 1100] },
  { key: 'upper-secondary', prefix: 'Trường THPT', pupils: [700, 1800] },
] as const;

/** Well-known sites with their approximate real positions; the commune is found from the boundaries. */
const TOURIST_SITES: { name: string; kind: 'nature' | 'culture' | 'sea'; at: [number, number] }[] = [
  { name: 'Hồ Lắk', kind: 'nature', at: [108.195, 12.414] },
  { name: 'Thác Dray Nur', kind: 'nature', at: [107.893, 12.537] },
  { name: 'Khu du lịch Buôn Đôn', kind: 'culture', at: [107.772, 12.886] },
  { name: 'Vườn quốc gia Yok Đôn', kind: 'nature', at: [107.692, 12.953] },
  { name: 'Bảo tàng Thế giới Cà phê', kind: 'culture', at: [108.048, 12.688] },
  { name: 'Buôn Akô Dhông', kind: 'culture', at: [108.033, 12.702] },
  { name: 'Nhà đày Buôn Ma Thuột', kind: 'culture', at: [108.044, 12.676] },
  { name: 'Thác Thủy Tiên', kind: 'nature', at: [108.338, 12.792] },
  { name: 'Vườn quốc gia Chư Yang Sin', kind: 'nature', at: [108.43, 12.42] },
  { name: 'Gành Đá Đĩa', kind: 'sea', at: [109.299, 13.357] },
  { name: 'Mũi Điện (Mũi Đại Lãnh)', kind: 'sea', at: [109.455, 12.894] },
  { name: 'Tháp Nhạn', kind: 'culture', at: [109.306, 13.093] },
  { name: 'Đầm Ô Loan', kind: 'sea', at: [109.26, 13.27] },
  { name: 'Vịnh Xuân Đài', kind: 'sea', at: [109.25, 13.42] },
  { name: 'Núi Đá Bia', kind: 'nature', at: [109.4, 12.92] },
  { name: 'Bãi Xép', kind: 'sea', at: [109.33, 13.18] },
];

export function healthFacilities(sampler: PlaceSampler, seed: number): FeedRecord[] {
  const random = mulberry32(hashOf(seed, 'health'));
  const records: FeedRecord[] = [];
  const wards = sampler.areas.filter((a) => a.commune.type === 'phuong');
  HOSPITALS.forEach((name, i) => {
    const area = wards[i % Math.max(1, wards.length)] ?? sampler.areas[i % sampler.areas.length]!;
    records.push(facility(`YT-BV-${String(i + 1).padStart(3, '0')}`, name, 'hospital', area.commune.code, sampler.pointIn(area.commune.code, random), 150 + Math.floor(random() * 850)));
  });
  sampler.areas.forEach((area, i) => {
    const { code, fullName } = area.commune;
    if (i % 7 === 0) {
      records.push(facility(`YT-TT-${code}`, `Trung tâm Y tế khu vực ${area.commune.name}`, 'health-centre', code, sampler.pointIn(code, random), 60 + Math.floor(random() * 140)));
    }
    records.push(facility(`YT-TYT-${code}`, `Trạm Y tế ${fullName.replace(/^Xã/, 'xã').replace(/^Phường/, 'phường')}`, 'health-station', code, sampler.pointIn(code, random), 5 + Math.floor(random() * 10)));
  });
  return records;
}

function facility(id: string, name: string, kind: string, commune: string, at: [number, number], beds: number): FeedRecord {
  return { id, name, geometry: point(at), commune, properties: { kind, beds, address: null }, updated_at: REGISTRY_DATE };
}

export function schools(sampler: PlaceSampler, seed: number): FeedRecord[] {
  const random = mulberry32(hashOf(seed, 'schools'));
  const records: FeedRecord[] = [];
  for (const area of sampler.areas) {
    const { code } = area.commune;
    for (const level of SCHOOL_LEVELS) {
      if (level.key === 'upper-secondary' && random() < 0.6) continue;
      const name = `${level.prefix} ${SCHOOL_NAMES[Math.floor(random() * SCHOOL_NAMES.length)]!}`;
      const pupils = level.pupils[0] + Math.floor(random() * (level.pupils[1] - level.pupils[0]));
      records.push({
        id: `GD-${code}-${level.key}`,
        name: `${name} (${area.commune.name})`,
        geometry: point(sampler.pointIn(code, random)),
        commune: code,
        properties: { level: level.key, pupils, nationalStandard: random() < 0.62 ? 'Đạt chuẩn' : 'Chưa đạt' },
        updated_at: REGISTRY_DATE,
      });
    }
  }
  return records;
}

export function touristSites(sampler: PlaceSampler, seed: number): FeedRecord[] {
  const random = mulberry32(hashOf(seed, 'tourism'));
  return TOURIST_SITES.map((site, i) => {
    // With the generated province a real position may fall outside every commune: place it in one instead.
    const found = sampler.locate(site.at);
    const commune = found ?? sampler.areas[(i * 13) % sampler.areas.length]!.commune.code;
    const at = found ? site.at : sampler.pointIn(commune, random);
    return {
      id: `DL-${String(i + 1).padStart(3, '0')}`,
      name: site.name,
      geometry: point(at),
      commune,
      properties: { kind: site.kind, visitorsToday: 200 + Math.floor(random() * 3000) },
      updated_at: REGISTRY_DATE,
    };
  });
}
