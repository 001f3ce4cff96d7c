// Who is acting: the signed-in person of the call (access control), as the workflow sees them. Every scoping
// rule (an agency sees and acts on its own items only) is applied from this in the engine, whatever the UI asks.
import { EngineError } from '../../../shared/contract/envelope.js';
import type { Role } from '../../../shared/contract/roles.js';
import type { ActorRole } from '../../../shared/model/field-report-workflow.js';
import type { CallContext } from '../engine-module.js';
import type { Actor } from './state-machine.js';

/** For tests and tools that apply transitions directly: may take every action (clearly named in the timeline). */
export const DEMO_OPERATOR: Actor = Object.freeze({ id: 'demo-operator', name: 'Trực ban IOC (chế độ demo)', role: 'demo', agencyKey: null });

/** The workflow role of a console role, strongest first; roles that only read become observers. */
const ROLE_ORDER: readonly [Role, ActorRole][] = [
  ['ioc-supervisor', 'ioc-supervisor'],
  ['ioc-operator', 'ioc-operator'],
  ['agency-leader', 'agency-leader'],
  ['agency-handler', 'agency-officer'],
];

export function actorOf(caller: CallContext): Actor {
  const user = caller.session?.user;
  if (!user) throw new EngineError('unauthenticated', 'sign in to work on field reports');
  const role = ROLE_ORDER.find(([console]) => user.roles.includes(console))?.[1] ?? 'observer';
  return { id: user.accountId, name: user.displayName, role, agencyKey: user.agencyId };
}

/** The agency whose items an actor may see: their own for agency staff, any (or the one asked for) otherwise. */
export function visibleAgency(actor: Actor, asked: string | undefined): string | undefined {
  if (actor.role === 'agency-officer' || actor.role === 'agency-leader') return actor.agencyKey ?? '\u0000no-agency';
  return asked;
}
