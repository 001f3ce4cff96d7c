// A made-up but plausible Đắk Lắk: 102 communes (88 xã, 14 phường) as jittered grid cells inside the
// province's bounding box, with Vietnamese-looking names, codes, areas, interior points and an outline.
import type { Commune, GeoJsonFeature, Geography } from './geo-types.js';
import { hashOf, mulberry32, signed } from './random.js';

const WEST = 107.9;
const SOUTH = 12.15;
const COLS = 12;
const ROWS = 9;
const DX = 1.6 / COLS;
const DY = 1.6 / ROWS;
/** Included columns [first, last] of each row, south to north: 108 cells minus 6 corners = 102. */
const ROW_SPANS: ReadonlyArray<readonly [number, number]> = [
  [1, 9], [0, 11], [0, 11], [0, 11], [0, 11], [0, 11], [0, 11], [0, 11], [2, 10],
];
const CITIES = [
  { lon: 108.05, lat: 12.68, wards: 8 }, // Buôn Ma Thuột
  { lon: 109.28, lat: 13.08, wards: 6 }, // Tuy Hòa
];
const FIRST = ['Ea', 'Cư', 'Krông', 'Buôn', 'Hòa', 'Phú', 'Xuân', 'Tân', 'Bình', 'An', 'Đông', 'Sơn', 'Vĩnh', 'Quảng', 'Đức', 'Tam', 'Hiệp', 'Liên', 'Dray', 'Yang'];
const SECOND = ['Kar', 'Súp', 'Pắc', 'Mgar', 'Thuận', 'Lộc', 'Phước', 'Hòa', 'Thịnh', 'Xuân', 'Bình', 'Đông', 'Tây', 'Nam', 'Bắc', 'Sơn', 'Lợi', 'Phú', 'Thành', 'Hiếu'];
const WARD_NAMES = ['Buôn Ma Thuột', 'Tân An', 'Tân Lập', 'Thành Nhất', 'Ea Kao', 'Tân Thành', 'Thống Nhất', 'Thắng Lợi', 'Tuy Hòa', 'Phú Yên', 'Bình Kiến', 'Hòa Hiệp', 'Sông Cầu', 'Phú Lâm'];

type Point = [number, number];

/** Grid vertex (i, j), jittered deterministically; the box's own edges stay straight. */
function vertex(i: number, j: number): Point {
  const jx = i === 0 || i === COLS ? 0 : 0.18 * signed(hashOf(66, 'x', i, j));
  const jy = j === 0 || j === ROWS ? 0 : 0.18 * signed(hashOf(66, 'y', i, j));
  return [round5(WEST + (i + jx) * DX), round5(SOUTH + (j + jy) * DY)];
}

const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

/** Area of a lon/lat ring in km² (equirectangular around its latitude; fine at this scale). */
function ringAreaKm2(ring: Point[]): number {
  let twice = 0;
  for (let k = 0; k < ring.length - 1; k++) {
    const [x1, y1] = ring[k]!;
    const [x2, y2] = ring[k + 1]!;
    twice += x1 * y2 - x2 * y1;
  }
  const lat = ring.reduce((s, p) => s + p[1], 0) / ring.length;
  return (Math.abs(twice) / 2) * 111.32 * Math.cos((lat * Math.PI) / 180) * 110.57;
}

/** Corner vertex ids of cell (col, row), counter-clockwise from south-west. */
const cellCorners = (c: number, r: number): Array<[number, number]> => [[c, r], [c + 1, r], [c + 1, r + 1], [c, r + 1]];

