import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { loadGeography, type Geography } from './geography.js';

const GEO_DIR = process.env.IOC_GEO_DIR || join(import.meta.dirname, '../../../shared/data/geo');

type Ring = Array<[number, number]>;

function inside([x, y]: [number, number], ring: Ring): boolean {
  let odd = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
  }
  return odd;
}

function checkCommunes(geo: Geography, [west, south, east, north]: [number, number, number, number]) {
  expect(geo.communes).toHaveLength(102);
  expect(geo.communes.filter((c) => c.type === 'xa')).toHaveLength(88);
  expect(geo.communes.filter((c) => c.type === 'phuong')).toHaveLength(14);
  expect(new Set(geo.communes.map((c) => c.code)).size).toBe(102);
  expect(geo.communesGeoJson.features).toHaveLength(102);
  expect(geo.provinceGeoJson.features).toHaveLength(1);
  for (const c of geo.communes) {
    expect(c.point[0]).toBeGreaterThanOrEqual(west);
    expect(c.point[0]).toBeLessThanOrEqual(east);
    expect(c.point[1]).toBeGreaterThanOrEqual(south);
    expect(c.point[1]).toBeLessThanOrEqual(north);
    expect(c.areaKm2).toBeGreaterThan(0);
    expect(c.fullName).toContain(c.name);
  }
}

describe('loadGeography', () => {
  it('reads the 102 communes from the shared geo folder', async () => {
    const geo = await loadGeography(GEO_DIR);
    expect(geo.source).toBe('files');
    expect(geo.reason).toBeUndefined();
    checkCommunes(geo, [107.4, 12.0, 109.6, 13.9]);
    expect(geo.communes.find((c) => c.code === '22015')?.fullName).toBe('Phường Tuy Hoà');
  });

  it('generates a plausible province of 102 communes when no folder is given', async () => {
    const geo = await loadGeography();
    expect(geo.source).toBe('generated');
    checkCommunes(geo, [107.9, 12.15, 109.5, 13.75]);
    expect(new Set(geo.communes.map((c) => c.name)).size).toBe(102);
    expect(geo.communes.every((c) => c.fullName.startsWith(c.type === 'phuong' ? 'Phường ' : 'Xã '))).toBe(true);
    const total = geo.communes.reduce((s, c) => s + c.areaKm2, 0);
    expect(total).toBeGreaterThan(15000);
    expect(total).toBeLessThan(35000);
    // Each interior point lies in its own boundary and in the province outline.
    const outline = (geo.provinceGeoJson.features[0]!.geometry.coordinates as Ring[][])[0]![0]!;
    expect(outline[0]).toEqual(outline[outline.length - 1]);
    geo.communesGeoJson.features.forEach((f, i) => {
      const commune = geo.communes[i]!;
      expect(f.properties.code).toBe(commune.code);
      expect(inside(commune.point, (f.geometry.coordinates as Ring[])[0]!)).toBe(true);
      expect(inside(commune.point, outline)).toBe(true);
    });
    // Outside the outline: a corner cell that was cut off.
    expect(inside([107.95, 12.2], outline)).toBe(false);
  });

  it('generates the same province every time', async () => {
    expect(await loadGeography()).toEqual(await loadGeography());
  });

  it('falls back to a generated province, saying why, when the folder is missing or unreadable', async () => {
    const missing = await loadGeography('/nonexistent/geo');
    expect(missing.source).toBe('generated');
    expect(missing.reason).toMatch(/\/nonexistent\/geo/);
    expect(missing.communes).toHaveLength(102);

    const dir = await mkdtemp(join(tmpdir(), 'sim-geo-'));
    try {
      await writeFile(join(dir, 'dak-lak-communes.json'), JSON.stringify({ units: [{ code: 1 }] }));
      await writeFile(join(dir, 'dak-lak-communes.geojson'), '{ not json');
      await writeFile(join(dir, 'dak-lak-province.geojson'), JSON.stringify({ type: 'FeatureCollection', features: [] }));
      const broken = await loadGeography(dir);
      expect(broken.source).toBe('generated');
      expect(broken.reason).toMatch(/dak-lak-communes/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
