// Synchronisation as a module: the provincial source on its schedule, its status, "sync now".
import type { EngineContext, EngineModule, HandlersFor } from '../engine-module.js';
import { CredentialVault } from '../secrets/vault.js';
import { PROVINCIAL_SOURCE } from './sources.js';
import { SourceRunner } from './source-runner.js';
import { UpstreamClient } from './upstream-client.js';

/** The upstream's bearer token: given in the options, else from the OS keychain. */
export async function resolveToken(ctx: EngineContext): Promise<string | undefined> {
  if (ctx.options.upstreamToken) return ctx.options.upstreamToken;
  try {
    return (await new CredentialVault().get(PROVINCIAL_SOURCE.account)) ?? undefined;
  } catch (error) {
    ctx.notices.post('warning', 'keychain-unavailable', (error as Error).message);
    return undefined;
  }
}

export async function createSyncModule(ctx: EngineContext): Promise<EngineModule> {
  const client = new UpstreamClient({ baseUrl: ctx.options.upstreamUrl, token: await resolveToken(ctx) });
  const syncStatus = () => ({ online: runner.status.state !== 'offline', sources: [{ ...runner.status }] });
  const runner: SourceRunner = new SourceRunner({
    ...PROVINCIAL_SOURCE,
    client,
    db: ctx.db,
    catalog: ctx.catalog,
    now: ctx.now,
    intervalMs: ctx.options.syncIntervalMs ?? 60_000,
    onStatus: () => ctx.hub.emit('sync.status', syncStatus()),
    onStored: (kpiId) => ctx.hub.kpiChanged(kpiId),
    log: ctx.log,
  });
  const handlers: HandlersFor<'sync.status' | 'sync.now'> = {
    'sync.status': async () => syncStatus(),
    'sync.now': async (p) => ({ started: p.sourceId === undefined || p.sourceId === runner.status.id ? runner.syncNow() : false }),
  };
  return { name: 'sync', handlers, start: () => runner.start(), close: () => runner.close() };
}
