// Every fault of the simulator against the real engine: what the operator sees (the source status the Data
// sources view shows) and what is stored (the SQLite file). Nothing may crash, block, or be half-written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXED_NOW, fixtureCatalog } from '../../simulator/test-fixtures.js';
import { Database } from '../store/database.js';
import { CACHE_FILE } from '../store/open-cache.js';
import { OPEN311_ID, CAP_ID, PROVINCIAL_ID } from './connectors/defaults.js';
import { startHarness, type Harness } from './test-harness.js';

const catalog = fixtureCatalog();
const now = () => FIXED_NOW;
const MiB = 1024 * 1024;

async function counts(h: Harness) {
  const db = await Database.open(`${h.dataDir}/${CACHE_FILE}`);
  try {
    const one = async (sql: string) => ((await db.get<{ n: number }>(sql))?.n ?? 0);
    return {
      observations: await one('SELECT count(*) AS n FROM observations'),
      reports: await one('SELECT count(*) AS n FROM test_reports'),
      alerts: await one('SELECT count(*) AS n FROM alerts'),
      integrity: (await db.get<{ integrity_check: string }>('PRAGMA integrity_check'))?.integrity_check,
    };
  } finally {
    await db.close();
  }
}

describe('transport faults, one source at a time', () => {
  let h: Harness;
  let before: Awaited<ReturnType<typeof counts>>;
  beforeAll(async () => {
    // CAP gives up after 1.5 s, so that the timeout fault is quick to see.
    h = await startHarness({ catalog, now, connectors: (c) => ({ ...c, maxResponseBytes: 4 * MiB, ...(c.id === CAP_ID ? { schedule: { ...c.schedule, timeoutMs: 1500 } } : {}) }) });
    before = await counts(h);
  }, 90_000);
  afterAll(() => h?.close());

  it('pulled all three protocols to begin with', async () => {
    for (const id of [PROVINCIAL_ID, OPEN311_ID, CAP_ID]) expect(await h.source(id), id).toMatchObject({ state: 'ok', lastError: null, rejected: 0 });
    expect(before.observations).toBeGreaterThan(1000);
    expect(before.reports).toBeGreaterThan(1000);
    expect(before.alerts).toBeGreaterThan(5);
  });

  const cases = [
    ['an outage', PROVINCIAL_ID, 'provincial', { down: true }, 'offline', /HTTP 503/],
    ['HTTP 500', OPEN311_ID, 'open311', { status5xx: 500 }, 'error', /HTTP 500/],
    ['HTTP 502', CAP_ID, 'cap', { status5xx: 502 }, 'offline', /HTTP 502/],
    ['a timeout', CAP_ID, 'cap', { timeout: true }, 'offline', /did not answer in time/],
    ['a dropped connection', PROVINCIAL_ID, 'provincial', { drop: true }, 'offline', /cannot reach .*: (connection reset|terminated|other side closed)/],
    ['malformed JSON', OPEN311_ID, 'open311', { malformed: true }, 'error', /not JSON/],
    ['malformed XML', CAP_ID, 'cap', { malformed: true }, 'error', /not well-formed XML/],
    ['an oversized page', PROVINCIAL_ID, 'provincial', { oversizedBytes: 5 * MiB }, 'error', /larger than the 4\.0 MiB/],
  ] as const;

  for (const [what, id, group, fault, state, message] of cases) {
    it(`${what} (${id}): says so, keeps the cache, and recovers`, async () => {
      h.simulator.setFaults({ reset: true, sources: { [group]: fault } });
      const failed = await h.pull(id);
      expect(failed.state).toBe(state);
      expect(failed.lastError).toMatch(message);
      expect(failed.lastSuccess).not.toBeNull();
      expect(await counts(h)).toEqual(before);
      if (id === PROVINCIAL_ID) expect((await h.client.call('kpi.series', { kpiId: 'env.aqi' })).points.length).toBeGreaterThan(0);
      h.simulator.setFaults({ reset: true });
      expect(await h.pull(id)).toMatchObject({ state: 'ok', lastError: null, consecutiveFailures: 0, circuit: 'closed' });
    }, 30_000);
  }

  it('latency within the timeout only slows the pull', async () => {
    h.simulator.setFaults({ reset: true, sources: { open311: { latencyMs: 200 } } });
    expect(await h.pull(OPEN311_ID)).toMatchObject({ state: 'ok', lastError: null });
    h.simulator.setFaults({ reset: true });
  });

  it('opens the circuit after repeated failures; "sync now" is a trial that closes it', async () => {
    h.simulator.setFaults({ reset: true, sources: { cap: { down: true } } });
    for (let i = 1; i <= 3; i++) expect((await h.pull(CAP_ID)).consecutiveFailures).toBe(i);
    const open = await h.source(CAP_ID);
    expect(open.circuit).toBe('open');
    expect(Date.parse(open.nextAttempt!) - FIXED_NOW.getTime()).toBeGreaterThan(3_500_000);
    h.simulator.setFaults({ reset: true });
    expect(await h.pull(CAP_ID)).toMatchObject({ state: 'ok', circuit: 'closed', consecutiveFailures: 0 });
  });

  it('cancels a long pull without losing what was stored', async () => {
    h.simulator.setFaults({ reset: true, sources: { open311: { latencyMs: 5000 } } });
    const started = h.client.waitFor('sync.status', (s) => s.sources.find((x) => x.id === OPEN311_ID)!.state === 'syncing');
    await h.client.call('sync.now', { sourceId: OPEN311_ID });
    await started;
    const ended = h.client.waitFor('sync.status', (s) => s.sources.find((x) => x.id === OPEN311_ID)!.state !== 'syncing');
    expect(await h.client.call('sync.cancel', { sourceId: OPEN311_ID })).toEqual({ cancelled: true });
    const status = (await ended).sources.find((x) => x.id === OPEN311_ID)!;
    expect(status).toMatchObject({ state: 'ok', consecutiveFailures: 0 });
    expect(status.notes).toContainEqual({ code: 'cancelled' });
    expect(await h.client.call('sync.cancel', { sourceId: OPEN311_ID })).toEqual({ cancelled: false });
    h.simulator.setFaults({ reset: true });
    expect((await counts(h)).integrity).toBe('ok');
  });
});
