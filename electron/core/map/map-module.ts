// The operational map as an engine module: layers, features, boundaries, search and the operator's basemap.
import type { CallContext, EngineContext, EngineModule, HandlersFor } from '../engine-module.js';
import { readGeoDocument } from '../store/sync-state.js';
import { communeListSchema } from '../sync/provincial-api-schema.js';
import { resolveToken } from '../sync/sync-module.js';
import { UpstreamClient } from '../sync/upstream-client.js';
import { BasemapService } from './basemap.js';
import { BoundaryCache } from './boundaries.js';
import { viewOf } from './layer-views.js';
import { MapQueries, type ViewsOf } from './map-queries.js';
import { MapSync } from './map-sync.js';

type MapMethod = 'map.layers' | 'map.features' | 'map.boundaries' | 'map.search' | 'map.basemap' | 'map.setBasemap' | 'map.basemapFetch' | 'map.basemapBytes';

export async function createMapModule(ctx: EngineContext): Promise<EngineModule> {
  const boundaries = new BoundaryCache(ctx.db);
  const queries = new MapQueries(ctx.db, ctx.now);
  const basemap = new BasemapService(ctx.db, ctx.now);
  const client = new UpstreamClient({ baseUrl: ctx.options.upstreamUrl, token: await resolveToken(ctx) });
  const sync = new MapSync({
    db: ctx.db,
    client,
    boundaries,
    now: ctx.now,
    intervalMs: ctx.options.syncIntervalMs ?? 60_000,
    onChanged: (layers) => ctx.hub.emit('map.changed', { layers }),
    log: ctx.log,
  });

  // What the workflow holds reaches the map as it changes (a transition, a delivery), not a sync interval later.
  const unsubscribe = ctx.hub.subscribe((message) => {
    if (message.type === 'event' && message.event === 'fieldReports.changed') sync.refreshSoon(['field-reports']);
  });
  ctx.sinks.mapLayersChanged = (layers) => sync.refreshSoon(layers);
  const views = (caller: CallContext): ViewsOf => (layer) => viewOf(layer, caller, ctx.sinks.cameraAccess);

  async function communes() {
    const doc = await readGeoDocument(ctx.db, 'communes');
    const parsed = doc ? communeListSchema.safeParse(JSON.parse(doc.body)) : undefined;
    return parsed?.success ? parsed.data.items : [];
  }

  const handlers: HandlersFor<MapMethod> = {
    'map.layers': async (_p, caller) => ({ layers: await queries.layers(views(caller)) }),
    'map.features': (p, caller) => queries.features(p, views(caller)),
    'map.boundaries': async () => {
      const { province, communes, rejected, asOf } = await boundaries.get();
      return { province, communes, rejected, asOf };
    },
    'map.search': async (p, caller) => ({ results: await queries.search(p.query, p.limit, await communes(), views(caller)) }),
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
  return {
    name: 'map',
    handlers,
    start: async () => sync.start(),
    close: async () => {
      unsubscribe();
      await sync.close();
    },
  };
}
