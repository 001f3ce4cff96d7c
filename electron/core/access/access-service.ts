// Sign-in, sessions and accounts: the engine's side of issue 8 items 1–2. Dispatch asks it who is calling;
// the access module's handlers and the web host's /auth routes call into it.
import type { z } from 'zod';
import type { sessionStateSchema, signInFailureSchema } from '../../../shared/contract/areas/auth.js';
import { permittedMethods } from '../../../shared/contract/access-matrix.js';
import { EngineError } from '../../../shared/contract/envelope.js';
import { IOC_UNIT, type Role } from '../../../shared/contract/roles.js';
import { toVnIso } from '../../../shared/model/periods.js';
import type { CallContext } from '../engine-module.js';
import type { Database } from '../store/database.js';
import { AccountStore, type AccountRecord } from './accounts.js';
import type { AuditRecorder } from './audit-recorder.js';
import { DEMO_ACCOUNTS } from './demo-accounts.js';
import { DeviceStore } from './devices.js';
import { DEFAULT_COST, hashPassword, needsRehash, verifyPassword, type ScryptCost } from './passwords.js';
import { RateLimiter } from './rate-limit.js';
import type { Session, SessionManager, SessionUser } from './sessions.js';

export type SessionState = z.infer<typeof sessionStateSchema>;
export type SignInFailure = z.infer<typeof signInFailureSchema>;

export interface PasswordPolicy {
  cost: ScryptCost;
  maxFailedAttempts: number;
  lockoutMs: number;
  /** Sign-in attempts per origin (remote address) per window. */
  attemptsPerOrigin: number;
  originWindowMs: number;
}

export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = {
  cost: DEFAULT_COST,
  maxFailedAttempts: 5,
  lockoutMs: 15 * 60_000,
  attemptsPerOrigin: 30,
  originWindowMs: 5 * 60_000,
};

const WRONG = 'wrong user name or password';

export function sessionUserOf(account: AccountRecord, kind: SessionUser['kind']): SessionUser {
  const ioc = account.roles.some((r) => r === 'ioc-operator' || r === 'ioc-supervisor');
  return {
    accountId: account.accountId,
    username: account.username,
    displayName: account.displayName,
    roles: account.roles,
    agencyId: account.agencyId,
    unitId: account.unitId ?? (ioc ? IOC_UNIT : null),
    kind,
  };
}

export class AccessService {
  readonly accounts: AccountStore;
  readonly devices: DeviceStore;
  private readonly failures = new Map<string, SignInFailure>();
  private readonly perOrigin: RateLimiter;

  constructor(
    db: Database,
    readonly sessions: SessionManager,
    private readonly audit: AuditRecorder,
    private readonly now: () => Date,
    readonly policy: PasswordPolicy = DEFAULT_PASSWORD_POLICY,
    readonly ssoEnabled = false,
  ) {
    this.accounts = new AccountStore(db, now);
    this.devices = new DeviceStore(db, now);
    this.perOrigin = new RateLimiter(policy.attemptsPerOrigin, policy.originWindowMs, () => now().getTime());
  }

  /** The first administrator, from the command line or the environment; only while no administrator exists. */
  async bootstrapAdmin(username: string, password: string): Promise<'created' | 'exists'> {
    if ((await this.accounts.countWithRole('administrator')) > 0) return 'exists';
    const account = await this.accounts.create({ username, displayName: 'Quản trị hệ thống', roles: ['administrator'], passwordHash: await hashPassword(password, this.policy.cost) });
    await this.audit.record(null, 'config.accounts.bootstrap-admin', account.accountId, { username });
    return 'created';
  }

  /** One account per role (demo and end-to-end tests); existing user names are left alone. */
  async seedDemoAccounts(password: string): Promise<number> {
    const hash = await hashPassword(password, this.policy.cost);
    let created = 0;
    for (const demo of DEMO_ACCOUNTS) {
      if (await this.accounts.byUsername(demo.username)) continue;
      await this.accounts.create({ ...demo, passwordHash: hash });
      created += 1;
    }
    if (created) await this.audit.record(null, 'config.accounts.demo-seeded', null, { created });
    return created;
  }

  /** The seat's session; a wall device's seat signs itself in from its credential. */
  async sessionFor(binding: string): Promise<Session | null> {
    const current = this.sessions.current(binding);
    if (current) return current;
    const device = await this.devices.byCredential(binding);
    if (!device) return null;
    return this.sessions.signIn(binding, {
      accountId: device.deviceId,
      username: device.deviceId,
      displayName: device.name,
      roles: ['wall-display'],
      agencyId: null,
      unitId: IOC_UNIT,
      kind: 'device',
    });
  }

  async stateFor(binding: string, wallSeat = false): Promise<SessionState> {
    const session = await this.sessionFor(binding);
    const failure = this.failures.get(binding) ?? null;
    return {
      state: !session ? 'signed-out' : session.locked ? 'locked' : 'signed-in',
      user: session?.user ?? null,
      permissions: permittedMethods(session?.user.roles ?? null),
      idleLockSeconds: session?.idleLockMs != null ? Math.round(session.idleLockMs / 1000) : session ? null : Math.round(this.sessions.policy.idleLockMs / 1000),
      expiresAt: session ? toVnIso(new Date(session.expiresAt)) : null,
      sso: { enabled: this.ssoEnabled },
      device: wallSeat || session?.user.kind === 'device' ? { unprovisioned: !session } : null,
      lastFailure: failure,
    };
  }

