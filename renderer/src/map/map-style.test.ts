import { describe, expect, it } from 'vitest';
import { MAP_LAYERS } from '../../../shared/map/layers.js';
import { baseStyle, glyphsUrl, pointLayerIds } from './map-style.js';

describe('baseStyle', () => {
  const style = baseStyle({ glyphs: glyphsUrl('http://127.0.0.1:4780/index.html'), theme: { dark: false }, layers: MAP_LAYERS });

  it('uses only the app itself for glyphs, and has no sprite or remote source', () => {
    expect(style.glyphs).toBe('http://127.0.0.1:4780/glyphs/{fontstack}/{range}.pbf');
    expect(glyphsUrl('app://console/index.html')).toBe('app://console/glyphs/{fontstack}/{range}.pbf');
    expect(style.sprite).toBeUndefined();
    for (const source of Object.values(style.sources)) expect(source.type).toBe('geojson');
  });

  it('has unique layer ids, every point layer hidden until shown, clusters only where declared', () => {
    const ids = style.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const layer of MAP_LAYERS) {
      const own = pointLayerIds(layer);
      const point = style.layers.find((l) => l.id === own.point)!;
      expect((point.layout as { visibility?: string }).visibility).toBe('none');
      expect(ids.includes(own.cluster)).toBe(layer.cluster);
    }
  });

  it('colours points by the classes the layer declares', () => {
    const cameras = MAP_LAYERS.find((l) => l.key === 'cameras')!;
    const point = style.layers.find((l) => l.id === pointLayerIds(cameras).point)! as { paint: Record<string, unknown> };
    expect(point.paint['circle-color']).toEqual(['match', ['get', 'cls'], 'online', '#00897b', 'offline', '#757575', '#9e9e9e']);
  });

  it('puts a basemap under the boundaries and makes the land transparent over it', () => {
    const withBase = baseStyle({
      glyphs: 'x', theme: { dark: true }, layers: [],
      basemap: { sources: { base: { type: 'raster', tiles: ['ioc-basemap://t/{z}/{x}/{y}'] } }, layers: [{ id: 'base', type: 'raster', source: 'base' }] },
    });
    expect(withBase.layers.map((l) => l.id).slice(0, 3)).toEqual(['background', 'base', 'province-land']);
    expect((withBase.layers[2] as { paint: Record<string, unknown> }).paint['fill-opacity']).toBe(0);
  });
});
