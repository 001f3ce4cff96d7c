// The operational map as an engine module: layers, features, boundaries, search and the operator's basemap.
import type { EngineContext, EngineModule, HandlersFor } from '../engine-module.js';
import { readGeoDocument } from '../store/sync-state.js';
import { communeListSchema } from '../sync/provincial-api-schema.js';
import { PROVINCIAL_SOURCE } from '../sync/sources.js';
import { resolveToken } from '../sync/sync-module.js';
import { UpstreamClient } from '../sync/upstream-client.js';
import { BasemapService } from './basemap.js';
import { BoundaryCache } from './boundaries.js';
import { MapQueries } from './map-queries.js';
import { MapSync } from './map-sync.js';

type MapMethod = 'map.layers' | 'map.features' | 'map.boundaries' | 'map.search' | 'map.basemap' | 'map.setBasemap' | 'map.basemapFetch' | 'map.basemapBytes';

export async function createMapModule(ctx: EngineContext): Promise<EngineModule> {
  const boundaries = new BoundaryCache(ctx.db);
  const queries = new MapQueries(ctx.db, PROVINCIAL_SOURCE.name, ctx.now);
  const basemap = new BasemapService(ctx.db, ctx.now);
  const client = new UpstreamClient({ baseUrl: ctx.options.upstreamUrl, token: await resolveToken(ctx) });
  const sync = new MapSync({
    db: ctx.db,
    client,
    sourceId: PROVINCIAL_SOURCE.id,
    boundaries,
    now: ctx.now,
    intervalMs: ctx.options.syncIntervalMs ?? 60_000,
    onChanged: (layers) => ctx.hub.emit('map.changed', { layers }),
    log: ctx.log,
  });

  async function communes() {
    const doc = await readGeoDocument(ctx.db, 'communes');
    const parsed = doc ? communeListSchema.safeParse(JSON.parse(doc.body)) : undefined;
    return parsed?.success ? parsed.data.items : [];
  }

  const handlers: HandlersFor<MapMethod> = {
    'map.layers': async () => ({ layers: await queries.layers() }),
    'map.features': (p) => queries.features(p),
    'map.boundaries': async () => {
      const { province, communes, rejected, asOf } = await boundaries.get();
      return { province, communes, rejected, asOf };
    },
    'map.search': async (p) => ({ results: await queries.search(p.query, p.limit, await communes()) }),
    'map.basemap': async () => ({ basemap: await basemap.get() }),
    'map.setBasemap': async (p, caller) => {
      const saved = await basemap.set(p.basemap);
      await ctx.audit.record(caller, 'config.map.basemap', 'map', { basemap: saved });
      ctx.hub.emit('map.basemapChanged', { basemap: saved });
      return { basemap: saved };
    },
    'map.basemapFetch': (p) => basemap.fetch(p.url),
    'map.basemapBytes': (p) => basemap.bytes(p.offset, p.length),
  };
  return { name: 'map', handlers, start: async () => sync.start(), close: () => sync.close() };
}
