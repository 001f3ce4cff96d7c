// The map's own style: no basemap needed. Background, the province as land, the communes (choropleth by
// feature state, outline, selection), commune names, then one source and its layers per point layer.
// Text uses the glyphs shipped with the app (Noto Sans, with the Vietnamese ranges).
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { MapLayer } from '../../../shared/map/layers.js';

export const FONT = ['Noto Sans Regular'];
export const SOURCE = { province: 'province', communes: 'communes', labels: 'commune-labels' } as const;
export const COMMUNE_FILL = 'commune-fill';

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

export interface StyleTheme {
  dark: boolean;
}

export function colorsOf(theme: StyleTheme) {
  return theme.dark
    ? { background: '#071018', land: '#13222e', line: '#5f7d92', province: '#9fd3ff', label: '#e3eef7', halo: '#071018', selected: '#ffd54f' }
    : { background: '#dfe8ee', land: '#fbfaf6', line: '#8a9aa6', province: '#1f4e79', label: '#1c2b36', halo: '#ffffff', selected: '#e65100' };
}

/** Absolute glyph URL template of the app's own glyphs (web host and app:// alike). */
export function glyphsUrl(base: string): string {
  return `${new URL('glyphs/', base).href}{fontstack}/{range}.pbf`;
}

export const pointSourceId = (layer: MapLayer) => `points-${layer.key}`;
export const pointLayerIds = (layer: MapLayer) => ({
  cluster: `${layer.key}-cluster`,
  clusterFlag: `${layer.key}-cluster-flag`,
  clusterCount: `${layer.key}-cluster-count`,
  point: `${layer.key}-point`,
  flag: `${layer.key}-flag`,
});

export function pointSource(layer: MapLayer): SourceSpecification {
  return {
    type: 'geojson',
    data: EMPTY,
    promoteId: 'fid',
    ...(layer.cluster
      ? {
          cluster: true,
          clusterRadius: 48,
          clusterMaxZoom: 14,
          clusterProperties: { flagged: ['+', ['case', ['get', 'flagged'], 1, 0]] },
        }
      : {}),
  } as SourceSpecification;
}

/** The layers of one point layer; all hidden until the caller shows them. */
export function pointLayers(layer: MapLayer, theme: StyleTheme): LayerSpecification[] {
  const ids = pointLayerIds(layer);
  const source = pointSourceId(layer);
  const colors = colorsOf(theme);
  const classColor = ['match', ['get', 'cls'], ...layer.classes.flatMap((c) => [c.key, c.color]), '#9e9e9e'];
  const layout = { visibility: 'none' as const };
  const flagColor = layer.flag?.color ?? '#d50000';
  const out: unknown[] = [];
  if (layer.cluster) {
    out.push(
      {
        id: ids.cluster, type: 'circle', source, filter: ['has', 'point_count'], layout,
        paint: {
          'circle-color': ['step', ['get', 'point_count'], '#64b5f6', 50, '#1e88e5', 500, '#0d47a1'],
          'circle-radius': ['step', ['get', 'point_count'], 13, 50, 18, 500, 25],
          'circle-opacity': 0.88,
          'circle-stroke-width': 1.5,
          'circle-stroke-color': colors.halo,
        },
      },
      {
        id: ids.clusterFlag, type: 'circle', source, filter: ['all', ['has', 'point_count'], ['>', ['get', 'flagged'], 0]], layout,
        paint: {
          'circle-color': 'rgba(0,0,0,0)',
          'circle-radius': ['step', ['get', 'point_count'], 16, 50, 21, 500, 28],
          'circle-stroke-width': 3,
          'circle-stroke-color': flagColor,
        },
      },
      {
        id: ids.clusterCount, type: 'symbol', source, filter: ['has', 'point_count'],
        layout: { ...layout, 'text-field': ['get', 'point_count_abbreviated'], 'text-font': FONT, 'text-size': 12, 'text-allow-overlap': true },
        paint: { 'text-color': '#ffffff' },
      },
    );
  }
  out.push(
    {
      id: ids.point, type: 'circle', source, filter: ['!', ['has', 'point_count']], layout,
      paint: {
        'circle-color': classColor,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, 3.5, 10, 6, 14, 9],
        'circle-stroke-width': 1.2,
        'circle-stroke-color': colors.halo,
      },
    },
    {
      id: ids.flag, type: 'circle', source, filter: ['all', ['!', ['has', 'point_count']], ['==', ['get', 'flagged'], true]], layout,
      paint: {
        'circle-color': 'rgba(0,0,0,0)',
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, 6, 10, 9, 14, 13],
        'circle-stroke-width': 2.5,
        'circle-stroke-color': flagColor,
      },
    },
  );
  return out as LayerSpecification[];
}

/** The boundary layers, drawn over a basemap when there is one (then the land is left transparent). */
export function boundaryLayers(theme: StyleTheme, withBasemap: boolean): LayerSpecification[] {
  const c = colorsOf(theme);
  return [
    { id: 'province-land', type: 'fill', source: SOURCE.province, paint: { 'fill-color': c.land, 'fill-opacity': withBasemap ? 0 : 1 } },
    {
      id: COMMUNE_FILL, type: 'fill', source: SOURCE.communes,
      paint: { 'fill-color': ['coalesce', ['feature-state', 'fill'], 'rgba(0,0,0,0)'], 'fill-opacity': 0.78 },
    },
    {
      id: 'commune-line', type: 'line', source: SOURCE.communes,
      paint: { 'line-color': c.line, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.4, 11, 1.2], 'line-opacity': 0.9 },
    },
    {
      id: 'commune-hover', type: 'line', source: SOURCE.communes,
      paint: { 'line-color': c.province, 'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 2, 0] },
    },
    {
      id: 'commune-selected', type: 'line', source: SOURCE.communes,
      paint: { 'line-color': c.selected, 'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3.5, 0] },
    },
    { id: 'province-line', type: 'line', source: SOURCE.province, paint: { 'line-color': c.province, 'line-width': 2.2 } },
    {
      id: 'commune-labels', type: 'symbol', source: SOURCE.labels, minzoom: 7.2,
      layout: {
        'text-field': ['get', 'name'], 'text-font': FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 7, 10, 11, 14],
        'text-max-width': 8, 'text-padding': 4,
      },
      paint: { 'text-color': c.label, 'text-halo-color': c.halo, 'text-halo-width': 1.4 },
    },
  ] as LayerSpecification[];
}

/** The style without a basemap: background, boundaries, and every point layer (hidden). */
export function baseStyle(opts: { glyphs: string; theme: StyleTheme; layers: readonly MapLayer[]; basemap?: Pick<StyleSpecification, 'sources' | 'layers' | 'sprite'> }): StyleSpecification {
  const c = colorsOf(opts.theme);
  const sources: StyleSpecification['sources'] = {
    ...(opts.basemap?.sources ?? {}),
    [SOURCE.province]: { type: 'geojson', data: EMPTY },
    [SOURCE.communes]: { type: 'geojson', data: EMPTY, promoteId: 'code' },
    [SOURCE.labels]: { type: 'geojson', data: EMPTY },
  };
  for (const layer of opts.layers) sources[pointSourceId(layer)] = pointSource(layer);
  return {
    version: 8,
    glyphs: opts.glyphs,
    ...(opts.basemap?.sprite ? { sprite: opts.basemap.sprite } : {}),
    sources,
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': c.background } },
      ...(opts.basemap?.layers ?? []),
      ...boundaryLayers(opts.theme, Boolean(opts.basemap)),
      ...opts.layers.flatMap((l) => pointLayers(l, opts.theme)),
    ],
  };
}
