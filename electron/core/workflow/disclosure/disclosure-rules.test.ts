import { describe, expect, it } from 'vitest';
import { checkMayDecide, checkMayReveal, checkMayRevoke, statusAt, validUntilFrom, type DisclosureState } from './disclosure-rules.js';

const NOW = new Date('2026-03-02T09:00:00+07:00');
const approved: DisclosureState = { requestId: 'disc-1', status: 'approved', requestedById: 'op', validUntil: '2026-03-02T10:00:00+07:00' };

describe('disclosure rules', () => {
  it('reads an approval past its end as expired, to the second', () => {
    expect(statusAt(approved, NOW)).toBe('approved');
    expect(statusAt(approved, new Date('2026-03-02T09:59:59+07:00'))).toBe('approved');
    expect(statusAt(approved, new Date('2026-03-02T10:00:00+07:00'))).toBe('expired');
    expect(statusAt({ ...approved, status: 'revoked' }, new Date('2027-01-01'))).toBe('revoked');
  });

  it('keeps four eyes on decisions and lets only a pending request be decided', () => {
    const pending: DisclosureState = { ...approved, status: 'pending', validUntil: null };
    expect(() => checkMayDecide(pending, 'op', NOW)).toThrow(/four eyes/);
    expect(() => checkMayDecide(pending, 'sup', NOW)).not.toThrow();
    expect(() => checkMayDecide(approved, 'sup', NOW)).toThrow(/approved, not pending/);
  });

  it('reveals to the requester only, while approved', () => {
    expect(() => checkMayReveal(approved, 'op', NOW)).not.toThrow();
    expect(() => checkMayReveal(approved, 'sup', NOW)).toThrow(/only the officer/);
    expect(() => checkMayReveal(approved, 'op', new Date('2026-03-02T11:00:00+07:00'))).toThrow(/expired/);
    expect(() => checkMayReveal({ ...approved, status: 'rejected' }, 'op', NOW)).toThrow(/rejected/);
  });

  it('revokes pending and valid approvals only', () => {
    expect(() => checkMayRevoke(approved, NOW)).not.toThrow();
    expect(() => checkMayRevoke(approved, new Date('2026-03-03T12:00:00+07:00'))).toThrow(/expired/);
    expect(validUntilFrom(NOW, 72).getTime() - NOW.getTime()).toBe(72 * 3_600_000);
  });
});
