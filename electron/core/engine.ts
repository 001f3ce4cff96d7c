// Starts the engine: the cache, then each area of the product as a module (DESIGN.md invariant 1: no Electron).
// A new area adds its module to the list below; its contract methods live in shared/contract/areas/.
import { randomUUID } from 'node:crypto';
import { defaultCatalog } from '../../shared/catalog/index.js';
import { methods } from '../../shared/contract/methods.js';
import { createBriefingModule } from './briefing/briefing-module.js';
import { dispatch } from './dispatch.js';
import type { Engine, EngineOptions } from './engine-api.js';
import { joinHandlers, type EngineContext, type EngineModule } from './engine-module.js';
import { EventHub } from './event-hub.js';
import { createGeoModule } from './geo/geo-module.js';
import { createKpiModule } from './kpi/kpi-module.js';
import { NoticeBoard } from './notices.js';
import { openCache } from './store/open-cache.js';
import { createSyncModule } from './sync/sync-module.js';
import { createSystemModule } from './system-module.js';
import { createWallModule } from './wall/wall-module.js';

export { ENGINE_VERSION } from './system-module.js';
export { PROVINCIAL_SOURCE } from './sync/sources.js';

type ModuleFactory = (ctx: EngineContext) => EngineModule | Promise<EngineModule>;

/** The areas of the product, in start order. */
const MODULES: readonly ModuleFactory[] = [
  createSystemModule,
  createGeoModule,
  createKpiModule,
  createSyncModule,
  createWallModule,
  createBriefingModule,
];

export async function startEngine(options: EngineOptions): Promise<Engine> {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => undefined);
  const hub = new EventHub();
  const notices = new NoticeBoard(now, (notice) => hub.emit('engine.notice', notice));

  const cache = await openCache(options.dataDir, now);
  if (cache.movedAside) {
    notices.post('warning', 'cache-rebuilt', `The cache file was damaged (${cache.damageReason}); it was moved aside to ${cache.movedAside} and a fresh cache is being built.`);
    log(`damaged cache moved aside to ${cache.movedAside}`);
  }
  const ctx: EngineContext = { options, catalog: options.catalog ?? defaultCatalog, db: cache.db, hub, notices, now, log };

  const modules: EngineModule[] = [];
  for (const create of MODULES) modules.push(await create(ctx));
  const handlers = joinHandlers(modules);
  const unhandled = Object.keys(methods).filter((m) => !(m in handlers));
  if (unhandled.length) {
    await cache.db.close();
    throw new Error(`contract methods without a handler: ${unhandled.join(', ')}`);
  }
  for (const module of modules) await module.start?.();

  return {
    connect(send) {
      const unsubscribe = hub.subscribe(send);
      const caller = { connectionId: randomUUID() };
      let open = true;
      return {
        receive(message) {
          void dispatch(handlers, message, caller, log).then((reply) => {
            if (open) send(reply);
          });
        },
        close() {
          open = false;
          unsubscribe();
        },
      };
    },
    async close() {
      for (const module of [...modules].reverse()) await module.close?.().catch((e: Error) => log(`closing ${module.name}: ${e.message}`));
      hub.close();
      await cache.db.close();
    },
  };
}
