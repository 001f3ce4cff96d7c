// Which commune a point lies in: even-odd ray casting over GeoJSON Polygon / MultiPolygon rings (holes
// included), with bounding boxes to skip most communes. Used by the engine's ingest and the simulator.
type Ring = ReadonlyArray<readonly [number, number]>;

export interface GeoGeometry {
  type: string;
  coordinates: unknown;
}

function inRing(lon: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function polygons(geometry: GeoGeometry): Ring[][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates as Ring[]];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as Ring[][];
  return [];
}

export function pointInGeometry(lon: number, lat: number, geometry: GeoGeometry): boolean {
  // Even-odd over all rings of a polygon: a point in a hole is crossed twice.
  return polygons(geometry).some((rings) => rings.reduce((inside, ring) => (inRing(lon, lat, ring) ? !inside : inside), false));
}

interface Indexed {
  code: string;
  geometry: GeoGeometry;
  box: [number, number, number, number];
}

function bbox(geometry: GeoGeometry): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const rings of polygons(geometry))
    for (const ring of rings)
      for (const [x, y] of ring) {
        w = Math.min(w, x);
        s = Math.min(s, y);
        e = Math.max(e, x);
        n = Math.max(n, y);
      }
  return [w, s, e, n];
}

export class CommuneLocator {
  private readonly items: Indexed[];

  constructor(features: ReadonlyArray<{ code: string; geometry: GeoGeometry }>) {
    this.items = features.map((f) => ({ ...f, box: bbox(f.geometry) }));
  }

  get size() {
    return this.items.length;
  }

  /** The code of the commune containing the point, or null outside every commune. */
  locate(lon: number, lat: number): string | null {
    for (const item of this.items) {
      const [w, s, e, n] = item.box;
      if (lon < w || lon > e || lat < s || lat > n) continue;
      if (pointInGeometry(lon, lat, item.geometry)) return item.code;
    }
    return null;
  }

  geometryOf(code: string): GeoGeometry | null {
    return this.items.find((i) => i.code === code)?.geometry ?? null;
  }

  /** Builds a locator from a FeatureCollection whose features carry `properties.code`. */
  static fromFeatureCollection(doc: unknown): CommuneLocator {
    const features = (doc as { features?: unknown[] } | null)?.features ?? [];
    const list: { code: string; geometry: GeoGeometry }[] = [];
    for (const f of features) {
      const feature = f as { properties?: { code?: unknown }; geometry?: GeoGeometry };
      if (typeof feature.properties?.code === 'string' && feature.geometry) list.push({ code: feature.properties.code, geometry: feature.geometry });
    }
    return new CommuneLocator(list);
  }
}
