// Geography as a module: the cached commune list, as the upstream published it.
import { EngineError } from '../../../shared/contract/envelope.js';
import type { EngineContext, EngineModule, HandlersFor } from '../engine-module.js';
import { readGeoDocument } from '../store/sync-state.js';
import { communeListSchema } from '../sync/provincial-api-schema.js';

export function createGeoModule(ctx: EngineContext): EngineModule {
  const handlers: HandlersFor<'geo.communes'> = {
    'geo.communes': async () => {
      const doc = await readGeoDocument(ctx.db, 'communes');
      if (!doc) return { communes: [], asOf: null };
      const parsed = communeListSchema.safeParse(JSON.parse(doc.body));
      if (!parsed.success) throw new EngineError('unavailable', 'the cached commune list is unreadable; it will be fetched again');
      return { communes: parsed.data.items, asOf: doc.fetched_at };
    },
  };
  return { name: 'geo', handlers };
}
