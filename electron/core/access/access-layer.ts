// Puts access control together for the engine: keys, audit log, sessions, accounts, SSO, the call guard, and the
// per-connection seat (who is calling, what it may hear). engine.ts only wires it in.
import { randomUUID } from 'node:crypto';
import type { Catalog } from '../../../shared/catalog/schema.js';
import type { ServerMessage } from '../../../shared/contract/envelope.js';
import type { AccessOptions, ConnectOptions, EngineAccess, EngineOptions } from '../engine-api.js';
import type { CallContext, EngineContext, EngineModule } from '../engine-module.js';
import type { NoticeBoard } from '../notices.js';
import { DataKeys } from '../secrets/data-keys.js';
import { fileMasterKey, keychainMasterKey, VaultUnavailableError, type MasterKeySource } from '../secrets/master-key.js';
import { SealedBox } from '../secrets/sealed-box.js';
import { CredentialVault } from '../secrets/vault.js';
import type { Database } from '../store/database.js';
import { createAccessModule, type SeatOptions } from './access-module.js';
import { AccessService, DEFAULT_PASSWORD_POLICY } from './access-service.js';
import { AuditLog } from './audit-log.js';
import { auditRecorder, type AuditRecorder } from './audit-recorder.js';
import { mayHear } from './authorize.js';
import { createCallGuard } from './call-guard.js';
import { describeOidcError, OidcFlow } from './oidc-flow.js';
import { DEFAULT_SESSION_POLICY, SessionManager } from './sessions.js';
import { SsoSignIn } from './sso-sign-in.js';

export interface Seat {
  caller(): Promise<CallContext>;
  mayHear(event: string): boolean;
  close(): void;
}

function masterKeySource(options: EngineOptions, notices: NoticeBoard): MasterKeySource {
  if (options.access?.masterKey === 'data-dir') {
    const source = fileMasterKey(options.dataDir);
    notices.post('warning', 'keys-in-data-dir', `Keys are kept in a file of the data folder (${source.where}), not in the OS keychain: use this only on test machines.`, { where: source.where });
    return source;
  }
  return keychainMasterKey(new CredentialVault(options.access?.keychainService));
}

export async function startAccessLayer(base: { options: EngineOptions; db: Database; now: () => Date; log: (line: string) => void; notices: NoticeBoard }) {
  const { options, db, now, log, notices } = base;
  const settings: AccessOptions = options.access ?? {};
  const keys = new DataKeys(db, masterKeySource(options, notices));
  // Fail at start, not at the first sign-in, when the keychain is out of reach.
  try {
    await keys.get('audit-chain');
  } catch (error) {
    if (error instanceof VaultUnavailableError) {
      throw new Error(`${error.message}. The console keeps its keys there; on a machine without a Secret Service (a headless test rig) start it with --keys-in-data-dir`);
    }
    throw error;
  }
  const auditLog = new AuditLog(db, () => keys.get('audit-chain'), options.dataDir, now);
  const audit: AuditRecorder = auditRecorder(auditLog);
  const sessions = new SessionManager(now, { ...DEFAULT_SESSION_POLICY, ...(settings.idleLockMinutes ? { idleLockMs: settings.idleLockMinutes * 60_000 } : {}) });
  const service = new AccessService(
    db,
    sessions,
    audit,
    now,
    {
      ...DEFAULT_PASSWORD_POLICY,
      ...(settings.passwordCost ? { cost: settings.passwordCost } : {}),
      ...(settings.maxFailedAttempts ? { maxFailedAttempts: settings.maxFailedAttempts } : {}),
      ...(settings.lockoutMinutes ? { lockoutMs: settings.lockoutMinutes * 60_000 } : {}),
    },
    Boolean(settings.sso),
  );
  const sso = settings.sso ? new SsoSignIn(new OidcFlow(settings.sso, () => now().getTime()), service, audit, log) : null;
  if (settings.bootstrapAdmin) {
    const outcome = await service.bootstrapAdmin(settings.bootstrapAdmin.username, settings.bootstrapAdmin.password);
    log(outcome === 'created' ? `administrator "${settings.bootstrapAdmin.username}" created` : 'an administrator exists already; --bootstrap-admin left it alone');
  }
  if (settings.demoAccounts) log(`demo accounts: ${await service.seedDemoAccounts(settings.demoAccounts.password)} created`);

  const seats = new Map<string, SeatOptions>();
  const seatOf = (c: CallContext): SeatOptions => seats.get(c.connectionId) ?? { sso: 'none', wall: false };

  const engineAccess: EngineAccess = {
    ssoEnabled: sso !== null,
    beginSso: async (binding, redirectUri) => {
      if (!sso) throw new Error('single sign-on is not configured');
      try {
        return await sso.beginRedirect(binding, redirectUri);
      } catch (error) {
        service.noteFailure(binding, describeOidcError(error));
        throw error;
      }
    },
    completeSso: async (url, origin) => (sso ? sso.completeRedirect(url, origin) : false),
    redeemDeviceCode: (code, origin) => service.redeemDeviceCode(code, origin),
    signInTrusted: (binding, identity) => void service.signInTrusted(binding, identity),
  };

  return {
    audit,
    auditLog,
    sessions,
    keys,
    sealedBox: SealedBox.fromDataKeys(keys),
    service,
    engineAccess,
    guard: (catalog: Catalog) => createCallGuard(catalog),
    module: (ctx: EngineContext): EngineModule => createAccessModule(ctx, service, auditLog, sso, seatOf),

    /** One connection's seat: its session for each call, its session events, what events it may hear. */
    attach(options: ConnectOptions, send: (message: ServerMessage) => void): Seat {
      const connectionId = randomUUID();
      const binding = options.binding ?? `connection:${connectionId}`;
      const origin = options.origin ?? 'in-process';
      const wall = options.wall ?? false;
      seats.set(connectionId, { sso: sso ? (options.sso ?? 'none') : 'none', wall });
      let closed = false;
      const push = () => {
        void service.stateFor(binding, wall).then((state) => {
          if (!closed) send({ type: 'event', event: 'auth.session', payload: state });
        });
      };
      const unwatch = sessions.watch(binding, push);
      // A wall's seat signs itself in from its device credential as soon as it connects.
      void service.sessionFor(binding).catch((error: Error) => log(`seat lookup failed: ${error.message}`));
      return {
        caller: async () => ({ connectionId, binding, origin, session: await service.sessionFor(binding) }),
        mayHear: (event) => mayHear(event, sessions.current(binding)),
        close() {
          closed = true;
          unwatch();
          seats.delete(connectionId);
        },
      };
    },

    async close() {
      sso?.close();
      sessions.close();
      await auditLog.flush();
    },
  };
}

export type AccessLayer = Awaited<ReturnType<typeof startAccessLayer>>;
