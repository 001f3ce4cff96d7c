// The province outline and commune boundaries from the geography cache, checked feature by feature:
// what cannot be drawn is named with the reason. Parsed once per fetched version, with the area indexes
// the feature intake uses (is a point in the province, in which commune).
import type { BoundaryCollection } from '../../../shared/contract/areas/map.js';
import { AreaIndex, boundaryProblem, type PolygonGeometry } from '../../../shared/map/geometry.js';
import type { Database } from '../store/database.js';
import { readGeoDocument } from '../store/sync-state.js';
import type { Areas } from './feature-intake.js';

export interface Boundaries {
  province: BoundaryCollection | null;
  communes: BoundaryCollection | null;
  rejected: { code: string; name: string; reason: string }[];
  asOf: string | null;
  areas: Areas;
}

interface RawFeature {
  type?: unknown;
  properties?: Record<string, unknown> | null;
  geometry?: unknown;
}

function check(body: string | undefined, label: string, rejected: Boundaries['rejected']): BoundaryCollection | null {
  if (body === undefined) return null;
  let parsed: { features?: unknown };
  try {
    parsed = JSON.parse(body) as { features?: unknown };
  } catch {
    rejected.push({ code: '', name: label, reason: 'the cached document is not JSON' });
    return null;
  }
  if (!Array.isArray(parsed.features)) {
    rejected.push({ code: '', name: label, reason: 'the cached document is not a FeatureCollection' });
    return null;
  }
  const features: BoundaryCollection['features'] = [];
  (parsed.features as RawFeature[]).forEach((f, i) => {
    const properties = f && typeof f === 'object' && f.properties && typeof f.properties === 'object' ? f.properties : {};
    const code = String(properties.code ?? '');
    const name = String(properties.fullName ?? properties.name ?? `${label} #${i + 1}`);
    const problem = f?.type !== 'Feature' ? 'not a GeoJSON Feature' : boundaryProblem(f.geometry);
    if (problem) rejected.push({ code, name, reason: problem });
    else features.push({ type: 'Feature', properties, geometry: f.geometry as BoundaryCollection['features'][number]['geometry'] });
  });
  return { type: 'FeatureCollection', features };
}

const indexOf = (fc: BoundaryCollection | null, key: (f: BoundaryCollection['features'][number], i: number) => string) =>
  fc && fc.features.length ? new AreaIndex(fc.features.map((f, i) => ({ key: key(f, i), geometry: f.geometry as PolygonGeometry }))) : null;

export class BoundaryCache {
  private cached: { stamp: string; value: Boundaries } | undefined;

  constructor(private readonly db: Database) {}

  async get(): Promise<Boundaries> {
    const [communes, province] = await Promise.all([readGeoDocument(this.db, 'communes.geojson'), readGeoDocument(this.db, 'province.geojson')]);
    const stamp = `${communes?.fetched_at ?? '-'}|${province?.fetched_at ?? '-'}`;
    if (this.cached?.stamp === stamp) return this.cached.value;
    const rejected: Boundaries['rejected'] = [];
    const provinceFc = check(province?.body, 'province', rejected);
    const communesFc = check(communes?.body, 'commune', rejected);
    const value: Boundaries = {
      province: provinceFc,
      communes: communesFc,
      rejected,
      asOf: communes?.fetched_at ?? province?.fetched_at ?? null,
      areas: {
        province: indexOf(provinceFc, (_f, i) => String(i)),
        communes: indexOf(communesFc, (f, i) => String(f.properties.code ?? i)),
      },
    };
    this.cached = { stamp, value };
    return value;
  }
}
