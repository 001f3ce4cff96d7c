// Starts the engine: the cache, then each area of the product as a module (DESIGN.md invariant 1: no Electron).
// A new area adds its module to the list below; its contract methods live in shared/contract/areas/.
import { defaultCatalog } from '../../shared/catalog/index.js';
import { methods } from '../../shared/contract/methods.js';
import { startAccessLayer } from './access/access-layer.js';
import { createBriefingModule } from './briefing/briefing-module.js';
import { createCameraModule } from './cameras/cameras-module.js';
import { streamRelay } from './cameras/stream-relay.js';
import { dispatch } from './dispatch.js';
import type { Engine, EngineOptions } from './engine-api.js';
import { joinHandlers, type EngineContext, type EngineModule } from './engine-module.js';
import { EventHub } from './event-hub.js';
import { createGeoModule } from './geo/geo-module.js';
import { createAlertsModule } from './sync/alerts-module.js';
import { createFieldReportsModule } from './workflow/field-reports-module.js';
import { createDisclosureModule } from './workflow/disclosure/disclosure-module.js';
import { createKpiModule } from './kpi/kpi-module.js';
import { createMapModule } from './map/map-module.js';
import { NoticeBoard } from './notices.js';
import { openCache } from './store/open-cache.js';
import { createSyncModule } from './sync/sync-module.js';
import { createSystemModule } from './system-module.js';
import { createWallModule } from './wall/wall-module.js';

export { ENGINE_VERSION } from './system-module.js';
export { PROVINCIAL_SOURCE } from './sync/sources.js';

type ModuleFactory = (ctx: EngineContext) => EngineModule | Promise<EngineModule>;

/** The areas of the product, in start order; one per line so that areas added side by side merge cleanly. */
const MODULES: readonly ModuleFactory[] = [
  createSystemModule,
  createGeoModule,
  createKpiModule,
  createSyncModule,
  createCameraModule,
  createMapModule,
  createAlertsModule,
  createFieldReportsModule,
  createWallModule,
  createBriefingModule,
  createDisclosureModule,
];

export async function startEngine(options: EngineOptions): Promise<Engine> {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => undefined);
  const hub = new EventHub();
  const notices = new NoticeBoard(now, (notice) => hub.emit('engine.notice', notice));

  const cache = await openCache(options.dataDir, now);
  if (cache.movedAside) {
    notices.post('warning', 'cache-rebuilt', `The cache file was damaged (${cache.damageReason}); it was moved aside to ${cache.movedAside} and a fresh cache is being built.`, {
      reason: cache.damageReason ?? '',
      movedTo: cache.movedAside,
    });
    log(`damaged cache moved aside to ${cache.movedAside}`);
  }
  let access: Awaited<ReturnType<typeof startAccessLayer>>;
  try {
    access = await startAccessLayer({ options, db: cache.db, now, log, notices });
  } catch (error) {
    await cache.db.close();
    throw error;
  }
  const { audit, sessions, keys, sealedBox } = access;
  const catalog = options.catalog ?? defaultCatalog;
  const sinks = { fieldReports: options.fieldReportSink ?? undefined, outboundSources: new Set<string>(), agencyDirectory: undefined };
  const ctx: EngineContext = { options, catalog, db: cache.db, hub, notices, sinks, now, log, audit, sessions, keys, sealedBox };
  const guard = access.guard(catalog);

  const modules: EngineModule[] = [access.module(ctx)];
  for (const create of MODULES) modules.push(await create(ctx));
  const handlers = joinHandlers(modules);
  const unhandled = Object.keys(methods).filter((m) => !(m in handlers));
  if (unhandled.length) {
    await access.close();
    await cache.db.close();
    throw new Error(`contract methods without a handler: ${unhandled.join(', ')}`);
  }
  for (const module of modules) await module.start?.();

  return {
    connect(send, connectOptions = {}) {
      const seat = access.attach(connectOptions, send);
      // Events are filtered per connection by the access matrix (EVENT_ACCESS), like calls.
      const unsubscribe = hub.subscribe((message) => {
        if (message.type !== 'event' || seat.mayHear(message.event)) send(message);
      });
      let open = true;
      return {
        receive(message) {
          void seat
            .caller()
            .then((caller) => dispatch(handlers, message, caller, log, guard))
            .then((reply) => {
              if (open) send(reply);
            })
            .catch((error: Error) => log(`call failed before dispatch: ${error.stack ?? error.message}`));
        },
        close() {
          open = false;
          unsubscribe();
          seat.close();
        },
      };
    },
    access: access.engineAccess,
    streams: streamRelay(modules),
    async close() {
      for (const module of [...modules].reverse()) await module.close?.().catch((e: Error) => log(`closing ${module.name}: ${e.message}`));
      await access.close();
      hub.close();
      await cache.db.close();
    },
  };
}
