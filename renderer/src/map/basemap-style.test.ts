import { describe, expect, it } from 'vitest';
import type { StyleSpecification } from 'maplibre-gl';
import { adoptStyle, archiveStyle, proxiedUrl, unproxied } from './basemap-style.js';

const APP = 'http://127.0.0.1:4780';

describe('proxiedUrl', () => {
  it('leaves the app, data and archive URLs alone and sends anything else through the engine', () => {
    expect(proxiedUrl(`${APP}/glyphs/Noto%20Sans%20Regular/0-255.pbf`, APP)).toBe(`${APP}/glyphs/Noto%20Sans%20Regular/0-255.pbf`);
    expect(proxiedUrl('pmtiles://ioc-basemap-archive/1/2/3', APP)).toBe('pmtiles://ioc-basemap-archive/1/2/3');
    const remote = 'http://10.0.0.5:8080/tiles/5/25/14.pbf?key=a&b=c';
    const proxied = proxiedUrl(remote, APP);
    expect(proxied.startsWith('ioc-basemap://proxy/')).toBe(true);
    expect(unproxied(proxied)).toBe(remote);
    expect(proxiedUrl('app://console/x.pbf', 'app://console')).toBe('app://console/x.pbf');
  });
});

describe('adoptStyle', () => {
  const style = {
    version: 8,
    glyphs: 'http://10.0.0.5/fonts/{fontstack}/{range}.pbf',
    sprite: '/sprites/basic',
    sources: { omt: { type: 'vector', url: 'tiles.json' }, sat: { type: 'raster', tiles: ['/sat/{z}/{x}/{y}.jpg'], tileSize: 256 } },
    layers: [
      { id: 'water', type: 'fill', source: 'omt', 'source-layer': 'water', paint: {} },
      { id: 'place', type: 'symbol', source: 'omt', 'source-layer': 'place', layout: { 'text-field': '{name}', 'text-font': ['Open Sans Bold'] } },
    ],
  } as unknown as StyleSpecification;
  const adopted = adoptStyle(style, 'http://10.0.0.5:8080/styles/basic/style.json');

  it('resolves relative URLs against the style and prefixes ids', () => {
    expect(adopted.sources['basemap-omt']).toMatchObject({ url: 'http://10.0.0.5:8080/styles/basic/tiles.json' });
    expect(adopted.sources['basemap-sat']).toMatchObject({ tiles: ['http://10.0.0.5:8080/sat/{z}/{x}/{y}.jpg'] });
    expect(adopted.sprite).toBe('http://10.0.0.5:8080/sprites/basic');
    expect(adopted.layers.map((l) => [l.id, (l as { source?: string }).source])).toEqual([['basemap-water', 'basemap-omt'], ['basemap-place', 'basemap-omt']]);
  });

  it('uses the app glyphs for the basemap labels', () => {
    expect((adopted.layers[1] as { layout: Record<string, unknown> }).layout['text-font']).toEqual(['Noto Sans Regular']);
  });
});

describe('archiveStyle', () => {
  it('shows raster archives as they are and vector ones as plain lines and water', () => {
    expect(archiveStyle(2, [], false).layers).toEqual([{ id: 'basemap-archive', type: 'raster', source: 'basemap-archive' }]);
    const vector = archiveStyle(1, [{ id: 'water' }, { id: 'roads' }], false);
    expect(vector.sources['basemap-archive']).toEqual({ type: 'vector', url: 'pmtiles://ioc-basemap-archive' });
    expect(vector.layers).toHaveLength(4);
  });
});
