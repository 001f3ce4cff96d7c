// The engine itself as a module: hello (version, clock, data folder, notices) and the catalog.
import { toVnIso, TIME_ZONE } from '../../shared/model/periods.js';
import type { EngineContext, EngineModule, HandlersFor } from './engine-module.js';

export const ENGINE_VERSION = '0.1.0';

export function createSystemModule(ctx: EngineContext): EngineModule {
  const handlers: HandlersFor<'system.hello' | 'catalog.get'> = {
    'system.hello': async () => ({
      version: ENGINE_VERSION,
      now: toVnIso(ctx.now()),
      timeZone: TIME_ZONE,
      dataDir: ctx.options.dataDir,
      notices: ctx.notices.list(),
    }),
    'catalog.get': async () => ctx.catalog,
  };
  return { name: 'system', handlers };
}
