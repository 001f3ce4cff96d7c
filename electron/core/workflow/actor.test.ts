// Engine-side scoping with explicit actors: an agency sees only its items, whatever it asks for.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../../shared/catalog/index.js';
import type { EngineContext } from '../engine-module.js';
import { EventHub } from '../event-hub.js';
import { NoticeBoard } from '../notices.js';
import { DEMO_OPERATOR, actorOf, visibleAgency } from './actor.js';
import { reportDetail } from './report-detail.js';
import { listReports } from './report-queries.js';
import { reportListParamsSchema } from '../../../shared/contract/areas/field-reports.js';
import type { Role } from '../../../shared/contract/roles.js';
import type { Actor } from './state-machine.js';
import { deliver, inbound, openKit, type Kit } from './test-kit.js';
import { applyTransition } from './transitions.js';
import { WorkflowContext } from './workflow-context.js';

const ward: Actor = { id: 'u1', name: 'Cán bộ phường', role: 'agency-officer', agencyKey: 'ubnd-24001' };
const commune: Actor = { id: 'u2', name: 'Cán bộ xã', role: 'agency-leader', agencyKey: 'ubnd-24002' };
let kit: Kit;
let w: WorkflowContext;

beforeEach(async () => {
  kit = await openKit();
  await deliver(kit, [inbound({ externalId: 'A' }), inbound({ externalId: 'B', lat: 12.65, lon: 108.15 })]);
  for (const [id, agencyKey] of [[1, 'ubnd-24001'], [2, 'ubnd-24002']] as const) {
    await applyTransition(kit.deps, { id, action: 'triage', verdict: 'valid', idempotencyKey: `t-${id}` }, DEMO_OPERATOR);
    await applyTransition(kit.deps, { id, action: 'forward', agencyKey, idempotencyKey: `f-${id}` }, DEMO_OPERATOR);
  }
  const hub = new EventHub();
  // Only what WorkflowContext reads of the engine context.
  const ctx = { options: { dataDir: '/tmp', upstreamUrl: 'http://127.0.0.1:9/' }, catalog: defaultCatalog, db: kit.db, hub, notices: new NoticeBoard(() => kit.clock.now, () => undefined), now: () => kit.clock.now, log: () => undefined } as unknown as EngineContext;
  w = new WorkflowContext(ctx, kit.sealer);
});
afterEach(() => kit.db.close());

describe('actors and scoping', () => {
  it('is the signed-in person, with the strongest workflow role of their console roles', () => {
    const caller = (roles: Role[], agencyId: string | null = null) => ({
      connectionId: 'c1', binding: 'b1', origin: 'in-process',
      session: { id: 's1', user: { accountId: 'u9', username: 'lan', displayName: 'Lan', roles, agencyId, unitId: null, kind: 'local' as const }, createdAt: 0, lastActivity: 0, expiresAt: 1, idleLockMs: null, locked: false },
    });
    expect(actorOf(caller(['agency-handler'], 'ubnd-24001'))).toEqual({ id: 'u9', name: 'Lan', role: 'agency-officer', agencyKey: 'ubnd-24001' });
    expect(actorOf(caller(['ioc-operator', 'ioc-supervisor']))).toMatchObject({ role: 'ioc-supervisor' });
    expect(actorOf(caller(['provincial-leader']))).toMatchObject({ role: 'observer' });
    expect(() => actorOf({ connectionId: 'c1', binding: 'b1', origin: 'in-process', session: null })).toThrow(/sign in/);
  });

  it('keeps agency staff to their own queue and their own reports', async () => {
    expect(visibleAgency(ward, 'ubnd-24002')).toBe('ubnd-24001');
    expect(visibleAgency(DEMO_OPERATOR, 'ubnd-24002')).toBe('ubnd-24002');
    const queue = await listReports(kit.db, reportListParamsSchema.parse({ agencyKey: visibleAgency(ward, undefined) }), '2026-12-01T10:00:00+07:00');
    expect(queue.items.map((i) => i.id)).toEqual([1]);
    expect((await reportDetail(w, 1, ward)).allowedActions).toEqual(['acknowledge', 'return']);
    await expect(reportDetail(w, 1, commune)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(applyTransition(kit.deps, { id: 1, action: 'acknowledge', idempotencyKey: 'a-1' }, commune)).rejects.toMatchObject({ code: 'forbidden' });
    expect((await reportDetail(w, 2, commune)).allowedActions).toEqual(['acknowledge', 'return']);
  });
});
