// Starts the engine: cache, sync, queries and the contract handlers. Plain Node, no Electron (invariant 1).
import { defaultCatalog } from '../../shared/catalog/index.js';
import { toVnIso, TIME_ZONE } from '../../shared/model/periods.js';
import { dispatch } from './dispatch.js';
import type { Engine, EngineOptions } from './engine-api.js';
import { EventHub } from './event-hub.js';
import { KpiQueries } from './kpi/kpi-queries.js';
import { NoticeBoard } from './notices.js';
import { createHandlers } from './service.js';
import { CredentialVault } from './secrets/vault.js';
import { openCache } from './store/open-cache.js';
import { SourceRunner } from './sync/source-runner.js';
import { UpstreamClient } from './sync/upstream-client.js';

export const ENGINE_VERSION = '0.1.0';
export const PROVINCIAL_SOURCE = { id: 'provincial-api', name: 'Nền tảng chia sẻ dữ liệu tỉnh (LGSP)', account: 'upstream:provincial-api' };

async function resolveToken(options: EngineOptions, notices: NoticeBoard): Promise<string | undefined> {
  if (options.upstreamToken) return options.upstreamToken;
  try {
    return (await new CredentialVault().get(PROVINCIAL_SOURCE.account)) ?? undefined;
  } catch (error) {
    notices.post('warning', 'keychain-unavailable', (error as Error).message);
    return undefined;
  }
}

export async function startEngine(options: EngineOptions): Promise<Engine> {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => undefined);
  const catalog = options.catalog ?? defaultCatalog;
  const hub = new EventHub();
  const notices = new NoticeBoard(now, (notice) => hub.emit('engine.notice', notice));

  const cache = await openCache(options.dataDir, now);
  if (cache.movedAside) {
    notices.post('warning', 'cache-rebuilt', `The cache file was damaged (${cache.damageReason}); it was moved aside to ${cache.movedAside} and a fresh cache is being built.`);
    log(`damaged cache moved aside to ${cache.movedAside}`);
  }
  const db = cache.db;

  const client = new UpstreamClient({ baseUrl: options.upstreamUrl, token: await resolveToken(options, notices) });
  const emitStatus = () => hub.emit('sync.status', syncStatus());
  const runner = new SourceRunner({
    ...PROVINCIAL_SOURCE,
    client,
    db,
    catalog,
    now,
    intervalMs: options.syncIntervalMs ?? 60_000,
    onStatus: emitStatus,
    onStored: (kpiId) => hub.kpiChanged(kpiId),
    log,
  });
  const syncStatus = () => ({ online: runner.status.state !== 'offline', sources: [{ ...runner.status }] });

  const handlers = createHandlers({
    catalog,
    db,
    queries: new KpiQueries(db, catalog, PROVINCIAL_SOURCE.name, now),
    hello: () => ({ version: ENGINE_VERSION, now: toVnIso(now()), timeZone: TIME_ZONE, dataDir: options.dataDir, notices: notices.list() }),
    syncStatus,
    syncNow: (sourceId) => (sourceId === undefined || sourceId === runner.status.id ? runner.syncNow() : false),
  });

  await runner.start();

  return {
    connect(send) {
      const unsubscribe = hub.subscribe(send);
      let open = true;
      return {
        receive(message) {
          void dispatch(handlers, message, log).then((reply) => {
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
      await runner.close();
      hub.close();
      await db.close();
    },
  };
}
