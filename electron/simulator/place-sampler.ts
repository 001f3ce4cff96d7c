// Seeded positions inside a given commune: rejection sampling in the commune's bounding box against its
// boundary (point in polygon), so every simulated place lies in the commune it says it belongs to.
import { AreaIndex, bboxOf, boundaryProblem, type LonLat, type PolygonGeometry } from '../../shared/map/geometry.js';
import type { Commune, Geography } from './geo-types.js';

export interface CommuneArea {
  commune: Commune;
  geometry: PolygonGeometry;
}

const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

export class PlaceSampler {
  readonly areas: CommuneArea[];
  readonly index: AreaIndex;
  /** The outline is simplified apart from the communes: a point must lie in both to be drawn. */
  private readonly province: AreaIndex;
  private readonly byCode: Map<string, CommuneArea>;

  constructor(geography: Geography) {
    const geometries = new Map<string, PolygonGeometry>();
    for (const f of geography.communesGeoJson.features) {
      const code = String(f.properties.code ?? '');
      if (code && boundaryProblem(f.geometry) === null) geometries.set(code, f.geometry as PolygonGeometry);
    }
    this.areas = geography.communes.flatMap((commune) => {
      const geometry = geometries.get(commune.code);
      return geometry ? [{ commune, geometry }] : [];
    });
    this.byCode = new Map(this.areas.map((a) => [a.commune.code, a]));
    this.index = new AreaIndex(this.areas.map((a) => ({ key: a.commune.code, geometry: a.geometry })));
    this.province = new AreaIndex(
      geography.provinceGeoJson.features.flatMap((f, i) => (boundaryProblem(f.geometry) === null ? [{ key: String(i), geometry: f.geometry as PolygonGeometry }] : [])),
    );
  }

  /** The commune a point is drawn in: inside its boundary and the province outline; null elsewhere. */
  locate(p: LonLat): string | null {
    const code = this.index.locate(p);
    return code !== null && this.fits(p, code) ? code : null;
  }

  /** Inside the province outline and in the commune `code`. */
  private fits(p: LonLat, code: string): boolean {
    return this.index.locate(p) === code && (this.province.size === 0 || this.province.contains(p));
  }

  /** A point inside the commune and the province, from `random`; the commune's interior point when sampling keeps missing. */
  pointIn(code: string, random: () => number): LonLat {
    const area = this.byCode.get(code);
    if (!area) throw new Error(`no boundary for commune ${code}`);
    const [w, s, e, n] = bboxOf(area.geometry);
    for (let attempt = 0; attempt < 60; attempt++) {
      const p: LonLat = [round5(w + random() * (e - w)), round5(s + random() * (n - s))];
      if (this.fits(p, code)) return p;
    }
    return area.commune.point;
  }

  /** Picks a commune, urban wards weighted `wardWeight` times a rural commune. */
  pickCommune(random: () => number, wardWeight: number): CommuneArea {
    const weights = this.areas.map((a) => (a.commune.type === 'phuong' ? wardWeight : 1));
    let r = random() * weights.reduce((s, w) => s + w, 0);
    for (let i = 0; i < this.areas.length; i++) {
      r -= weights[i]!;
      if (r < 0) return this.areas[i]!;
    }
    return this.areas[this.areas.length - 1]!;
  }
}
