// Pointer interaction with the map: what is under the pointer (a point, a cluster, a commune), throttled to
// one query per frame; a click selects it, or zooms into a cluster. Returns a function that detaches it all.
import type { GeoJSONSource, Map as MlMap, MapMouseEvent } from 'maplibre-gl';
import type { MapLayer } from '../../../shared/map/layers.js';
import { COMMUNE_FILL, pointLayerIds, pointSourceId } from './map-style.js';

export type MapTarget =
  | { kind: 'commune'; code: string }
  | { kind: 'feature'; layer: string; id: string }
  | { kind: 'cluster'; layer: string; count: number; clusterId: number; lon: number; lat: number };

export interface InteractionHandlers {
  hover(target: MapTarget | null, point: { x: number; y: number }): void;
  select(target: MapTarget): void;
}

export function attachInteraction(map: MlMap, layers: readonly MapLayer[], handlers: InteractionHandlers): () => void {
  const byLayerId = new Map<string, { layer: MapLayer; cluster: boolean }>();
  for (const layer of layers) {
    const ids = pointLayerIds(layer);
    byLayerId.set(ids.point, { layer, cluster: false });
    byLayerId.set(ids.flag, { layer, cluster: false });
    if (layer.cluster) byLayerId.set(ids.cluster, { layer, cluster: true });
  }
  const queryable = () => [...byLayerId.keys(), COMMUNE_FILL].filter((id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none');

  function targetAt(point: { x: number; y: number }): MapTarget | null {
    const hits = map.queryRenderedFeatures([point.x, point.y], { layers: queryable() });
    for (const hit of hits) {
      const own = byLayerId.get(hit.layer.id);
      const props = hit.properties as Record<string, unknown>;
      if (own?.cluster) {
        const [lon, lat] = (hit.geometry as GeoJSON.Point).coordinates as [number, number];
        return { kind: 'cluster', layer: own.layer.key, count: Number(props.point_count), clusterId: Number(props.cluster_id), lon, lat };
      }
      if (own) return { kind: 'feature', layer: own.layer.key, id: String(props.fid) };
    }
    const commune = hits.find((h) => h.layer.id === COMMUNE_FILL);
    return commune ? { kind: 'commune', code: String((commune.properties as Record<string, unknown>).code) } : null;
  }

  let frame = 0;
  let hovered: string | null = null;
  const canvas = map.getCanvas();

  function setHoverState(code: string | null) {
    if (hovered === code) return;
    if (hovered) map.setFeatureState({ source: 'communes', id: hovered }, { hover: false });
    hovered = code;
    if (code) map.setFeatureState({ source: 'communes', id: code }, { hover: true });
  }

  const onMove = (e: MapMouseEvent) => {
    cancelAnimationFrame(frame);
    const point = { x: e.point.x, y: e.point.y };
    frame = requestAnimationFrame(() => {
      const target = targetAt(point);
      canvas.style.cursor = target ? 'pointer' : '';
      setHoverState(target?.kind === 'commune' ? target.code : null);
      handlers.hover(target, point);
    });
  };
  const onLeave = () => {
    cancelAnimationFrame(frame);
    canvas.style.cursor = '';
    setHoverState(null);
    handlers.hover(null, { x: 0, y: 0 });
  };
  const onClick = (e: MapMouseEvent) => {
    const target = targetAt(e.point);
    if (!target) return;
    if (target.kind === 'cluster') {
      const source = map.getSource(pointSourceId(layers.find((l) => l.key === target.layer)!)) as GeoJSONSource;
      void source.getClusterExpansionZoom(target.clusterId).then((zoom) => map.easeTo({ center: [target.lon, target.lat], zoom }));
      return;
    }
    handlers.select(target);
  };

  map.on('mousemove', onMove);
  map.on('mouseout', onLeave);
  map.on('click', onClick);
  return () => {
    cancelAnimationFrame(frame);
    map.off('mousemove', onMove);
    map.off('mouseout', onLeave);
    map.off('click', onClick);
  };
}
