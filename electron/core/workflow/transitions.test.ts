import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TransitionParams } from '../../../shared/contract/areas/field-reports.js';
import { listOutbox } from '../outbox/outbox-store.js';
import { DEMO_OPERATOR } from './actor.js';
import type { ReportRow } from './report-row.js';
import type { Actor } from './state-machine.js';
import { deliver, inbound, openKit, type Kit } from './test-kit.js';
import { applyTransition } from './transitions.js';

let kit: Kit;
let n = 0;
beforeEach(async () => {
  kit = await openKit();
  await deliver(kit, [inbound()]);
});
afterEach(() => kit.db.close());

const key = () => `test-key-${++n}`;
const act = (p: { id: number; action: TransitionParams['action']; idempotencyKey?: string } & Record<string, unknown>, actor: Actor = DEMO_OPERATOR) =>
  applyTransition(kit.deps, { idempotencyKey: key(), ...p } as TransitionParams, actor);
const row = () => kit.db.get<ReportRow>('SELECT * FROM fr_reports WHERE id = 1') as Promise<ReportRow>;

describe('workflow transitions', () => {
  it('takes a report from received to closed, recording who, when and the note, each change in the outbox', async () => {
    await act({ id: 1, action: 'triage', verdict: 'valid', note: 'Đúng thẩm quyền phường' });
    kit.clock.now = new Date('2026-12-01T09:00:00+07:00');
    await act({ id: 1, action: 'forward', agencyKey: 'ubnd-24001' });
    expect(await row()).toMatchObject({ state: 'forwarded', agency_key: 'ubnd-24001', forwarded_at: '2026-12-01T09:00:00+07:00', due_at: '2026-12-04T23:59:59+07:00' });
    const ward: Actor = { id: 'u-ward', name: 'Cán bộ phường Tân An', role: 'agency-officer', agencyKey: 'ubnd-24001' };
    await act({ id: 1, action: 'acknowledge' }, ward);
    await act({ id: 1, action: 'start' }, ward);
    kit.clock.now = new Date('2026-12-03T15:00:00+07:00');
    await act({ id: 1, action: 'resolve', note: 'Đã thu gom toàn bộ rác' }, ward);
    await act({ id: 1, action: 'publish' });
    await act({ id: 1, action: 'close' });
    await act({ id: 1, action: 'rate', satisfaction: 'hai-long' });
    expect(await row()).toMatchObject({ state: 'closed', resolved_at: '2026-12-03T15:00:00+07:00', result_note: 'Đã thu gom toàn bộ rác', satisfaction: 'hai-long' });
    const events = await kit.db.all<{ action: string; actor_name: string; note: string | null }>('SELECT action, actor_name, note FROM fr_events ORDER BY id');
    expect(events.map((e) => e.action)).toEqual(['ingested', 'triage', 'forward', 'acknowledge', 'start', 'resolve', 'publish', 'close', 'rate']);
    expect(events[5]).toEqual({ action: 'resolve', actor_name: 'Cán bộ phường Tân An', note: 'Đã thu gom toàn bộ rác' });
    const outbox = await listOutbox(kit.db);
    expect(outbox).toHaveLength(8);
    expect(outbox.every((o) => o.target === 'open311' && o.subject === 'PA-1' && o.kind === 'field-report.status')).toBe(true);
    const notes = outbox.map((o) => o.payload as { status: string; statusNotes: string });
    expect(notes).toContainEqual(expect.objectContaining({ status: 'open', statusNotes: 'Đã chuyển UBND Phường Tân An xử lý, hạn xử lý 04/12/2026' }));
    expect(notes).toContainEqual(expect.objectContaining({ status: 'closed', statusNotes: 'Đã công khai kết quả xử lý: Đã thu gom toàn bộ rác' }));
    expect(JSON.stringify(outbox)).not.toMatch(/Hoa|0905123456/);
  });

  it('applies a retried transition once', async () => {
    const first = await act({ id: 1, action: 'triage', verdict: 'valid', idempotencyKey: 'same-key-1' });
    const retry = await act({ id: 1, action: 'triage', verdict: 'valid', idempotencyKey: 'same-key-1' });
    expect([first.applied, retry.applied]).toEqual([true, false]);
    expect(await kit.db.all('SELECT id FROM fr_events WHERE action = ?', ['triage'])).toHaveLength(1);
    expect(await listOutbox(kit.db)).toHaveLength(1);
    await expect(act({ id: 1, action: 'forward', agencyKey: 'ubnd-24001', idempotencyKey: 'same-key-1' })).rejects.toMatchObject({ code: 'invalid-params' });
  });

  it('refuses an illegal transition with the reason and changes nothing', async () => {
    await expect(act({ id: 1, action: 'resolve', note: 'x' })).rejects.toMatchObject({ code: 'invalid-params', issues: ['illegal-transition'] });
    await expect(act({ id: 1, action: 'acknowledge' }, { id: 'x', name: 'x', role: 'agency-officer', agencyKey: 'so-xay-dung' })).rejects.toMatchObject({ code: 'invalid-params' });
    await act({ id: 1, action: 'triage', verdict: 'valid' });
    await act({ id: 1, action: 'forward', agencyKey: 'ubnd-24001' });
    await expect(act({ id: 1, action: 'acknowledge' }, { id: 'x', name: 'x', role: 'agency-officer', agencyKey: 'so-xay-dung' })).rejects.toMatchObject({ code: 'forbidden', issues: ['not-assigned'] });
    await expect(act({ id: 1, action: 'forward', agencyKey: 'khong-co' })).rejects.toMatchObject({ code: 'invalid-params' });
    await expect(act({ id: 99, action: 'publish' })).rejects.toMatchObject({ code: 'not-found' });
    expect((await row()).state).toBe('forwarded');
  });

  it('asks for a category before a report with an unknown one is valid, and handles returns and duplicates', async () => {
    await deliver(kit, [inbound({ externalId: 'PA-9', category: '???' })]);
    await expect(act({ id: 2, action: 'triage', verdict: 'valid' })).rejects.toMatchObject({ code: 'invalid-params' });
    await act({ id: 2, action: 'triage', verdict: 'valid', category: 'nuoc-thai', communeCode: '24002' });
    await act({ id: 2, action: 'forward', agencyKey: 'ubnd-24002' });
    await act({ id: 2, action: 'return', note: 'Không thuộc thẩm quyền xã' });
    expect(await kit.db.get('SELECT state, agency_key, due_at FROM fr_reports WHERE id = 2')).toEqual({ state: 'returned', agency_key: null, due_at: null });
    await act({ id: 2, action: 'forward', agencyKey: 'so-nong-nghiep-moi-truong' });
    expect(await kit.db.get('SELECT state, agency_key FROM fr_reports WHERE id = 2')).toEqual({ state: 'forwarded', agency_key: 'so-nong-nghiep-moi-truong' });
    await expect(act({ id: 1, action: 'mark-duplicate', duplicateOf: 1 })).rejects.toMatchObject({ code: 'invalid-params' });
    await act({ id: 1, action: 'mark-duplicate', duplicateOf: 2 });
    expect((await row())).toMatchObject({ state: 'duplicate', duplicate_of: 2 });
  });
});
