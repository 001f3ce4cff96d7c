// The contract handlers of sign-in, accounts, devices and the audit log.
import { EngineError } from '../../../shared/contract/envelope.js';
import { AGENCY_SCOPED_ROLES, UNIT_SCOPED_ROLES, type Role } from '../../../shared/contract/roles.js';
import { toVnIso } from '../../../shared/model/periods.js';
import type { CallContext, EngineContext, EngineModule, HandlersFor } from '../engine-module.js';
import { toView, type AccountChanges } from './accounts.js';
import type { AccessService } from './access-service.js';
import { auditCsv } from './audit-csv.js';
import type { AuditLog } from './audit-log.js';
import { hashPassword } from './passwords.js';
import type { SsoSignIn } from './sso-sign-in.js';

type AccessMethods =
  | 'auth.session' | 'auth.login' | 'auth.logout' | 'auth.lock' | 'auth.unlock' | 'auth.touch' | 'auth.changePassword' | 'auth.sso.begin'
  | 'access.accounts.list' | 'access.accounts.create' | 'access.accounts.update'
  | 'access.devices.list' | 'access.devices.enrol' | 'access.devices.revoke'
  | 'audit.list' | 'audit.verify' | 'audit.export';

export interface SeatOptions {
  /** How this transport runs single sign-on: the page navigates to the host's /auth/login, or the system browser opens. */
  sso: 'navigate' | 'external' | 'none';
  /** A wall window: never shows a sign-in prompt. */
  wall: boolean;
}

/** A catalog agency, or one of the workflow directory's (a commune's People's Committee). */
async function knownAgency(ctx: EngineContext, agencyId: string): Promise<boolean> {
  return ctx.catalog.agencies.some((a) => a.key === agencyId) || ((await ctx.sinks.agencyDirectory?.has(agencyId)) ?? false);
}

async function checkScope(ctx: EngineContext, roles: readonly Role[] | undefined, agencyId: string | null | undefined, unitId: string | null | undefined): Promise<void> {
  if (!roles) return;
  if (roles.some((r) => AGENCY_SCOPED_ROLES.includes(r))) {
    if (!agencyId || !(await knownAgency(ctx, agencyId))) throw new EngineError('invalid-params', 'agency roles need the agency they belong to', ['agencyId: a catalog agency key']);
  }
  if (roles.some((r) => UNIT_SCOPED_ROLES.includes(r)) && !unitId) throw new EngineError('invalid-params', 'police camera units need their police unit', ['unitId: required']);
}

