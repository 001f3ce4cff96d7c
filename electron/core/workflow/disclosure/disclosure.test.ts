// The disclosure flow through the engine's front door (real SQLite, real keychain, the real sink and sealed box):
// request → approve → reveal; reject, expiry and revocation keep the identity sealed; four eyes; roles refused
// at the engine; every step in the verified audit chain.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InProcessIdentity } from '../../in-process-client.js';
import { connectInProcess } from '../../in-process-client.js';
import { startDisclosureKit, inbound, type DisclosureKit } from './disclosure-test-kit.js';

let kit: DisclosureKit;
let withIdentity: number;
let anonymous: number;
const as = (identity: InProcessIdentity) => connectInProcess(kit.engine, { as: identity });
let operator: ReturnType<typeof as>;
let supervisor: ReturnType<typeof as>;
let otherSupervisor: ReturnType<typeof as>;

const REQUEST = { authority: 'Công an tỉnh Đắk Lắk', documentNumber: '123/CV-CAT', documentDate: '2026-03-01', reason: 'Phục vụ xác minh vụ việc theo công văn đề nghị' };

beforeAll(async () => {
  kit = await startDisclosureKit();
  const ids = await kit.deliver([
    inbound({ externalId: 'DS-1', reporter: { name: 'Nguyễn Thị Hoa', phone: '0905123456', email: 'hoa@example.vn' } }),
    inbound({ externalId: 'DS-2', reporter: null }),
  ]);
  [withIdentity, anonymous] = [ids[0]!, ids[1]!];
  operator = as({ roles: ['ioc-operator'], username: 'vanhanh', displayName: 'Nguyễn Thị Vận Hành' });
  supervisor = as({ roles: ['ioc-supervisor'], username: 'giamsat', displayName: 'Trần Văn Giám Sát' });
  otherSupervisor = as({ roles: ['ioc-supervisor'], username: 'giamsat2', displayName: 'Lê Văn Giám Sát' });
}, 60_000);

afterAll(async () => {
  for (const c of [operator, supervisor, otherSupervisor]) c?.close();
  await kit?.close();
});

const request = (client = operator, reportId = withIdentity) => client.call('identity.requestDisclosure', { reportId, ...REQUEST });

