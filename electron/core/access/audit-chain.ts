// The audit chain's arithmetic: each entry's MAC covers its content and the MAC of the entry before it, keyed
// with the installation's audit data key (so a forger without the keychain cannot recompute the chain).
import { createHmac, timingSafeEqual } from 'node:crypto';

export const GENESIS = '0'.repeat(64);

export interface ChainFields {
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  target: string | null;
  /** The stored JSON text, hashed as stored. */
  details: string;
  prevHash: string;
}

/** seq is left out on purpose: an intact entry moved elsewhere is then told apart from an edited one. */
export function entryMac(key: Buffer, f: ChainFields): string {
  const canonical = JSON.stringify([f.at, f.actorId, f.actorName, f.action, f.target, f.details, f.prevHash]);
  return createHmac('sha256', key).update(canonical, 'utf8').digest('hex');
}

export function anchorMac(key: Buffer, seq: number, hash: string): string {
  return createHmac('sha256', key).update(`anchor|${seq}|${hash}`, 'utf8').digest('hex');
}

export function sameHex(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}
