// Map features as GeoJSON for MapLibre, with only what styling and hit-testing need in the properties
// (the full feature stays in the store for the drawer). A feature that cannot be drawn here (no finite
// position, far outside the province's box) is set aside with the reason: never a crash, never silent.
import type { MapFeature } from '../../../shared/contract/areas/map.js';
import type { Bbox } from '../../../shared/map/geometry.js';
import type { RejectReason } from '../../../shared/map/reject-reasons.js';

export interface PointProps {
  fid: string;
  name: string;
  cls: string;
  flagged: boolean;
}

export type PointFeature = GeoJSON.Feature<GeoJSON.Point, PointProps>;

export interface Skipped {
  id: string;
  name: string;
  reason: RejectReason;
  detail: string;
}

/** A point drawable inside `bbox` (when given): finite, on the globe, in the box. */
export function skipReason(f: Pick<MapFeature, 'lon' | 'lat'>, bbox: Bbox | null): { reason: RejectReason; detail: string } | null {
  const { lon, lat } = f;
  if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) {
    return { reason: 'invalid-coordinates', detail: `${String(lon)}, ${String(lat)}` };
  }
  if (Math.abs(lon) > 180 || Math.abs(lat) > 90) return { reason: 'invalid-coordinates', detail: `${lon}, ${lat}` };
  if (bbox && (lon < bbox[0] || lon > bbox[2] || lat < bbox[1] || lat > bbox[3])) {
    return { reason: 'outside-province', detail: `${lon}, ${lat}` };
  }
  return null;
}

export function toPointFeature(f: MapFeature): PointFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [f.lon, f.lat] },
    properties: { fid: f.id, name: f.name, cls: f.cls ?? '', flagged: f.flagged },
  };
}

/** Splits features into what is drawn and what is set aside (with why). */
export function partitionPoints(features: readonly MapFeature[], bbox: Bbox | null): { drawn: PointFeature[]; skipped: Skipped[] } {
  const drawn: PointFeature[] = [];
  const skipped: Skipped[] = [];
  for (const f of features) {
    const problem = skipReason(f, bbox);
    if (problem) skipped.push({ id: String(f.id), name: String(f.name ?? f.id), ...problem });
    else drawn.push(toPointFeature(f));
  }
  return { drawn, skipped };
}

/** The province's box with a margin: the client's last guard (the engine checks the outline itself). */
export function guardBox(bbox: Bbox | null, margin = 0.25): Bbox | null {
  return bbox ? [bbox[0] - margin, bbox[1] - margin, bbox[2] + margin, bbox[3] + margin] : null;
}
