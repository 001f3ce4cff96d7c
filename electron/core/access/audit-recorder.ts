// The one-line audit API every area gets through the EngineContext: record(caller, action, target, details).
import type { CallContext } from '../engine-module.js';
import type { AuditEntry, AuditLog } from './audit-log.js';

export interface AuditRecorder {
  /**
   * Appends an entry attributed to the caller's account (null caller: the engine itself). Actions are dotted
   * lower-case names ("auth.sign-in", "camera.view", "export.audit", "config.accounts.update", "report.forwarded").
   * Never put passwords, tokens or reporter identity in `details`.
   */
  record(caller: CallContext | null, action: string, target: string | null, details?: Record<string, unknown>): Promise<AuditEntry>;
}

export function auditRecorder(log: AuditLog): AuditRecorder {
  return {
    record(caller, action, target, details = {}) {
      const user = caller?.session?.user ?? null;
      const actor = user ? { accountId: user.accountId, name: user.username } : { accountId: null, name: caller ? null : 'engine' };
      return log.append(actor, action, target, caller ? { ...details, via: caller.origin } : details);
    },
  };
}
