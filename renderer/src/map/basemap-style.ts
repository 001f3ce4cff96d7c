// An operator's basemap, made safe for the console: every resource URL that is not the app's own goes
// through the engine (scheme ioc-basemap://), the style's fonts are replaced by the app's own glyphs, and
// the basemap's layers go under the boundaries. Pure functions; the protocol handlers live in basemap-protocol.ts.
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { FONT } from './map-style.js';

export const PROXY_SCHEME = 'ioc-basemap';
export const ARCHIVE_KEY = 'ioc-basemap-archive';

export interface BasemapStyle {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
  sprite?: StyleSpecification['sprite'];
}

/** The URL MapLibre should load: the app's own URLs as they are, anything else through the engine. */
export function proxiedUrl(url: string, appOrigin: string): string {
  if (url.startsWith(`${PROXY_SCHEME}://`) || url.startsWith('pmtiles://') || url.startsWith('data:') || url.startsWith('blob:')) return url;
  // By prefix: custom schemes such as app:// have no origin outside the browser that registered them.
  if (url === appOrigin || url.startsWith(`${appOrigin}/`) || !/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  return `${PROXY_SCHEME}://proxy/${encodeURIComponent(url)}`;
}

/** The original URL of a proxied one. */
export function unproxied(url: string): string {
  const prefix = `${PROXY_SCHEME}://proxy/`;
  return url.startsWith(prefix) ? decodeURIComponent(url.slice(prefix.length)) : url;
}

const absolute = (url: string, base: string) => {
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
};

/** The sources and layers of a remote style, ids prefixed so they never clash with the console's own. */
export function adoptStyle(style: StyleSpecification, styleUrl: string): BasemapStyle {
  const sources: Record<string, SourceSpecification> = {};
  for (const [id, source] of Object.entries(style.sources ?? {})) {
    const copy = { ...source } as SourceSpecification & { url?: string; tiles?: string[] };
    if (copy.url) copy.url = absolute(copy.url, styleUrl);
    if (copy.tiles) copy.tiles = copy.tiles.map((t) => absolute(t, styleUrl).replace(/%7B/gi, '{').replace(/%7D/gi, '}'));
    sources[`basemap-${id}`] = copy;
  }
  const layers = (style.layers ?? []).map((layer) => {
    const copy = { ...layer, id: `basemap-${layer.id}` } as LayerSpecification & { source?: string; layout?: Record<string, unknown> };
    if ('source' in layer && typeof layer.source === 'string') copy.source = `basemap-${layer.source}`;
    if (copy.layout && 'text-font' in copy.layout) copy.layout = { ...copy.layout, 'text-font': FONT };
    return copy as LayerSpecification;
  });
  const sprite = typeof style.sprite === 'string' ? absolute(style.sprite, styleUrl) : style.sprite;
  return { sources, layers, ...(sprite ? { sprite } : {}) };
}

const TILE_TYPES: Record<number, 'vector' | 'raster'> = { 1: 'vector', 2: 'raster', 3: 'raster', 4: 'raster', 5: 'raster' };

/** A style for a PMTiles archive: raster tiles as they are, vector tiles as plain land, water and lines. */
export function archiveStyle(tileType: number, vectorLayers: readonly { id: string }[], dark: boolean): BasemapStyle {
  const url = `pmtiles://${ARCHIVE_KEY}`;
  if (TILE_TYPES[tileType] === 'raster') {
    return { sources: { 'basemap-archive': { type: 'raster', url, tileSize: 256 } }, layers: [{ id: 'basemap-archive', type: 'raster', source: 'basemap-archive' }] };
  }
  const line = dark ? '#36505f' : '#b9c4cc';
  const water = dark ? '#0d2a3f' : '#b3d4ea';
  const layers: LayerSpecification[] = vectorLayers.flatMap((l): LayerSpecification[] => {
    const isWater = /water|ocean|lake|river/i.test(l.id);
    return [
      { id: `basemap-${l.id}-fill`, type: 'fill', source: 'basemap-archive', 'source-layer': l.id, filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': isWater ? water : 'rgba(0,0,0,0)' } },
      { id: `basemap-${l.id}-line`, type: 'line', source: 'basemap-archive', 'source-layer': l.id, filter: ['==', ['geometry-type'], 'LineString'], paint: { 'line-color': isWater ? water : line, 'line-width': 0.8 } },
    ];
  });
  return { sources: { 'basemap-archive': { type: 'vector', url } }, layers };
}
