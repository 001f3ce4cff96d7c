import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CommuneLocator, pointInGeometry } from './geo-locate.js';

const GEO_DIR = process.env.IOC_GEO_DIR || join(import.meta.dirname, '../../../shared/data/geo');

describe('point in commune', () => {
  const square = { type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]], [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]]] };

  it('handles holes and multipolygons', () => {
    expect(pointInGeometry(1, 1, square)).toBe(true);
    expect(pointInGeometry(5, 5, square)).toBe(false);
    expect(pointInGeometry(11, 5, square)).toBe(false);
    const multi = { type: 'MultiPolygon', coordinates: [square.coordinates, [[[20, 20], [30, 20], [30, 30], [20, 20]]]] };
    expect(pointInGeometry(25, 22, multi)).toBe(true);
  });

  it.runIf(existsSync(join(GEO_DIR, 'dak-lak-communes.geojson')))('places every interior point of the real communes in its own commune', () => {
    const locator = CommuneLocator.fromFeatureCollection(JSON.parse(readFileSync(join(GEO_DIR, 'dak-lak-communes.geojson'), 'utf8')));
    const units = (JSON.parse(readFileSync(join(GEO_DIR, 'dak-lak-communes.json'), 'utf8')) as { units: { code: string; point: [number, number] }[] }).units;
    expect(locator.size).toBe(102);
    for (const u of units) expect(locator.locate(u.point[0], u.point[1])).toBe(u.code);
    expect(locator.locate(106.7, 10.8)).toBeNull(); // Hồ Chí Minh City
  });
});
