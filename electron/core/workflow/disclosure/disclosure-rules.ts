// The rules of a disclosure, as pure functions of a request, the caller and the time: its status now, who may
// decide it (an IOC supervisor other than the requester: four eyes), and who may read the identity under it.
import type { DisclosureStatus } from '../../../../shared/contract/areas/disclosure.js';
import { EngineError } from '../../../../shared/contract/envelope.js';

export type StoredStatus = Exclude<DisclosureStatus, 'expired'>;

export interface DisclosureState {
  requestId: string;
  status: StoredStatus;
  requestedById: string;
  validUntil: string | null;
}

/** An approval lapses at its validUntil; the stored status stays "approved" and this reads it as "expired". */
export function statusAt(d: DisclosureState, now: Date): DisclosureStatus {
  if (d.status === 'approved' && d.validUntil !== null && Date.parse(d.validUntil) <= now.getTime()) return 'expired';
  return d.status;
}

/** Four eyes: whoever recorded the request never decides it. */
export function checkMayDecide(d: DisclosureState, deciderId: string, now: Date): void {
  if (d.requestedById === deciderId) throw new EngineError('forbidden', `four eyes: request ${d.requestId} was recorded by you; another supervisor must decide it`);
  const status = statusAt(d, now);
  if (status !== 'pending') throw new EngineError('invalid-params', `request ${d.requestId} is ${status}, not pending`, ['requestId']);
}

export function checkMayRevoke(d: DisclosureState, now: Date): void {
  const status = statusAt(d, now);
  if (status !== 'pending' && status !== 'approved') throw new EngineError('invalid-params', `request ${d.requestId} is ${status}; only a pending or valid approval can be revoked`, ['requestId']);
}

/** Only the requester reads the identity (to answer the authority), and only while the approval is valid. */
export function checkMayReveal(d: DisclosureState, callerId: string, now: Date): void {
  if (d.requestedById !== callerId) throw new EngineError('forbidden', `only the officer who recorded request ${d.requestId} may read the identity under it`);
  const status = statusAt(d, now);
  if (status !== 'approved') throw new EngineError('forbidden', `request ${d.requestId} is ${status}: the identity stays sealed`);
}

export function validUntilFrom(now: Date, hours: number): Date {
  return new Date(now.getTime() + hours * 3_600_000);
}
