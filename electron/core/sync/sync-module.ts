// Synchronisation as a module: every declared connector on its own schedule, their live status, "sync now",
// cancel, quarantine (list, re-process, discard), the outbox senders, and credentials in the OS keychain.
import { EngineError } from '../../../shared/contract/envelope.js';
import { toVnIso } from '../../../shared/model/periods.js';
import type { EngineContext, EngineModule, HandlersFor } from '../engine-module.js';
import { OutboxSender } from '../outbox/outbox-sender.js';
import { countPendingOutbox, listOutbox, releaseOutbox } from '../outbox/outbox-store.js';
import { CredentialVault } from '../secrets/vault.js';
import { listAlerts } from './cap/cap-store.js';
import { createConnector } from './connector-factory.js';
import { CREDENTIALS, defaultConnectors } from './connectors/defaults.js';
import { loadConnectors } from './connectors/load-connectors.js';
import { CredentialResolver } from './credentials.js';
import { deliverOpen311Update } from './open311/open311-outbound.js';
import { countPendingQuarantine, listQuarantine, readQuarantined, resolveQuarantined, updateQuarantineReason } from './quarantine-store.js';
import { SourceRunner } from './source-runner.js';
import { UpstreamClient } from './upstream-client.js';

type SyncMethod =
  | 'sync.status'
  | 'sync.now'
  | 'sync.cancel'
  | 'sync.quarantine'
  | 'sync.reprocess'
  | 'sync.discard'
  | 'sync.outbox'
  | 'sync.outboxRetry'
  | 'sync.setCredential';

/** The provincial API's bearer token for areas that read it beside the connectors (the map feeds). */
export async function resolveToken(ctx: EngineContext): Promise<string | undefined> {
  const given = { ...ctx.options.credentials, ...(ctx.options.upstreamToken ? { [CREDENTIALS.provincial]: ctx.options.upstreamToken } : {}) };
  const resolved = await new CredentialResolver(given, new CredentialVault(ctx.options.keychainService)).resolve({ kind: 'bearer', credential: CREDENTIALS.provincial });
  return resolved.auth.kind === 'bearer' ? resolved.auth.secret : undefined;
}

