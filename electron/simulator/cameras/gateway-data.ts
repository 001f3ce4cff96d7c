// The police hierarchy and the cameras of the simulated camera gateway, derived from the communes and a seed:
// the provincial police, two departments (PC06, PC08 with two traffic teams), and one police unit per commune.
// Cameras sit in wards (traffic and security) and in some communes, at the commune's interior point.
import type { Commune } from '../geo-types.js';
import { hashOf, signed, unit } from '../random.js';

export interface SimUnit {
  id: string;
  name: string;
  parentId: string | null;
  communeCode: string | null;
}

export interface SimCamera {
  id: string;
  name: string;
  communeCode: string;
  point: [number, number];
  ownerUnitId: string;
  online: boolean;
  kinds: ('hls' | 'mjpeg')[];
}

export const ROOT_UNIT = 'ca-tinh';
/** West of this longitude is the Central Highlands side (Buôn Ma Thuột), east the coast (Tuy Hòa). */
const HIGHLANDS_LON = 108.6;

export const communeUnitId = (code: string) => `ca-x-${code}`;

export function buildUnits(communes: readonly Commune[]): SimUnit[] {
  return [
    { id: ROOT_UNIT, name: 'Công an tỉnh Đắk Lắk', parentId: null, communeCode: null },
    { id: 'pc06', name: 'Phòng Cảnh sát quản lý hành chính về trật tự xã hội (PC06)', parentId: ROOT_UNIT, communeCode: null },
    { id: 'pc08', name: 'Phòng Cảnh sát giao thông (PC08)', parentId: ROOT_UNIT, communeCode: null },
    { id: 'pc08-d1', name: 'Đội Cảnh sát giao thông số 1 (khu vực Buôn Ma Thuột)', parentId: 'pc08', communeCode: null },
    { id: 'pc08-d2', name: 'Đội Cảnh sát giao thông số 2 (khu vực Tuy Hòa)', parentId: 'pc08', communeCode: null },
    ...communes.map((c) => ({ id: communeUnitId(c.code), name: `Công an ${c.fullName}`, parentId: ROOT_UNIT, communeCode: c.code })),
  ];
}

function near(c: Commune, seed: number, n: number): [number, number] {
  const h = hashOf(seed, 'camera-point', c.code, n);
  return [Math.round((c.point[0] + signed(h) * 0.01) * 1e6) / 1e6, Math.round((c.point[1] + signed(h + 1) * 0.01) * 1e6) / 1e6];
}

export function buildCameras(communes: readonly Commune[], seed: number): SimCamera[] {
  const cameras: SimCamera[] = [];
  const add = (c: Commune, n: number, name: string, ownerUnitId: string) => {
    const id = `cam-${c.code}-${n}`;
    cameras.push({ id, name, communeCode: c.code, point: near(c, seed, n), ownerUnitId, online: unit(hashOf(seed, 'camera-online', id)) > 0.1, kinds: ['hls', 'mjpeg'] });
  };
  communes.forEach((c, i) => {
    if (c.type === 'phuong') {
      const team = c.point[0] < HIGHLANDS_LON ? 'pc08-d1' : 'pc08-d2';
      add(c, 1, `Nút giao trung tâm ${c.fullName}`, team);
      add(c, 2, `Trục chính ${c.fullName}`, team);
      add(c, 3, `Trụ sở Công an ${c.fullName}`, communeUnitId(c.code));
    } else if (i % 4 === 0) {
      add(c, 1, `Trung tâm ${c.fullName}`, communeUnitId(c.code));
    }
  });
  return cameras;
}
