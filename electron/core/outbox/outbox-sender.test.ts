// The outbox sender against the simulator's Open311 update extension over HTTP, on a real SQLite file.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_OPEN311_KEY } from '../../simulator/open311.js';
import { requestId } from '../../simulator/open311-data.js';
import { DEFAULT_SEED, startSimulator, type Simulator } from '../../simulator/server.js';
import { FIXED_NOW, fixtureCatalog } from '../../simulator/test-fixtures.js';
import type { Database } from '../store/database.js';
import { openCache } from '../store/open-cache.js';
import { deliverOpen311Update, enqueueOpen311Update } from '../sync/open311/open311-outbound.js';
import { UpstreamClient } from '../sync/upstream-client.js';
import { OutboxSender } from './outbox-sender.js';
import { listOutbox, releaseOutbox } from './outbox-store.js';

let simulator: Simulator;
let db: Database;
let client: UpstreamClient;
const at = '2026-12-03T10:30:00+07:00';
const id = (n: number) => requestId(DEFAULT_SEED, n);

beforeAll(async () => {
  simulator = await startSimulator({ catalog: fixtureCatalog(), now: () => FIXED_NOW, allowFaultControl: true });
  db = (await openCache(await mkdtemp(join(tmpdir(), 'ioc-outbox-send-')))).db;
  client = new UpstreamClient({ baseUrl: new URL('open311/v2/', simulator.url).toString(), auth: { kind: 'api-key', in: 'query', name: 'api_key', secret: DEFAULT_OPEN311_KEY }, timeoutMs: 2000 });
});
afterAll(async () => {
  await db?.close();
  await simulator?.close();
});

function sender(random = () => 0.5) {
  return new OutboxSender({ db, target: 'open311', deliver: (item, signal) => deliverOpen311Update(client, item, signal), now: () => FIXED_NOW, onChange: () => undefined, log: () => undefined, pollMs: 50, firstRetryMs: 1000, random });
}

async function until(test: () => Promise<boolean>) {
  for (let i = 0; i < 200 && !(await test()); i++) await new Promise((r) => setTimeout(r, 25));
}

describe('OutboxSender', () => {
  it('delivers each queued change once, in order per report, and records the acknowledgement', async () => {
    await db.transaction(async (tx) => {
      await enqueueOpen311Update(tx, 'open311', 'ack-1', { kind: 'field-report.ack', externalId: id(100), statusNotes: 'Đã tiếp nhận' }, at);
      await enqueueOpen311Update(tx, 'open311', 'close-1', { kind: 'field-report.status', externalId: id(100), status: 'closed', statusNotes: 'Đã xử lý xong' }, at);
      await enqueueOpen311Update(tx, 'open311', 'comment-1', { kind: 'field-report.comment', externalId: id(101), comment: 'Đề nghị bổ sung ảnh' }, at);
      // The same operator action queued twice is one change.
      expect(await enqueueOpen311Update(tx, 'open311', 'comment-1', { kind: 'field-report.comment', externalId: id(101), comment: 'Đề nghị bổ sung ảnh' }, at)).toBe(false);
    });
    const s = sender();
    s.start();
    await until(async () => (await listOutbox(db)).every((i) => i.deliveredAt));
    await s.close();
    const items = await listOutbox(db);
    expect(items.map((i) => [i.kind, i.attempts, i.upstreamAck?.startsWith('U-')])).toEqual(
      expect.arrayContaining([['field-report.ack', 1, true], ['field-report.status', 1, true], ['field-report.comment', 1, true]]),
    );
    const log = simulator.open311Updates();
    // One report's changes arrive in the order they were made; other reports do not wait for them.
    expect(log.filter((u) => u.requestId === id(100)).map((u) => u.kind)).toEqual(['acknowledgement', 'status']);
    expect(log.map((u) => u.kind).sort()).toEqual(['acknowledgement', 'comment', 'status']);
    expect(log.every((u) => u.replays === 0)).toBe(true);
    const request = (await (await fetch(new URL(`open311/v2/requests/${id(100)}.json`, simulator.url))).json()) as { status: string; status_notes: string }[];
    expect(request[0]).toMatchObject({ status: 'closed', status_notes: 'Đã xử lý xong' });
  });

  it('a redelivery after a crash reuses the key and is applied upstream only once', async () => {
    const [item] = (await listOutbox(db)).filter((i) => i.kind === 'field-report.comment');
    const again = await deliverOpen311Update(client, item!, new AbortController().signal);
    expect(again).toBe(item!.upstreamAck);
    const entry = simulator.open311Updates().find((u) => u.key === item!.idempotencyKey)!;
    expect(entry.replays).toBe(1);
    expect(simulator.open311Updates().filter((u) => u.key === item!.idempotencyKey)).toHaveLength(1);
  });

  it('retries with backoff while the server fails, and delivers once it is back', async () => {
    simulator.setFaults({ reset: true, sources: { open311: { status5xx: 503 } } });
    await db.transaction((tx) => enqueueOpen311Update(tx, 'open311', 'close-2', { kind: 'field-report.status', externalId: id(102), status: 'closed', statusNotes: 'Xong' }, at));
    const s = sender();
    s.start();
    await until(async () => (await listOutbox(db)).some((i) => i.subject === id(102) && i.attempts > 0));
    await s.close();
    const failed = (await listOutbox(db)).find((i) => i.subject === id(102))!;
    expect(failed).toMatchObject({ deliveredAt: null, attempts: 1, lastError: expect.stringMatching(/HTTP 503/), heldReason: null });
    expect(Date.parse(failed.nextAttemptAt) - FIXED_NOW.getTime()).toBeGreaterThanOrEqual(1000);
    simulator.setFaults({ reset: true });
    await releaseOutbox(db, failed.id, at);
    const again = sender();
    again.start();
    await until(async () => (await listOutbox(db)).find((i) => i.id === failed.id)!.deliveredAt !== null);
    await again.close();
    expect((await listOutbox(db)).find((i) => i.id === failed.id)!.attempts).toBe(2);
  });

  it('holds a change the server refuses for good, and the later ones of the same report behind it', async () => {
    await db.transaction(async (tx) => {
      await enqueueOpen311Update(tx, 'open311', 'bad-1', { kind: 'field-report.status', externalId: 'DL-2026-999999', status: 'closed', statusNotes: 'x' }, at);
      await enqueueOpen311Update(tx, 'open311', 'bad-2', { kind: 'field-report.comment', externalId: 'DL-2026-999999', comment: 'y' }, at);
    });
    const s = sender();
    s.start();
    await until(async () => (await listOutbox(db)).some((i) => i.heldReason !== null));
    await s.close();
    const items = (await listOutbox(db)).filter((i) => i.subject === 'DL-2026-999999');
    expect(items.map((i) => [i.kind, i.heldReason !== null, i.attempts])).toEqual([
      ['field-report.status', true, 1],
      ['field-report.comment', false, 0],
    ]);
    expect(items[0]!.heldReason).toMatch(/HTTP 404/);
  });
});
