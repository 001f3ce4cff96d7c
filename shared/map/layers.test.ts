import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/index.js';
import { methods } from '../contract/methods.js';
import { featureClass, isFlagged } from './feature-class.js';
import { findMapLayer, loadMapLayers, MAP_LAYERS } from './layers.js';

describe('map layers', () => {
  it('declares the seven layers with agencies and domains from the catalog', () => {
    expect(MAP_LAYERS.map((l) => l.key)).toEqual([
      'field-reports', 'cameras', 'environment-stations', 'health-facilities', 'schools', 'tourist-sites', 'traffic-incidents',
    ]);
    const agencies = new Set(defaultCatalog.agencies.map((a) => a.key));
    const domains = new Set(defaultCatalog.domains.map((d) => d.key));
    for (const layer of MAP_LAYERS) {
      expect(agencies.has(layer.agency), layer.key).toBe(true);
      expect(domains.has(layer.domain), layer.key).toBe(true);
    }
  });

  it('opens features only through contract methods, which the engine checks again', () => {
    const opening = MAP_LAYERS.filter((l) => l.open);
    expect(opening.map((l) => l.key)).toEqual(['field-reports', 'cameras']);
    for (const layer of opening) expect(Object.keys(methods), layer.key).toContain(layer.open!.requires);
  });

  it('rejects declarations whose classes do not fit', () => {
    const base = structuredClone(findMapLayer('environment-stations')!);
    expect(() => loadMapLayers([{ ...base, classBy: { kind: 'steps', property: 'aqi', from: [51] } }])).toThrow(/need 5 lower bounds/);
    expect(() => loadMapLayers([base, base])).toThrow(/duplicate key/);
    expect(() => loadMapLayers([{ ...base, classes: [{ key: 'x', name: { vi: 'x', en: 'x' }, color: 'red' }] }])).toThrow(/rrggbb/);
  });
});

describe('featureClass', () => {
  const stations = findMapLayer('environment-stations')!;
  const reports = findMapLayer('field-reports')!;

  it('puts VN_AQI values in their classes, bounds included', () => {
    expect([0, 50, 51, 100, 101, 151, 201, 300, 301, 499].map((aqi) => featureClass(stations, { aqi }))).toEqual([
      'good', 'good', 'moderate', 'moderate', 'poor', 'bad', 'very-bad', 'very-bad', 'hazardous', 'hazardous',
    ]);
  });

  it('returns null for values that name no class', () => {
    expect(featureClass(stations, { aqi: 'high' })).toBeNull();
    expect(featureClass(reports, { status: 'lost' })).toBeNull();
    expect(featureClass(reports, { status: 'processing' })).toBe('processing');
  });
});

describe('isFlagged', () => {
  const reports = findMapLayer('field-reports')!;
  const now = new Date('2026-03-01T10:00:00+07:00');

  it('raises overdue for open reports past their deadline only', () => {
    expect(isFlagged(reports, { deadline: '2026-03-01T09:00:00+07:00' }, 'processing', now)).toBe(true);
    expect(isFlagged(reports, { deadline: '2026-03-01T11:00:00+07:00' }, 'processing', now)).toBe(false);
    expect(isFlagged(reports, { deadline: '2026-03-01T09:00:00+07:00' }, 'resolved', now)).toBe(false);
    expect(isFlagged(reports, { deadline: null }, 'received', now)).toBe(false);
  });

  it('never flags a layer without a flag', () => {
    expect(isFlagged(findMapLayer('cameras')!, { deadline: '2020-01-01T00:00:00+07:00' }, 'online', now)).toBe(false);
  });
});
