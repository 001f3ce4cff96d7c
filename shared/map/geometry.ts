// Geometry checks for what the map draws: points, and the province's and communes' boundaries.
// A feature that cannot be drawn is never dropped silently: each check says why, in a typed reason.
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { RejectReason } from './reject-reasons.js';

export type LonLat = [number, number];
export type Bbox = [west: number, south: number, east: number, north: number];

export type { RejectReason } from './reject-reasons.js';

export interface PolygonGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: number[][][] | number[][][][];
}

export interface BoundaryFeature {
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry: PolygonGeometry;
}

const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** A longitude/latitude pair on the globe. */
export function isLonLat(value: unknown): value is LonLat {
  return (
    Array.isArray(value) && value.length >= 2 && isNumber(value[0]) && isNumber(value[1]) &&
    Math.abs(value[0]) <= 180 && Math.abs(value[1]) <= 90
  );
}

/**
 * The position of a point geometry as an upstream sends it (GeoJSON Point, or null when it has none),
 * or the reason it cannot be drawn.
 */
export function pointOf(geometry: unknown): { position: LonLat } | { reason: RejectReason; detail: string } {
  if (geometry === null || geometry === undefined) return { reason: 'no-coordinates', detail: 'no geometry' };
  if (typeof geometry !== 'object') return { reason: 'invalid-geometry', detail: `geometry is a ${typeof geometry}` };
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  if (type !== 'Point') return { reason: 'invalid-geometry', detail: `expected a Point, got ${String(type)}` };
  if (coordinates === null || coordinates === undefined || (Array.isArray(coordinates) && coordinates.length === 0)) {
    return { reason: 'no-coordinates', detail: 'the point has no coordinates' };
  }
  if (!isLonLat(coordinates)) return { reason: 'invalid-coordinates', detail: `not a longitude/latitude pair: ${JSON.stringify(coordinates).slice(0, 60)}` };
  if (coordinates[0] === 0 && coordinates[1] === 0) return { reason: 'invalid-coordinates', detail: '0, 0 (a missing position written as zeros)' };
  return { position: [coordinates[0], coordinates[1]] };
}

function ringProblem(ring: unknown): string | null {
  if (!Array.isArray(ring)) return 'a ring is not a list of positions';
  if (ring.length < 4) return `a ring has ${ring.length} positions (at least 4 are needed)`;
  if (!ring.every(isLonLat)) return 'a ring has a position that is not a longitude/latitude pair';
  const first = ring[0] as LonLat;
  const last = ring[ring.length - 1] as LonLat;
  if (first[0] !== last[0] || first[1] !== last[1]) return 'a ring is not closed';
  return null;
}

function polygonProblem(polygon: unknown): string | null {
  if (!Array.isArray(polygon) || polygon.length === 0) return 'a polygon has no rings';
  for (const ring of polygon) {
    const problem = ringProblem(ring);
    if (problem) return problem;
  }
  return null;
}

/** Why a boundary geometry cannot be drawn, or null when it can (Polygon or MultiPolygon with closed rings). */
export function boundaryProblem(geometry: unknown): string | null {
  if (!geometry || typeof geometry !== 'object') return 'no geometry';
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  if (type === 'Polygon') return polygonProblem(coordinates);
  if (type === 'MultiPolygon') {
    if (!Array.isArray(coordinates) || coordinates.length === 0) return 'a multipolygon has no polygons';
    for (const polygon of coordinates) {
      const problem = polygonProblem(polygon);
      if (problem) return problem;
    }
    return null;
  }
  return `expected a Polygon or MultiPolygon, got ${String(type)}`;
}

/** Bounding box of a polygon geometry that passed boundaryProblem. */
export function bboxOf(geometry: PolygonGeometry): Bbox {
  const box: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as number[][][][];
  for (const polygon of polygons) {
    for (const [x, y] of polygon[0] as number[][]) {
      if (x! < box[0]) box[0] = x!;
      if (y! < box[1]) box[1] = y!;
      if (x! > box[2]) box[2] = x!;
      if (y! > box[3]) box[3] = y!;
    }
  }
  return box;
}

export function unionBbox(boxes: readonly Bbox[]): Bbox | null {
  if (boxes.length === 0) return null;
  return boxes.reduce<Bbox>((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])], [...boxes[0]!]);
}

const inBox = (box: Bbox, [x, y]: LonLat) => x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3];

/** Finds which of a set of areas (communes, or the province) contains a point; a bbox check first. */
export class AreaIndex<K extends string = string> {
  private readonly areas: { key: K; box: Bbox; geometry: PolygonGeometry }[];

  constructor(areas: readonly { key: K; geometry: PolygonGeometry }[]) {
    this.areas = areas.map((a) => ({ ...a, box: bboxOf(a.geometry) }));
  }

  get size() {
    return this.areas.length;
  }

  get bbox(): Bbox | null {
    return unionBbox(this.areas.map((a) => a.box));
  }

  /** The key of the first area containing the point (boundary included), or null. */
  locate(point: LonLat): K | null {
    for (const area of this.areas) {
      if (inBox(area.box, point) && booleanPointInPolygon(point, area.geometry as Parameters<typeof booleanPointInPolygon>[1])) return area.key;
    }
    return null;
  }

  contains(point: LonLat): boolean {
    return this.locate(point) !== null;
  }
}