/** Traces the outline of the union of cells: directed edges that no neighbour cancels, chained. */
function outline(cells: Array<[number, number]>): Point[] {
  const edges = new Set<string>();
  for (const [c, r] of cells) {
    const corners = cellCorners(c, r).map((v) => v.join(','));
    for (let k = 0; k < 4; k++) {
      const a = corners[k]!;
      const b = corners[(k + 1) % 4]!;
      if (!edges.delete(`${b}>${a}`)) edges.add(`${a}>${b}`);
    }
  }
  const next = new Map([...edges].map((e) => e.split('>') as [string, string]));
  const start = next.keys().next().value as string;
  const ring: Point[] = [];
  let at = start;
  do {
    const [i, j] = at.split(',').map(Number) as [number, number];
    ring.push(vertex(i, j));
    at = next.get(at)!;
    if (ring.length > edges.size) throw new Error('province outline is not a simple ring');
  } while (at !== start);
  ring.push(ring[0]!);
  return ring;
}

function asciiName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

function xaNames(count: number, taken: Set<string>): string[] {
  const random = mulberry32(2025_07_01);
  const combos = FIRST.flatMap((a) => SECOND.filter((b) => b !== a).map((b) => `${a} ${b}`));
  for (let k = combos.length - 1; k > 0; k--) {
    const m = Math.floor(random() * (k + 1));
    [combos[k], combos[m]] = [combos[m]!, combos[k]!];
  }
  return combos.filter((n) => !taken.has(n)).slice(0, count);
}

export function generateGeography(reason?: string): Geography {
  const cells: Array<[number, number]> = [];
  ROW_SPANS.forEach(([first, last], r) => {
    for (let c = first; c <= last; c++) cells.push([c, r]);
  });
  // North to south, west to east, like the official code order.
  cells.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const centre = ([c, r]: [number, number]): Point => [WEST + (c + 0.5) * DX, SOUTH + (r + 0.5) * DY];
  const wards = new Map<number, string>();
  let nextWard = 0;
  for (const city of CITIES) {
    const byDistance = cells
      .map((cell, index) => ({ index, d: Math.hypot(centre(cell)[0] - city.lon, centre(cell)[1] - city.lat) }))
      .filter((x) => !wards.has(x.index))
      .sort((a, b) => a.d - b.d);
    for (const { index } of byDistance.slice(0, city.wards)) wards.set(index, WARD_NAMES[nextWard++]!);
  }
  const names = xaNames(cells.length - wards.size, new Set(WARD_NAMES));
  let nextXa = 0;
  const communes: Commune[] = [];
  const features: GeoJsonFeature[] = [];
  cells.forEach(([c, r], index) => {
    const ring = [...cellCorners(c, r), [c, r] as [number, number]].map(([i, j]) => vertex(i, j));
    const type = wards.has(index) ? 'phuong' : 'xa';
    const name = wards.get(index) ?? names[nextXa++]!;
    const code = String(24001 + index * 6);
    const fullName = `${type === 'phuong' ? 'Phường' : 'Xã'} ${name}`;
    const areaKm2 = Math.round(ringAreaKm2(ring) * 100) / 100;
    const point: Point = [round5(ring.slice(0, 4).reduce((s, p) => s + p[0], 0) / 4), round5(ring.slice(0, 4).reduce((s, p) => s + p[1], 0) / 4)];
    communes.push({ code, name, fullName, type, areaKm2, point });
    features.push({
      type: 'Feature',
      properties: { code, name, nameEn: asciiName(name), fullName, areaKm2 },
      geometry: { type: 'Polygon', coordinates: [ring] },
    });
  });
  const ring = outline(cells);
  const areaKm2 = Math.round(communes.reduce((s, x) => s + x.areaKm2, 0) * 100) / 100;
  return {
    communes,
    communesGeoJson: { type: 'FeatureCollection', features },
    provinceGeoJson: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { code: '66', name: 'Đắk Lắk', nameEn: 'Dak Lak', fullName: 'Tỉnh Đắk Lắk', areaKm2 },
          geometry: { type: 'MultiPolygon', coordinates: [[ring]] },
        },
      ],
    },
    source: 'generated',
    ...(reason ? { reason } : {}),
  };
}
