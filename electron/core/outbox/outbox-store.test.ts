import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../store/database.js';
import { openCache } from '../store/open-cache.js';
import { dueOutboxItems, enqueueOutbox, listOutbox, markOutboxDelivered, markOutboxFailed } from './outbox-store.js';

let db: Database;
beforeEach(async () => {
  db = (await openCache(await mkdtemp(join(tmpdir(), 'ioc-outbox-')))).db;
});
afterEach(() => db.close());

const item = (key: string, subject = 'r1') => ({ idempotencyKey: key, target: 'open311', kind: 'field-report.status', subject, payload: { key } });
const T0 = '2026-12-03T10:00:00+07:00';
const T1 = '2026-12-03T10:05:00+07:00';

describe('outbox', () => {
  it('queues an item once per idempotency key, in the caller transaction', async () => {
    await db.transaction(async (tx) => {
      expect(await enqueueOutbox(tx, item('k1'), T0)).toBe(true);
      expect(await enqueueOutbox(tx, item('k1'), T0)).toBe(false);
    });
    await expect(
      db.transaction(async (tx) => {
        await enqueueOutbox(tx, item('k2'), T0);
        throw new Error('local change failed');
      }),
    ).rejects.toThrow('local change failed');
    expect((await listOutbox(db)).map((i) => i.idempotencyKey)).toEqual(['k1']);
  });

  it('delivers one subject in order and holds back later items until the earlier one is delivered', async () => {
    await db.transaction(async (tx) => {
      await enqueueOutbox(tx, item('a1', 'a'), T0);
      await enqueueOutbox(tx, item('a2', 'a'), T0);
      await enqueueOutbox(tx, item('b1', 'b'), T0);
    });
    const due = await dueOutboxItems(db, 'open311', T0);
    expect(due.map((i) => i.idempotencyKey)).toEqual(['a1', 'b1']);
    await markOutboxFailed(db, due[0]!.id, 'HTTP 503', T1);
    expect((await dueOutboxItems(db, 'open311', T0)).map((i) => i.idempotencyKey)).toEqual(['b1']);
    const retry = await dueOutboxItems(db, 'open311', T1);
    expect(retry[0]).toMatchObject({ idempotencyKey: 'a1', attempts: 1, lastError: 'HTTP 503' });
    await markOutboxDelivered(db, retry[0]!.id, T1, 'ack-1');
    expect((await dueOutboxItems(db, 'open311', T1)).map((i) => i.idempotencyKey)).toEqual(['a2', 'b1']);
    expect(await dueOutboxItems(db, 'other-target', T1)).toEqual([]);
  });
});
