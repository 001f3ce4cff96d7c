import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from './database.js';
import { readBreakdown, readSeries, upsertObservations } from './observations.js';
import { openCache } from './open-cache.js';

let db: Database;
const key = { sourceId: 'provincial-api', kpiId: 'health.visits', dim: 'commune' };
const row = (member: string, value: number, version: number, updated = '2026-12-02T02:00:00+07:00') => ({
  member,
  period_start: '2026-12-01T00:00:00+07:00',
  value,
  updated_at: updated,
  version,
});

beforeEach(async () => {
  db = (await openCache(await mkdtemp(join(tmpdir(), 'ioc-obs-')))).db;
});
afterEach(() => db.close());

describe('upsertObservations', () => {
  it('stores a batch and reads it back', async () => {
    expect(await upsertObservations(db, key, [row('22015', 10, 1), row('22045', 20, 1)], 'now')).toBe(2);
    expect(await readBreakdown(db, 'health.visits', 'commune', '2026-12-01T00:00:00+07:00')).toEqual([
      { member: '22045', value: 20 },
      { member: '22015', value: 10 },
    ]);
  });

  it('is idempotent and keeps the newest version whatever the arrival order', async () => {
    await upsertObservations(db, key, [row('22015', 12, 2)], 'now');
    await upsertObservations(db, key, [row('22015', 10, 1)], 'now'); // older version arrives late
    await upsertObservations(db, key, [row('22015', 12, 2)], 'now'); // same record twice
    const rows = await readSeries(db, 'health.visits', 'commune', '22015', '2026-01-01T00:00:00+07:00', '2027-01-01T00:00:00+07:00');
    expect(rows).toEqual([{ period_start: '2026-12-01T00:00:00+07:00', value: 12 }]);
    await upsertObservations(db, key, [row('22015', 13, 3)], 'now');
    expect((await readSeries(db, 'health.visits', 'commune', '22015', '2026-01-01', '2027-01-01'))[0]?.value).toBe(13);
  });
});
