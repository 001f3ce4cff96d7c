// The communes as the cache holds them (pulled from the upstream by the sync area): codes, names and
// boundaries, reloaded when a newer copy lands.
import { CommuneLocator } from '../../../../shared/model/geo-locate.js';
import type { Database } from '../../store/database.js';
import { readGeoDocument } from '../../store/sync-state.js';

export interface CommuneGeography {
  /** False until the sync area has cached the boundaries: nothing can be judged outside the province yet. */
  known: boolean;
  names: Map<string, string>;
  locator: CommuneLocator;
}

const EMPTY: CommuneGeography = { known: false, names: new Map(), locator: new CommuneLocator([]) };

export class CommuneGeographyCache {
  private cached: { stamp: string; geo: CommuneGeography } | undefined;

  async load(db: Database): Promise<CommuneGeography> {
    const stampRow = await db.get<{ stamp: string | null }>(
      `SELECT group_concat(fetched_at) AS stamp FROM geo_documents WHERE name IN ('communes', 'communes.geojson')`,
    );
    const stamp = stampRow?.stamp ?? '';
    if (!stamp) return EMPTY;
    if (this.cached?.stamp === stamp) return this.cached.geo;
    const [list, shapes] = await Promise.all([readGeoDocument(db, 'communes'), readGeoDocument(db, 'communes.geojson')]);
    if (!list || !shapes) return EMPTY;
    const items = (JSON.parse(list.body) as { items?: { code: string; name: string }[] }).items ?? [];
    const geo: CommuneGeography = {
      known: items.length > 0,
      names: new Map(items.map((c) => [c.code, c.name])),
      locator: CommuneLocator.fromFeatureCollection(JSON.parse(shapes.body)),
    };
    this.cached = { stamp, geo };
    return geo;
  }
}
