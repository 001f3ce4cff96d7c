// Faults in the records themselves, on all three protocols: duplicates and out-of-order versions leave the
// newest once; schema-violating records go to quarantine with their reason, the rest of the batch is kept,
// and a quarantined record can be re-processed or discarded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXED_NOW, fixtureCatalog } from '../../simulator/test-fixtures.js';
import { Database } from '../store/database.js';
import { CACHE_FILE } from '../store/open-cache.js';
import { CAP_ID, OPEN311_ID, PROVINCIAL_ID } from './connectors/defaults.js';
import { startHarness, type Harness } from './test-harness.js';

const catalog = fixtureCatalog();
const now = () => FIXED_NOW;

async function query<T>(h: Harness, sql: string): Promise<T[]> {
  const db = await Database.open(`${h.dataDir}/${CACHE_FILE}`);
  try {
    return await db.all<T>(sql);
  } finally {
    await db.close();
  }
}

const snapshot = async (h: Harness) => ({
  observations: await query<{ k: string; value: number; version: number }>(h, "SELECT kpi_id || dim || member || period_start AS k, value, version FROM observations ORDER BY k"),
  reports: await query<{ external_id: string; status: string; updated: string }>(
    h,
    "SELECT external_id, json_extract(body, '$.upstreamStatus') AS status, json_extract(body, '$.updatedAt') AS updated FROM test_reports ORDER BY external_id",
  ),
  alerts: await query<{ identifier: string; superseded_by: string | null; cancelled: number }>(h, 'SELECT identifier, superseded_by, cancelled FROM alerts ORDER BY identifier'),
});

describe('duplicates and out-of-order versions', () => {
  let clean: Harness;
  let faulty: Harness;
  beforeAll(async () => {
    clean = await startHarness({ catalog, now });
    faulty = await startHarness({ catalog, now, simulator: { faults: { sources: { provincial: { duplicates: true, outOfOrder: true }, open311: { duplicates: true, outOfOrder: true }, cap: { duplicates: true, outOfOrder: true } } } } });
  }, 120_000);
  afterAll(async () => {
    await clean?.close();
    await faulty?.close();
  });

  it('stores exactly what a clean upstream gives: each record once, its newest version', async () => {
    const [a, b] = [await snapshot(clean), await snapshot(faulty)];
    expect(b.observations.length).toBeGreaterThan(1000);
    expect(b.observations).toEqual(a.observations);
    expect(b.reports.length).toBeGreaterThan(1000);
    expect(b.reports).toEqual(a.reports);
    expect(b.alerts).toEqual(a.alerts);
    expect(b.alerts.some((x) => x.superseded_by !== null)).toBe(true);
  });

  it('counts the repeats as received, not as stored, and rejects nothing', async () => {
    for (const id of [PROVINCIAL_ID, OPEN311_ID, CAP_ID]) {
      const [a, b] = [await clean.source(id), await faulty.source(id)];
      expect(b.rejected, id).toBe(0);
      // A CAP feed that lists a document twice costs one read of it.
      if (id === CAP_ID) expect(b.received).toBe(a.received);
      else expect(b.received, id).toBeGreaterThan(a.received);
    }
    expect((await faulty.source(PROVINCIAL_ID)).stored).toBe((await clean.source(PROVINCIAL_ID)).stored);
  });

  it('shows superseded and cancelled alerts as such, and only current ones by default', async () => {
    const all = await faulty.client.call('alerts.list', { includeInactive: true, limit: 500 });
    const current = await faulty.client.call('alerts.list', {});
    expect(all.alerts.some((x) => x.state === 'superseded')).toBe(true);
    expect(current.alerts.every((x) => x.state === 'active' || x.state === 'upcoming')).toBe(true);
    expect(current.alerts.length).toBeLessThan(all.alerts.length);
  });
});