export function createAccessModule(ctx: EngineContext, access: AccessService, auditLog: AuditLog, sso: SsoSignIn | null, seatOf: (c: CallContext) => SeatOptions): EngineModule {
  const state = (c: CallContext) => access.stateFor(c.binding, seatOf(c).wall);
  const refresh = (c: CallContext): CallContext => ({ ...c, session: access.sessions.current(c.binding) });

  const handlers: HandlersFor<AccessMethods> = {
    'auth.session': async (_p, c) => state(c),
    'auth.login': async (p, c) => {
      await access.login(c, p.username, p.password);
      return state(c);
    },
    'auth.logout': async (_p, c) => {
      await access.logout(c);
      return state(c);
    },
    'auth.lock': async (_p, c) => {
      access.sessions.lock(c.binding);
      await ctx.audit.record(c, 'auth.lock', c.session!.user.accountId, {});
      return state(c);
    },
    'auth.unlock': async (p, c) => {
      await access.unlock(c, p.password);
      return state(refresh(c));
    },
    'auth.touch': async (_p, c) => {
      const locksAt = access.sessions.touch(c.binding);
      return { locksAt: locksAt === null ? null : toVnIso(new Date(locksAt)) };
    },
    'auth.changePassword': async (p, c) => {
      await access.changePassword(c, p.current, p.next);
      return { changed: true as const };
    },
    'auth.sso.begin': async (_p, c) => {
      const mode = seatOf(c).sso;
      if (!sso || mode === 'none') throw new EngineError('unavailable', 'single sign-on is not configured for this console');
      if (mode === 'navigate') return { url: '/auth/login', mode };
      try {
        return { url: await sso.beginLoopback(c.binding), mode };
      } catch {
        throw new EngineError('unavailable', 'the single sign-on provider cannot be reached; use a local account');
      }
    },

    'access.accounts.list': async () => ({ accounts: (await access.accounts.list()).map(toView) }),
    'access.accounts.create': async (p, c) => {
      await checkScope(ctx, p.roles, p.agencyId, p.unitId);
      const account = await access.accounts.create({ ...p, passwordHash: p.password ? await hashPassword(p.password, access.policy.cost) : null });
      await ctx.audit.record(c, 'config.accounts.create', account.accountId, { username: account.username, roles: account.roles, agencyId: account.agencyId, unitId: account.unitId, sso: account.ssoSubject !== null });
      return toView(account);
    },
    'access.accounts.update': async (p, c) => {
      const before = await access.accounts.byId(p.accountId);
      if (!before) throw new EngineError('not-found', `no account ${p.accountId}`);
      const roles = p.roles ?? before.roles;
      await checkScope(ctx, roles, p.agencyId === undefined ? before.agencyId : p.agencyId, p.unitId === undefined ? before.unitId : p.unitId);
      const stillAdmin = roles.includes('administrator') && !(p.disabled ?? before.disabled);
      if (before.roles.includes('administrator') && !stillAdmin && (await access.accounts.countWithRole('administrator')) <= 1) {
        throw new EngineError('forbidden', 'the last administrator cannot be removed or disabled');
      }
      const { accountId, password, ...rest } = p;
      const changes: AccountChanges = { ...rest, ...(password ? { passwordHash: await hashPassword(password, access.policy.cost) } : {}) };
      const after = await access.accounts.update(accountId, changes);
      // Changed rights take effect now: the account's open sessions end.
      if (p.roles || p.disabled || p.agencyId !== undefined || p.unitId !== undefined || password) access.sessions.endSessionsOf(accountId);
      const changed = Object.keys(rest).filter((k) => (rest as Record<string, unknown>)[k] !== undefined);
      await ctx.audit.record(c, 'config.accounts.update', accountId, { username: after.username, changed, passwordReset: Boolean(password), roles: after.roles });
      return toView(after);
    },
    'access.devices.list': async () => ({ devices: await access.devices.list() }),
    'access.devices.enrol': async (p, c) => {
      const { device, code, expiresAt } = await access.devices.enrol(p.name, p.validMinutes);
      await ctx.audit.record(c, 'config.devices.enrol', device.deviceId, { name: device.name, expiresAt: toVnIso(expiresAt) });
      return { device, enrolmentCode: code, expiresAt: toVnIso(expiresAt) };
    },
    'access.devices.revoke': async (p, c) => {
      const device = await access.devices.revoke(p.deviceId);
      access.sessions.endSessionsOf(device.deviceId);
      await ctx.audit.record(c, 'config.devices.revoke', device.deviceId, { name: device.name });
      return device;
    },

    'audit.list': async (p) => auditLog.list(p),
    'audit.verify': async (_p, c) => {
      const result = await auditLog.verify();
      await ctx.audit.record(c, 'audit.verified', null, { ok: result.ok, checked: result.checked, findings: result.findings.length });
      return result;
    },
    'audit.export': async (p, c) => {
      const user = c.session!.user;
      const at = toVnIso(ctx.now());
      const { content, rows } = await auditCsv(auditLog.rows(p.fromSeq, p.toSeq, p.action), { by: `${user.username} (${user.displayName})`, at });
      await ctx.audit.record(c, 'export.audit', null, { rows, fromSeq: p.fromSeq ?? null, toSeq: p.toSeq ?? null, action: p.action ?? null });
      return { fileName: `nhat-ky-kiem-toan-${at.slice(0, 19).replace(/[:T]/g, '-')}.csv`, mediaType: 'text/csv' as const, content, rows, exportedBy: user.username, exportedAt: at };
    },
  };
  return { name: 'access', handlers, close: async () => auditLog.flush() };
}
