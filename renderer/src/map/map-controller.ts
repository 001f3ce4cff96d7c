// Owns one MapLibre map: creates it with the console's style, feeds its sources (one update in flight per
// source, superseded ones dropped), shows and hides layers, colours communes, fits, resizes and disposes.
// It is plain TypeScript held outside Vue reactivity; MapView.vue wraps it.
import maplibregl, { type GeoJSONSource, type Map as MlMap } from 'maplibre-gl';
import type { BoundaryCollection, MapFeature } from '../../../shared/contract/areas/map.js';
import { bboxOf, unionBbox, type Bbox, type PolygonGeometry } from '../../../shared/map/geometry.js';
import type { MapLayer } from '../../../shared/map/layers.js';
import { proxiedUrl, type BasemapStyle } from './basemap-style.js';
import { attachInteraction, type MapTarget } from './map-interaction.js';
import { baseStyle, glyphsUrl, pointLayerIds, pointSourceId, SOURCE, type StyleTheme } from './map-style.js';
import { guardBox, partitionPoints, type PointFeature, type Skipped } from './point-features.js';
import { UpdateQueue, type Delta } from './update-queue.js';

export interface MapControllerOptions {
  container: HTMLElement;
  layers: readonly MapLayer[];
  theme: StyleTheme;
  basemap: BasemapStyle | null;
  center?: [number, number] | null;
  zoom?: number | null;
  interactive?: boolean;
  onHover?: (target: MapTarget | null, point: { x: number; y: number }) => void;
  onSelect?: (target: MapTarget) => void;
  onMove?: (view: { center: [number, number]; zoom: number }) => void;
  /** First frame drawn with the boundaries in it. */
  onFirstPaint?: (ms: number) => void;
}

export interface CommuneLabel {
  code: string;
  name: string;
  point: [number, number];
}

const DEFAULT_CENTER: [number, number] = [108.5, 12.9];
const EMPTY_FC: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

export class MapController {
  readonly map: MlMap;
  readonly ready: Promise<void>;
  private readonly queues = new Map<string, UpdateQueue<PointFeature>>();
  private readonly skipped = new Map<string, Skipped[]>();
  private readonly communeBoxes = new Map<string, Bbox>();
  private provinceBox: Bbox | null = null;
  private selected: string | null = null;
  private painted = false;
  private detach: () => void = () => undefined;
  private disposed = false;

  constructor(private readonly o: MapControllerOptions) {
    const appOrigin = window.location.origin;
    this.map = new maplibregl.Map({
      container: o.container,
      style: baseStyle({ glyphs: glyphsUrl(document.baseURI), theme: o.theme, layers: o.layers, ...(o.basemap ? { basemap: o.basemap } : {}) }),
      center: o.center ?? DEFAULT_CENTER,
      zoom: o.zoom ?? 7.3,
      minZoom: 5,
      maxZoom: 18,
      attributionControl: false,
      interactive: o.interactive ?? true,
      // Every request that is not the app's own goes through the engine (an operator basemap on the LAN).
      transformRequest: (url) => ({ url: proxiedUrl(url, appOrigin) }),
      cancelPendingTileRequestsWhileZooming: true,
    });
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    this.ready = new Promise((resolve) => this.map.once('load', () => resolve()));
    void this.ready.then(() => {
      if (this.disposed) return;
      this.detach = attachInteraction(this.map, o.layers, {
        hover: (t, p) => o.onHover?.(t, p),
        select: (t) => o.onSelect?.(t),
      });
    });
    this.map.on('moveend', this.onMoveEnd);
    for (const layer of o.layers) {
      const source = pointSourceId(layer);
      this.queues.set(
        layer.key,
        new UpdateQueue<PointFeature>(
          {
            full: (features) => this.source(source).setData({ type: 'FeatureCollection', features }, true),
            // Remove, then add: MapLibre applies them in that order, so an upsert replaces the whole feature.
            delta: (delta) => this.source(source).updateData({ remove: [...delta.remove, ...delta.upsert.map((f) => f.properties.fid)], add: delta.upsert }, true),
          },
          (f) => f.properties.fid,
        ),
      );
    }
  }

  private readonly onMoveEnd = () => {
    const c = this.map.getCenter();
    this.o.onMove?.({ center: [c.lng, c.lat], zoom: this.map.getZoom() });
  };

  private source(id: string): GeoJSONSource {
    return this.map.getSource(id) as GeoJSONSource;
  }

