import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/index.js';
import { demoWallConfig, minimalWallConfig } from './demo-config.js';
import { loadWallConfig } from './load.js';
import { checkTileContent, fieldReportsTileKind, mapTileKind, tileOptions } from './tile-kinds.js';

const check = (kind: string, options: Record<string, unknown>) => checkTileContent({ kind, options }, defaultCatalog);

describe('the map tile kind', () => {
  it('accepts a view of the province with known layers', () => {
    expect(check('map', { center: [108.05, 12.68], zoom: 11, layers: ['field-reports', 'cameras'] })).toEqual([]);
    expect(check('map', { center: [109.3, 13.1], zoom: 5 })).toEqual([]); // Tuy Hòa, the former Phú Yên
  });

  it('refuses a centre outside the province, swapped coordinates and an impossible latitude', () => {
    expect(check('map', { center: [105.85, 21.03], zoom: 10 })).toEqual([expect.stringMatching(/^options\.center: the centre \[lon, lat\] must lie in the province/)]);
    expect(check('map', { center: [12.68, 108.05], zoom: 10 })).toContainEqual(expect.stringMatching(/^options\.center\.1: /));
    expect(check('map', { center: [108.05], zoom: 10 })).toContainEqual(expect.stringMatching(/^options\.center/));
  });

  it('refuses a zoom outside 5 to 18 and options it does not know', () => {
    expect(check('map', { center: [108.05, 12.68], zoom: 4 })).toEqual(['options.zoom: zoom is 5 to 18']);
    expect(check('map', { center: [108.05, 12.68], zoom: 19 })).toEqual(['options.zoom: zoom is 5 to 18']);
    expect(check('map', { center: [108.05, 12.68] })).toContainEqual(expect.stringMatching(/^options\.zoom: /));
    expect(check('map', { center: [108.05, 12.68], zoom: 9, bearing: 30 })).toContainEqual(expect.stringMatching(/bearing/));
  });

  it('names an unknown layer as a reference problem', () => {
    expect(check('map', { center: [108.05, 12.68], zoom: 9, layers: ['cameras', 'weather-radar'] })).toEqual([
      expect.stringMatching(/^unknown map layer "weather-radar" \(known: field-reports, cameras/),
    ]);
    expect(tileOptions(mapTileKind, { center: [108.05, 12.68], zoom: 9 })).toEqual({ center: [108.05, 12.68], zoom: 9 });
  });
});

describe('the map tile kind with a KPI', () => {
  it('colours by a KPI broken down by commune, and names one that is unknown or has no commune breakdown', () => {
    const byCommune = defaultCatalog.domains.flatMap((d) => d.kpis).find((k) => k.breakdowns.includes('commune'))!;
    const provinceOnly = defaultCatalog.domains.flatMap((d) => d.kpis).find((k) => !k.breakdowns.includes('commune'))!;
    const view = { center: [108.05, 12.68], zoom: 9 };
    expect(check('map', { ...view, kpiId: byCommune.id })).toEqual([]);
    expect(check('map', { ...view, kpiId: 'health.khong-co' })).toEqual(['unknown KPI "health.khong-co"']);
    expect(check('map', { ...view, kpiId: provinceOnly.id })).toEqual([`KPI "${provinceOnly.id}" has no breakdown by commune to colour the map with`]);
  });
});

describe('the field-report ticker tile kind', () => {
  it('fills in its limit and names unknown categories', () => {
    expect(tileOptions(fieldReportsTileKind, {})).toEqual({ limit: 8 });
    expect(check('field-reports', { limit: 5, categories: ['rac-thai', 'chieu-sang'] })).toEqual([]);
    expect(check('field-reports', { categories: ['rac-thai', 'ngap-lut'] })).toEqual(['unknown field-report category "ngap-lut"']);
    expect(check('field-reports', { limit: 0 })).toEqual([expect.stringMatching(/^options\.limit: /)]);
    expect(check('field-reports', { limit: 31 })).toEqual([expect.stringMatching(/^options\.limit: /)]);
    expect(check('field-reports', { categories: [] })).toEqual([expect.stringMatching(/^options\.categories: /)]);
  });
});

describe('the incident tile kind', () => {
  it('takes one report id', () => {
    expect(check('incident', { reportId: 42 })).toEqual([]);
    expect(check('incident', { reportId: 0 })).toEqual(['options.reportId: a report id is a positive whole number']);
    expect(check('incident', { reportId: '42' })).toEqual([expect.stringMatching(/^options\.reportId: /)]);
    expect(check('incident', {})).toEqual([expect.stringMatching(/^options\.reportId: /)]);
  });
});

describe('the demo wall', () => {
  it('holds a map panel and a field-report ticker that load, and the minimal wall stays valid', () => {
    const tiles = loadWallConfig(demoWallConfig, defaultCatalog).scenes.flatMap((s) => s.tiles);
    expect(tiles.filter((t) => t.kind === 'map')).toHaveLength(1);
    expect(tiles.filter((t) => t.kind === 'field-reports')).toHaveLength(1);
    expect(() => loadWallConfig(minimalWallConfig, defaultCatalog)).not.toThrow();
  });
});

describe('the camera tile kind', () => {
  it('takes one camera id and a stream kind (HLS by default), nothing else', () => {
    expect(check('camera', { cameraId: 'cam-0001' })).toEqual([]);
    expect(check('camera', { cameraId: 'cam-0001', kind: 'mjpeg' })).toEqual([]);
    expect(check('camera', { cameraId: '' }).length).toBeGreaterThan(0);
    expect(check('camera', { cameraId: 'cam-0001', kind: 'rtsp' }).length).toBeGreaterThan(0);
    expect(check('camera', { cameraId: 'cam-0001', url: 'http://x' }).length).toBeGreaterThan(0);
  });
});
