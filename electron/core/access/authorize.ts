// The engine refuses what the access matrix does not allow: deny by default, at the dispatch boundary.
import { ACCESS_MATRIX, EVENT_ACCESS, evaluateRule, type AccessRule, type Grant } from '../../../shared/contract/access-matrix.js';
import { EngineError } from '../../../shared/contract/envelope.js';
import type { EventName, MethodName } from '../../../shared/contract/methods.js';
import type { Session } from './sessions.js';

/** Throws `unauthenticated` (no or locked session) or `forbidden` (role); otherwise says whether scoping applies. */
export function authorizeCall(method: MethodName, session: Session | null): Exclude<Grant, 'denied'> {
  const rule: AccessRule | undefined = (ACCESS_MATRIX as Record<string, AccessRule>)[method];
  if (!rule) throw new EngineError('forbidden', `${method} is not in the access matrix`);
  if (rule.allow === 'public') return 'allowed';
  if (!session) throw new EngineError('unauthenticated', 'sign in to use the console');
  if (session.locked && !rule.whenLocked) throw new EngineError('unauthenticated', 'the session is locked; unlock it to continue');
  const grant = evaluateRule(rule, session.user.roles);
  if (grant === 'denied') throw new EngineError('forbidden', `your role may not use ${method}`);
  return grant;
}

/** May this session hear this event? Unknown events are not delivered. */
export function mayHear(event: string, session: Session | null): boolean {
  const rule: AccessRule | undefined = (EVENT_ACCESS as Record<string, AccessRule>)[event as EventName];
  if (!rule) return false;
  if (rule.allow === 'public') return true;
  if (!session || session.locked) return false;
  return evaluateRule(rule, session.user.roles) !== 'denied';
}