export async function createSyncModule(ctx: EngineContext): Promise<EngineModule> {
  const declarations = loadConnectors(ctx.options.connectors ?? defaultConnectors(ctx.options.upstreamUrl, ctx.options.syncIntervalMs));
  const given = { ...ctx.options.credentials, ...(ctx.options.upstreamToken ? { [CREDENTIALS.provincial]: ctx.options.upstreamToken } : {}) };
  const credentials = new CredentialResolver(given, new CredentialVault(ctx.options.keychainService));
  const runners = new Map<string, SourceRunner>();
  const clients = new Map<string, UpstreamClient>();
  const senders = new Map<string, OutboxSender>();

  const syncStatus = () => {
    const sources = [...runners.values()].map((r) => structuredClone(r.status));
    return { online: sources.every((s) => s.state !== 'offline'), sources };
  };
  const emitOutbox = () => void countPendingOutbox(ctx.db).then((pending) => ctx.hub.emit('sync.outbox', { pending }), () => undefined);
  const emitQuarantine = () => void countPendingQuarantine(ctx.db).then((pending) => ctx.hub.emit('sync.quarantine', { pending }), () => undefined);

  let keychainNoticed = false;
  for (const declaration of declarations.filter((d) => d.enabled)) {
    const credential = await credentials.resolve(declaration.auth);
    if (credential.problem && !keychainNoticed) {
      keychainNoticed = true;
      ctx.notices.post('warning', 'keychain-unavailable', credential.problem, { detail: credential.problem });
    }
    const client = new UpstreamClient({
      baseUrl: declaration.baseUrl,
      auth: credential.auth,
      timeoutMs: declaration.schedule.timeoutMs,
      maxResponseBytes: declaration.maxResponseBytes,
    });
    const connector = createConnector(declaration, {
      catalog: ctx.catalog,
      fieldReportSink: () => ctx.sinks.fieldReports,
      onKpiStored: (kpiId) => ctx.hub.kpiChanged(kpiId),
      onFieldReportsStored: () => undefined,
      onAlertsChanged: (ids) => void countActive().then((active) => ctx.hub.emit('alerts.changed', { active, changedIds: ids })),
    });
    const runner = new SourceRunner({
      connector,
      client,
      db: ctx.db,
      credential: credential.state,
      now: ctx.now,
      log: ctx.log,
      onStatus: (status) => {
        ctx.hub.emit('sync.status', syncStatus());
        if (status.state === 'ok') senders.get(status.id)?.wake();
        if (status.state !== 'syncing') emitQuarantine();
      },
    });
    runners.set(declaration.id, runner);
    clients.set(declaration.id, client);
    if (declaration.outbound) {
      ctx.sinks.outboundSources.add(declaration.id);
      senders.set(
        declaration.id,
        new OutboxSender({
          db: ctx.db,
          target: declaration.id,
          deliver: (item, signal) => deliverOpen311Update(client, item, signal),
          now: ctx.now,
          onChange: emitOutbox,
          log: ctx.log,
          firstRetryMs: declaration.schedule.firstRetryMs,
          maxRetryMs: declaration.schedule.maxRetryMs,
        }),
      );
    }
  }

  async function countActive() {
    return (await listAlerts(ctx.db, ctx.now(), { includeInactive: false, limit: 500 })).length;
  }

  const runner = (sourceId: string) => {
    const found = runners.get(sourceId);
    if (!found) throw new EngineError('not-found', `no data source "${sourceId}"`);
    return found;
  };

  const handlers: HandlersFor<SyncMethod> = {
    'sync.status': async () => syncStatus(),
    'sync.now': async (p) => {
      const targets = p.sourceId === undefined ? [...runners.values()] : [runner(p.sourceId)];
      const started = targets.map((r) => r.syncNow()).some(Boolean);
      for (const sender of senders.values()) sender.wake();
      return { started };
    },
    'sync.cancel': async (p) => ({ cancelled: runner(p.sourceId).cancel() }),
    'sync.quarantine': async (p) => listQuarantine(ctx.db, p),
    'sync.reprocess': async (p, caller) => {
      await ctx.audit.record(caller, 'sync.quarantine.reprocess', p.ids.join(','), { corrected: 'payload' in p && p.payload !== undefined });
      const at = toVnIso(ctx.now());
      const results = [];
      const touched = new Set<string>();
      for (const id of p.ids) {
        const item = await readQuarantined(ctx.db, id);
        if (!item || item.status !== 'pending') {
          results.push({ id, outcome: 'not-pending' as const, reason: item ? null : 'no such quarantined record' });
          continue;
        }
        const source = runners.get(item.sourceId);
        if (!source) {
          results.push({ id, outcome: 'still-invalid' as const, reason: `the source "${item.sourceId}" is no longer configured` });
          continue;
        }
        const reason = await ctx.db.transaction(async (tx) => {
          const problem = await source.connectorOf().reprocess(tx, item.stream, p.raw ?? item.raw, at);
          if (problem === null) await resolveQuarantined(tx, id, 'reprocessed', at);
          else await updateQuarantineReason(tx, id, problem);
          return problem;
        });
        if (reason === null && item.stream.includes('|')) ctx.hub.kpiChanged(item.stream.split('|')[0]!);
        touched.add(item.sourceId);
        results.push({ id, outcome: reason === null ? ('stored' as const) : ('still-invalid' as const), reason });
      }
      for (const sourceId of touched) await runners.get(sourceId)?.refreshQuarantine();
      emitQuarantine();
      return { results };
    },
    'sync.discard': async (p, caller) => {
      await ctx.audit.record(caller, 'sync.quarantine.discard', p.ids.join(','), {});
      const at = toVnIso(ctx.now());
      let discarded = 0;
      await ctx.db.transaction(async (tx) => {
        for (const id of p.ids) if (await resolveQuarantined(tx, id, 'discarded', at)) discarded++;
      });
      for (const r of runners.values()) await r.refreshQuarantine();
      emitQuarantine();
      return { discarded };
    },
    'sync.outbox': async (p) => {
      const items = await listOutbox(ctx.db, p.limit);
      return {
        items: items.map(({ payload: _payload, ...rest }) => rest),
        pending: await countPendingOutbox(ctx.db),
      };
    },
    'sync.outboxRetry': async (p, caller) => {
      await ctx.audit.record(caller, 'sync.outbox.retry', String(p.id), {});
      const retried = await releaseOutbox(ctx.db, p.id, toVnIso(ctx.now()));
      for (const sender of senders.values()) sender.wake();
      emitOutbox();
      return { retried };
    },
    'sync.setCredential': async (p, caller) => {
      const source = runner(p.sourceId);
      // Who changed which credential, never the secret itself.
      await ctx.audit.record(caller, 'config.sync.credential', p.sourceId, { removed: p.secret === null });
      const auth = source.connectorOf().declaration.auth;
      if (auth.kind === 'none') throw new EngineError('invalid-params', `the source "${p.sourceId}" needs no credential`);
      try {
        await credentials.store(auth.credential, p.secret);
      } catch (error) {
        throw new EngineError('unavailable', (error as Error).message);
      }
      clients.get(p.sourceId)!.updateSecret(p.secret ?? undefined);
      source.setCredentialState(p.secret === null ? 'missing' : 'present');
      source.syncNow();
      return { stored: p.secret !== null };
    },
  };

  return {
    name: 'sync',
    handlers,
    async start() {
      for (const r of runners.values()) await r.start();
      for (const s of senders.values()) s.start();
    },
    async close() {
      await Promise.all([...senders.values()].map((s) => s.close()));
      await Promise.all([...runners.values()].map((r) => r.close()));
    },
  };
}
