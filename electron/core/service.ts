// Implements the contract: the only door into the engine (DESIGN.md). Parameters arrive validated.
import type { Catalog } from '../../shared/catalog/schema.js';
import { EngineError } from '../../shared/contract/envelope.js';
import type { Result } from '../../shared/contract/methods.js';
import { communeListSchema } from './sync/provincial-api-schema.js';
import type { Handlers } from './dispatch.js';
import type { KpiQueries } from './kpi/kpi-queries.js';
import type { Database } from './store/database.js';
import { readGeoDocument } from './store/sync-state.js';

export interface ServiceDeps {
  catalog: Catalog;
  db: Database;
  queries: KpiQueries;
  hello: () => Result<'system.hello'>;
  syncStatus: () => Result<'sync.status'>;
  syncNow: (sourceId?: string) => boolean;
}

export function createHandlers(deps: ServiceDeps): Handlers {
  return {
    'system.hello': async () => deps.hello(),
    'catalog.get': async () => deps.catalog,
    'geo.communes': async () => {
      const doc = await readGeoDocument(deps.db, 'communes');
      if (!doc) return { communes: [], asOf: null };
      const parsed = communeListSchema.safeParse(JSON.parse(doc.body));
      if (!parsed.success) throw new EngineError('unavailable', 'the cached commune list is unreadable; it will be fetched again');
      return { communes: parsed.data.items, asOf: doc.fetched_at };
    },
    'kpi.series': (p) => deps.queries.series(p),
    'kpi.breakdown': (p) => deps.queries.breakdown(p),
    'kpi.latest': async (p) => ({ values: await deps.queries.latest(p.kpiIds) }),
    'sync.status': async () => deps.syncStatus(),
    'sync.now': async (p) => ({ started: deps.syncNow(p.sourceId) }),
  };
}
