// Who is acting: taken from the call context through this one function, so that when sessions arrive
// (access control) the user, role and agency come from the session and every scoping rule already holds.
import type { CallContext } from '../engine-module.js';
import type { Actor } from './state-machine.js';

/** Until sign-in exists every caller is this operator, who may take every action (clearly named in the timeline). */
export const DEMO_OPERATOR: Actor = Object.freeze({ id: 'demo-operator', name: 'Trực ban IOC (chế độ demo)', role: 'demo', agencyKey: null });

interface SessionLike {
  session?: { userId: string; displayName: string; role: Actor['role']; agencyKey: string | null };
}

export function actorOf(caller: CallContext): Actor {
  const session = (caller as CallContext & SessionLike).session;
  if (session) return { id: session.userId, name: session.displayName, role: session.role, agencyKey: session.agencyKey };
  return DEMO_OPERATOR;
}

/** The agency whose items an actor may see: their own for agency staff, any (or the one asked for) for the IOC. */
export function visibleAgency(actor: Actor, asked: string | undefined): string | undefined {
  if (actor.role === 'agency-officer' || actor.role === 'agency-leader') return actor.agencyKey ?? '\u0000no-agency';
  return asked;
}