  private limitOrigin(caller: CallContext): void {
    if (!this.perOrigin.take(caller.origin)) {
      const seconds = Math.ceil(this.perOrigin.retryAfterMs(caller.origin) / 1000);
      throw new EngineError('rate-limited', `too many sign-in attempts from here; try again in ${seconds} s`);
    }
  }

  async login(caller: CallContext, username: string, password: string): Promise<void> {
    this.limitOrigin(caller);
    const account = await this.accounts.byUsername(username);
    if (account?.lockedUntil && Date.parse(account.lockedUntil) > this.now().getTime()) {
      await this.audit.record(caller, 'auth.sign-in.refused', account.accountId, { username, reason: 'account-locked' });
      throw new EngineError('rate-limited', `the account is locked after repeated failures until ${toVnIso(new Date(account.lockedUntil))}`);
    }
    const ok = await verifyPassword(account?.passwordHash ?? null, password, this.policy.cost);
    if (!account || !ok) {
      if (account) {
        const lockedUntil = await this.accounts.recordFailure(account.accountId, this.policy.maxFailedAttempts, this.policy.lockoutMs);
        if (lockedUntil) await this.audit.record(caller, 'auth.account.locked', account.accountId, { username, until: lockedUntil });
      }
      await this.audit.record(caller, 'auth.sign-in.failed', account?.accountId ?? null, { username, method: 'password' });
      throw new EngineError('unauthenticated', WRONG);
    }
    if (account.disabled) {
      await this.audit.record(caller, 'auth.sign-in.refused', account.accountId, { username, reason: 'disabled' });
      throw new EngineError('forbidden', 'this account is disabled');
    }
    await this.accounts.recordSuccess(account.accountId);
    if (needsRehash(account.passwordHash!, this.policy.cost)) {
      await this.accounts.update(account.accountId, { passwordHash: await hashPassword(password, this.policy.cost) });
    }
    this.failures.delete(caller.binding);
    this.sessions.signIn(caller.binding, sessionUserOf(account, 'local'));
    await this.audit.record({ ...caller, session: this.sessions.current(caller.binding) }, 'auth.sign-in', account.accountId, { method: 'password' });
  }

  async unlock(caller: CallContext, password: string): Promise<void> {
    const session = caller.session!;
    if (session.user.kind !== 'local') throw new EngineError('unauthenticated', 'this session was opened through single sign-on: sign in again there to unlock');
    this.limitOrigin(caller);
    const account = await this.accounts.byId(session.user.accountId);
    const ok = await verifyPassword(account?.passwordHash ?? null, password, this.policy.cost);
    if (!account || !ok || account.disabled) {
      const lockedUntil = account ? await this.accounts.recordFailure(account.accountId, this.policy.maxFailedAttempts, this.policy.lockoutMs) : null;
      await this.audit.record(caller, 'auth.unlock.failed', session.user.accountId, {});
      if (lockedUntil) {
        this.sessions.signOut(caller.binding);
        await this.audit.record(caller, 'auth.account.locked', session.user.accountId, { until: lockedUntil });
      }
      throw new EngineError('unauthenticated', WRONG);
    }
    await this.accounts.recordSuccess(account.accountId);
    this.sessions.unlock(caller.binding);
    await this.audit.record(caller, 'auth.unlock', account.accountId, {});
  }

  async logout(caller: CallContext): Promise<void> {
    if (caller.session && this.sessions.signOut(caller.binding)) await this.audit.record(caller, 'auth.sign-out', caller.session.user.accountId, {});
  }

  async changePassword(caller: CallContext, current: string, next: string): Promise<void> {
    const account = await this.accounts.byId(caller.session!.user.accountId);
    if (!account?.passwordHash) throw new EngineError('forbidden', 'this account has no console password (single sign-on or device)');
    this.limitOrigin(caller);
    if (!(await verifyPassword(account.passwordHash, current, this.policy.cost))) throw new EngineError('unauthenticated', 'the current password is wrong');
    await this.accounts.update(account.accountId, { passwordHash: await hashPassword(next, this.policy.cost) });
    await this.audit.record(caller, 'auth.password.changed', account.accountId, {});
  }

  /** For in-process callers only (tests, benchmarks): no transport can reach this. */
  signInTrusted(binding: string, identity: { roles: Role[]; username?: string; displayName?: string; agencyId?: string | null; unitId?: string | null }): Session {
    const username = identity.username ?? `test.${identity.roles.join('+')}`;
    return this.sessions.signIn(binding, {
      accountId: `trusted:${username}`,
      username,
      displayName: identity.displayName ?? username,
      roles: identity.roles,
      agencyId: identity.agencyId ?? null,
      unitId: identity.unitId ?? (identity.roles.some((r) => r.startsWith('ioc-') || r === 'wall-display') ? IOC_UNIT : null),
      kind: 'local',
    }, { trusted: true });
  }

  /** The web host's /auth/device and the shell's --enrol-wall: a one-time code for the device credential. */
  async redeemDeviceCode(code: string, origin: string): Promise<string | null> {
    const redeemed = await this.devices.redeem(code);
    await this.audit.record(null, redeemed ? 'auth.device.enrolled' : 'auth.device.enrol-failed', redeemed?.device.deviceId ?? null, { via: origin });
    return redeemed?.credential ?? null;
  }

  noteFailure(binding: string, failure: SignInFailure | null): void {
    if (failure) this.failures.set(binding, failure);
    else this.failures.delete(binding);
    this.sessions.changed(binding);
  }
}
