import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../store/database.js';
import { openCache } from '../store/open-cache.js';
import { countPendingQuarantine, listQuarantine, quarantine, resolveQuarantined } from './quarantine-store.js';

let db: Database;
beforeEach(async () => {
  db = (await openCache(await mkdtemp(join(tmpdir(), 'ioc-quarantine-')))).db;
});
afterEach(() => db.close());

const at = '2026-12-03T10:30:00+07:00';
const bad = (n: number) => ({ raw: JSON.stringify({ member: String(n), value: 'n/a' }), reason: 'value: expected a number, got "n/a"' });

describe('quarantine', () => {
  it('keeps a record sent again once while it waits, and again after it was resolved', async () => {
    expect(await db.transaction((tx) => quarantine(tx, 's', 'k|commune', [bad(1), bad(2), bad(1)], at))).toBe(2);
    expect(await db.transaction((tx) => quarantine(tx, 's', 'k|commune', [bad(1), bad(3)], at))).toBe(1);
    // The same payload in another stream, or from another source, is another record.
    expect(await db.transaction((tx) => quarantine(tx, 's', 'k|agency', [bad(1)], at))).toBe(1);
    expect(await db.transaction((tx) => quarantine(tx, 'other', 'k|commune', [bad(1)], at))).toBe(1);
    expect(await countPendingQuarantine(db, 's')).toBe(4);
    const { items } = await listQuarantine(db, { sourceId: 's', status: 'pending', limit: 10, offset: 0 });
    const first = items.find((i) => i.raw === bad(1).raw && i.stream === 'k|commune')!;
    await db.transaction((tx) => resolveQuarantined(tx, first.id, 'discarded', at));
    expect(await db.transaction((tx) => quarantine(tx, 's', 'k|commune', [bad(1)], at))).toBe(1);
    expect(first).toMatchObject({ sourceId: 's', reason: bad(1).reason, receivedAt: at, status: 'pending', resolvedAt: null });
  });
});