  /** Province outline, commune boundaries and labels; null clears them. */
  async setBoundaries(province: BoundaryCollection | null, communes: BoundaryCollection | null, labels: readonly CommuneLabel[]) {
    await this.ready;
    if (this.disposed) return;
    this.communeBoxes.clear();
    for (const f of communes?.features ?? []) this.communeBoxes.set(String(f.properties.code), bboxOf(f.geometry as PolygonGeometry));
    this.provinceBox = unionBbox((province?.features ?? []).map((f) => bboxOf(f.geometry as PolygonGeometry))) ?? unionBbox([...this.communeBoxes.values()]);
    const labelFc: GeoJSON.FeatureCollection = {
      type: 'FeatureCollection',
      features: labels.map((l) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: l.point }, properties: { code: l.code, name: l.name } })),
    };
    await Promise.all([
      this.source(SOURCE.province).setData((province as GeoJSON.FeatureCollection | null) ?? EMPTY_FC, true),
      this.source(SOURCE.communes).setData((communes as GeoJSON.FeatureCollection | null) ?? EMPTY_FC, true),
      this.source(SOURCE.labels).setData(labelFc, true),
    ]);
    if (!this.painted && (province || communes)) {
      this.map.once('render', () => {
        if (this.painted) return;
        this.painted = true;
        this.o.onFirstPaint?.(performance.now());
      });
      this.map.triggerRepaint();
    }
  }

  get bounds(): Bbox | null {
    return this.provinceBox;
  }

  /** Replaces a layer's points. Returns the features set aside (with why) for the legend. */
  setPoints(layer: string, features: readonly MapFeature[]): { skipped: Skipped[]; done: Promise<void> } {
    const { drawn, skipped } = partitionPoints(features, guardBox(this.provinceBox));
    this.skipped.set(layer, skipped);
    const done = this.ready.then(() => this.queues.get(layer)?.push({ kind: 'full', features: drawn }));
    return { skipped, done };
  }

  /** Applies a few changes without rebuilding the source (GeoJSONSource.updateData by feature id). */
  applyDelta(layer: string, delta: Delta<MapFeature>): { skipped: Skipped[]; done: Promise<void> } {
    const { drawn, skipped } = partitionPoints(delta.upsert, guardBox(this.provinceBox));
    const known = (this.skipped.get(layer) ?? []).filter((s) => !delta.remove.includes(s.id) && !delta.upsert.some((f) => f.id === s.id));
    this.skipped.set(layer, [...known, ...skipped]);
    const remove = [...delta.remove, ...skipped.map((s) => s.id)];
    const done = this.ready.then(() => this.queues.get(layer)?.push({ kind: 'delta', delta: { upsert: drawn, remove } }));
    return { skipped: this.skipped.get(layer)!, done };
  }

  queueStats(layer: string) {
    const q = this.queues.get(layer);
    return { applied: q?.applied ?? 0, superseded: q?.superseded ?? 0 };
  }

  async setVisibleLayers(visible: ReadonlySet<string>) {
    await this.ready;
    if (this.disposed) return;
    for (const layer of this.o.layers) {
      for (const id of Object.values(pointLayerIds(layer))) {
        if (this.map.getLayer(id)) this.map.setLayoutProperty(id, 'visibility', visible.has(layer.key) ? 'visible' : 'none');
      }
    }
  }

  /** Colours communes by code; null removes the choropleth. */
  async setChoropleth(colors: ReadonlyMap<string, string> | null) {
    await this.ready;
    if (this.disposed) return;
    for (const code of this.communeBoxes.keys()) {
      this.map.setFeatureState({ source: SOURCE.communes, id: code }, { fill: colors?.get(code) ?? null });
    }
  }

  async selectCommune(code: string | null) {
    await this.ready;
    if (this.disposed) return;
    if (this.selected) this.map.setFeatureState({ source: SOURCE.communes, id: this.selected }, { selected: false });
    this.selected = code;
    if (code) this.map.setFeatureState({ source: SOURCE.communes, id: code }, { selected: true });
  }

  fitProvince(animate = true) {
    if (this.provinceBox) this.fit(this.provinceBox, animate);
  }

  fitCommune(code: string, animate = true) {
    const box = this.communeBoxes.get(code);
    if (box) this.fit(box, animate, 13);
  }

  flyTo(point: [number, number], zoom = 14) {
    this.map.flyTo({ center: point, zoom: Math.max(zoom, this.map.getZoom()), essential: true });
  }

  private fit(box: Bbox, animate: boolean, maxZoom = 12) {
    this.map.fitBounds([[box[0], box[1]], [box[2], box[3]]], { padding: 32, maxZoom, animate, duration: animate ? 600 : 0 });
  }

  resize() {
    if (!this.disposed) this.map.resize();
  }

  dispose() {
    if (this.disposed) return;
    this.disposed = true;
    for (const q of this.queues.values()) q.close();
    this.detach();
    this.map.off('moveend', this.onMoveEnd);
    this.map.remove();
  }
}

export type { MapTarget } from './map-interaction.js';