describe('schema-violating records', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ catalog, now, simulator: { faults: { sources: { provincial: { invalidRecords: true }, open311: { invalidRecords: true }, cap: { invalidRecords: true } } } } });
  }, 90_000);
  afterAll(() => h?.close());

  it('quarantines them with source, raw payload and reason, and keeps the rest of each batch', async () => {
    for (const [id, reason] of [
      [PROVINCIAL_ID, /value: expected a number|period_start/],
      [OPEN311_ID, /service_code: missing|is not a latitude|is not a date-time/],
      [CAP_ID, /identifier: missing/],
    ] as const) {
      const status = await h.source(id);
      expect(status.state, id).toBe('ok');
      expect(status.rejected, id).toBeGreaterThan(0);
      // The map layers and the field-report feed come from the provincial source too and quarantine under it,
      // each when its module pulls: the source's quarantine holds at least what its own runs rejected.
      expect(status.quarantined, id).toBeGreaterThanOrEqual(status.rejected);
      expect(status.stored, id).toBeGreaterThan(0);
      const { items, total } = await h.client.call('sync.quarantine', { sourceId: id });
      expect(total, id).toBeGreaterThanOrEqual(status.rejected);
      expect(items[0]!.reason, id).toMatch(reason);
      expect(items[0]!.raw.length, id).toBeGreaterThan(10);
    }
  });

  it('re-processes a record after a fix, and keeps one that still fails, with the new reason', async () => {
    const { items } = await h.client.call('sync.quarantine', { sourceId: PROVINCIAL_ID, limit: 500 });
    const broken = items.find((i) => /value: expected a number/.test(i.reason))!;
    const fixed = { ...JSON.parse(broken.raw), value: 42 };
    const still = await h.client.call('sync.reprocess', { ids: [broken.id] });
    expect(still.results[0]).toMatchObject({ outcome: 'still-invalid', reason: expect.stringMatching(/value/) });
    const done = await h.client.call('sync.reprocess', { ids: [broken.id], raw: JSON.stringify(fixed) });
    expect(done.results).toEqual([{ id: broken.id, outcome: 'stored', reason: null }]);
    const [kpiId, dim] = broken.stream.split('|');
    const rows = await query<{ value: number }>(h, `SELECT value FROM observations WHERE kpi_id = '${kpiId}' AND dim = '${dim}' AND member = '${fixed.member}' AND period_start = '${fixed.period_start}'`);
    expect(rows).toEqual([{ value: 42 }]);
    expect((await h.client.call('sync.reprocess', { ids: [broken.id] })).results[0]!.outcome).toBe('not-pending');
    const resolved = await h.client.call('sync.quarantine', { sourceId: PROVINCIAL_ID, status: 'reprocessed' });
    expect(resolved.items.map((i) => i.id)).toEqual([broken.id]);
    expect(resolved.items[0]!.raw).toBe(broken.raw);
  });

  it('discards a record without deleting it', async () => {
    const before = await h.source(OPEN311_ID);
    const { items } = await h.client.call('sync.quarantine', { sourceId: OPEN311_ID });
    expect(await h.client.call('sync.discard', { ids: [items[0]!.id] })).toEqual({ discarded: 1 });
    expect((await h.source(OPEN311_ID)).quarantined).toBe(before.quarantined - 1);
    expect((await h.client.call('sync.quarantine', { sourceId: OPEN311_ID, status: 'discarded' })).items[0]!.raw).toBe(items[0]!.raw);
  });

  it('refuses a corrected payload for several records at once', async () => {
    await expect(h.client.call('sync.reprocess', { ids: [1, 2], raw: '{}' })).rejects.toMatchObject({ code: 'invalid-params' });
  });
});

describe('Open311 without a field-report sink', () => {
  it('validates and counts the reports, says they were not stored, and reads them again later', async () => {
    const h = await startHarness({ catalog, now, sink: false });
    try {
      const status = await h.source(OPEN311_ID);
      expect(status.state).toBe('ok');
      expect(status.stored).toBe(0);
      expect(status.received).toBeGreaterThan(1000);
      expect(status.notes).toContainEqual({ code: 'no-field-report-sink', count: expect.any(Number) });
      expect(status.notes.find((n) => n.code === 'no-field-report-sink')!.count).toBeGreaterThan(1000);
      expect(await query(h, "SELECT * FROM sync_cursors WHERE source_id = 'open311'")).toEqual([]);
    } finally {
      await h.close();
    }
  }, 60_000);
});

describe('Open311 servers that answer differently', () => {
  it('reads them and lists the variations it tolerated', async () => {
    const h = await startHarness({ catalog, now, simulator: { faults: { sources: { open311: { variant: true } } } } });
    try {
      const status = await h.source(OPEN311_ID);
      expect(status).toMatchObject({ state: 'ok', rejected: 0 });
      expect(status.stored).toBeGreaterThan(1000);
      const details = status.notes.filter((n) => n.code === 'tolerated-variation').map((n) => n.detail);
      expect(details).toEqual(expect.arrayContaining(['requests wrapped in "service_requests"', 'longitude as "lon"', 'coordinates as text', 'offsets without a colon (+0700)']));
    } finally {
      await h.close();
    }
  }, 60_000);
});