describe('reporter identity disclosure', () => {
  it('reveals the identity to the requester once another supervisor approves, for a limited time', async () => {
    const heard = operator.waitFor('identity.disclosureChanged', (e) => e.status === 'approved');
    const pending = await request();
    expect(pending).toMatchObject({ status: 'pending', reportId: withIdentity, authority: REQUEST.authority, documentNumber: REQUEST.documentNumber, decidedBy: null });
    await expect(operator.call('identity.revealIdentity', { requestId: pending.requestId })).rejects.toMatchObject({ code: 'forbidden' });
    const approved = await supervisor.call('identity.decideDisclosure', { requestId: pending.requestId, decision: 'approve', validForHours: 24, note: '' });
    expect(approved.status).toBe('approved');
    expect(Date.parse(approved.validUntil!) - kit.clock.now.getTime()).toBe(24 * 3_600_000);
    await heard;
    const shown = await operator.call('identity.revealIdentity', { requestId: pending.requestId });
    expect(shown.identity).toEqual({ name: 'Nguyễn Thị Hoa', phone: '0905123456', email: 'hoa@example.vn' });
    expect(shown.validUntil).toBe(approved.validUntil);
    // Only the requester reads it; the approver decides but does not see.
    await expect(supervisor.call('identity.revealIdentity', { requestId: pending.requestId })).rejects.toMatchObject({ code: 'forbidden' });
    const [listed] = (await supervisor.call('identity.listDisclosures', { reportId: withIdentity, status: 'approved' })).items;
    expect(listed).toMatchObject({ requestId: pending.requestId, reveals: 1, decidedBy: { name: 'Trần Văn Giám Sát' } });
  });

  it('keeps it sealed after a rejection', async () => {
    const d = await request();
    const rejected = await supervisor.call('identity.decideDisclosure', { requestId: d.requestId, decision: 'reject', note: 'Công văn chưa đủ thẩm quyền' });
    expect(rejected).toMatchObject({ status: 'rejected', validUntil: null, decisionNote: 'Công văn chưa đủ thẩm quyền' });
    await expect(operator.call('identity.revealIdentity', { requestId: d.requestId })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(otherSupervisor.call('identity.decideDisclosure', { requestId: d.requestId, decision: 'approve' })).rejects.toMatchObject({ code: 'invalid-params' });
  });

  it('keeps it sealed once the approval expires', async () => {
    const d = await request();
    await supervisor.call('identity.decideDisclosure', { requestId: d.requestId, decision: 'approve', validForHours: 1 });
    kit.clock.advance(59 * 60_000);
    await operator.call('identity.revealIdentity', { requestId: d.requestId });
    kit.clock.advance(60_000);
    await expect(operator.call('identity.revealIdentity', { requestId: d.requestId })).rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/expired/) });
    const expired = (await operator.call('identity.listDisclosures', { status: 'expired' })).items;
    expect(expired.map((e) => e.requestId)).toContain(d.requestId);
    await expect(supervisor.call('identity.revokeDisclosure', { requestId: d.requestId, reason: 'Hết hạn rồi' })).rejects.toMatchObject({ code: 'invalid-params' });
  });

  it('keeps it sealed once a supervisor revokes the approval', async () => {
    const d = await request();
    await supervisor.call('identity.decideDisclosure', { requestId: d.requestId, decision: 'approve' });
    const revoked = await otherSupervisor.call('identity.revokeDisclosure', { requestId: d.requestId, reason: 'Cơ quan đề nghị rút yêu cầu' });
    expect(revoked).toMatchObject({ status: 'revoked', revokedBy: { name: 'Lê Văn Giám Sát' } });
    await expect(operator.call('identity.revealIdentity', { requestId: d.requestId })).rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/revoked/) });
  });

  it('never lets a supervisor decide their own request (four eyes)', async () => {
    const d = await request(supervisor);
    await expect(supervisor.call('identity.decideDisclosure', { requestId: d.requestId, decision: 'approve' })).rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/four eyes/) });
    expect((await otherSupervisor.call('identity.decideDisclosure', { requestId: d.requestId, decision: 'approve' })).status).toBe('approved');
    expect((await supervisor.call('identity.revealIdentity', { requestId: d.requestId })).identity.name).toBe('Nguyễn Thị Hoa');
  });

  it('refuses agency staff, leadership, administrators and operators who would decide, at the engine', async () => {
    const d = await request();
    const outsiders = [as({ roles: ['agency-handler'], agencyId: 'so-y-te' }), as({ roles: ['agency-leader'], agencyId: 'so-y-te' }), as('provincial-leader'), as('administrator'), as('wall-display')];
    for (const c of outsiders) {
      await expect(c.call('identity.requestDisclosure', { reportId: withIdentity, ...REQUEST })).rejects.toMatchObject({ code: 'forbidden' });
      await expect(c.call('identity.listDisclosures', {})).rejects.toMatchObject({ code: 'forbidden' });
      await expect(c.call('identity.revealIdentity', { requestId: d.requestId })).rejects.toMatchObject({ code: 'forbidden' });
      c.close();
    }
    await expect(operator.call('identity.decideDisclosure', { requestId: d.requestId, decision: 'approve' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(operator.call('identity.revokeDisclosure', { requestId: d.requestId, reason: 'tự thu hồi' })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('refuses a report without a sealed identity, an unknown report and malformed requests', async () => {
    await expect(request(operator, anonymous)).rejects.toMatchObject({ code: 'not-found', message: expect.stringMatching(/no sealed reporter identity/) });
    await expect(request(operator, 999_999)).rejects.toMatchObject({ code: 'not-found' });
    await expect(operator.call('identity.requestDisclosure', { reportId: withIdentity, ...REQUEST, documentDate: '2026-13-40' })).rejects.toMatchObject({ code: 'invalid-params' });
    await expect(operator.call('identity.requestDisclosure', { reportId: withIdentity, ...REQUEST, documentNumber: 'x'.repeat(65) })).rejects.toMatchObject({ code: 'invalid-params' });
    const d = await request();
    await expect(supervisor.call('identity.decideDisclosure', { requestId: d.requestId, decision: 'approve', validForHours: 73 })).rejects.toMatchObject({ code: 'invalid-params' });
    await expect(supervisor.call('identity.decideDisclosure', { requestId: 'disc-missing', decision: 'approve' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('leaves every step in the audit chain, with the authority and document, and the chain verifies', async () => {
    const audit = await supervisor.call('audit.list', { action: 'identity.disclosure.', limit: 500 });
    const actions = new Set(audit.entries.map((e) => e.action));
    for (const a of ['request', 'approve', 'reject', 'reveal', 'revoke', 'reveal-refused']) expect(actions, a).toContain(`identity.disclosure.${a}`);
    const approval = audit.entries.findLast((e) => e.action === 'identity.disclosure.approve')!;
    expect(approval).toMatchObject({ actorName: 'giamsat', details: { authority: REQUEST.authority, documentNumber: REQUEST.documentNumber, validForHours: expect.any(Number) } });
    expect(JSON.stringify(audit.entries)).not.toMatch(/Nguyễn Thị Hoa|0905123456|hoa@example/);
    expect((await supervisor.call('audit.verify', {})).ok).toBe(true);
  });
});
