// The engine against the real simulator over HTTP, with a real SQLite file: sync, reads, faults.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../shared/catalog/index.js';
import { startSimulator, type Simulator } from '../simulator/server.js';
import type { Engine } from './engine-api.js';
import { startEngine } from './engine.js';
import { CallFailed, connectInProcess } from './in-process-client.js';

const now = () => new Date('2026-12-03T10:30:00+07:00');
const corruptKpi = 'health.bed-occupancy';
let simulator: Simulator;
let engine: Engine;
let client: ReturnType<typeof connectInProcess>;

beforeAll(async () => {
  simulator = await startSimulator({ catalog: defaultCatalog, now, token: 't0ken', allowFaultControl: true, faults: { corrupt: [corruptKpi] } });
  engine = await startEngine({ dataDir: await mkdtemp(join(tmpdir(), 'ioc-engine-')), upstreamUrl: simulator.url, upstreamToken: 't0ken', now, syncIntervalMs: 3_600_000 });
  client = connectInProcess(engine, { as: 'ioc-operator' });
  await client.waitFor('sync.status', (s) => s.sources[0]!.state === 'ok', 120_000);
}, 150_000);

afterAll(async () => {
  client?.close();
  await engine?.close();
  await simulator?.close();
});

describe('engine with the simulator upstream', () => {
  it('serves every KPI of the catalog from the cache with fresh provenance', async () => {
    const kpis = defaultCatalog.domains.flatMap((d) => d.kpis);
    for (const kpi of kpis) {
      const series = await client.call('kpi.series', { kpiId: kpi.id });
      expect(series.points.length, kpi.id).toBeGreaterThan(0);
      expect(series.provenance.agency).toBe(kpi.agency);
      expect(series.provenance.freshness, kpi.id).toBe('fresh');
    }
  });

  it('has the 102 communes and a breakdown for each of them', async () => {
    const { communes } = await client.call('geo.communes', {});
    expect(communes).toHaveLength(102);
    const kpi = defaultCatalog.domains.flatMap((d) => d.kpis).find((k) => k.breakdowns.includes('commune'))!;
    const breakdown = await client.call('kpi.breakdown', { kpiId: kpi.id, dim: 'commune' });
    expect(breakdown.items).toHaveLength(102);
    expect(new Set(breakdown.items.map((i) => i.member))).toEqual(new Set(communes.map((c) => c.code)));
  });

  it('quarantines malformed records and keeps the rest of the batch', async () => {
    const status = await client.call('sync.status', {});
    expect(status.sources[0]!.rejected).toBeGreaterThan(0);
    const series = await client.call('kpi.series', { kpiId: corruptKpi });
    expect(series.points.length).toBeGreaterThan(0);
  });

  it('pulls only what is new on the next run', async () => {
    const before = (await client.call('sync.status', {})).sources[0]!;
    const syncing = client.waitFor('sync.status', (s) => s.sources[0]!.state === 'syncing');
    expect((await client.call('sync.now', {})).started).toBe(true);
    await syncing;
    const after = await client.waitFor('sync.status', (s) => s.sources[0]!.state === 'ok');
    expect(after.sources[0]!.stored).toBe(before.stored);
    expect(after.sources[0]!.received - before.received).toBeLessThan(before.received / 10);
  });

  it('refuses a KPI that is not in the catalog with a typed error', async () => {
    await expect(client.call('kpi.series', { kpiId: 'health.no-such-kpi' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(client.call('kpi.series', { kpiId: 'Robert; DROP TABLE' })).rejects.toBeInstanceOf(CallFailed);
  });

  it('goes offline when the upstream is down and keeps serving the cache', async () => {
    simulator.setFaults({ down: true });
    client.call('sync.now', {});
    const status = await client.waitFor('sync.status', (s) => s.sources[0]!.state === 'offline');
    expect(status.online).toBe(false);
    expect(status.sources[0]!.lastError).toMatch(/503/);
    const series = await client.call('kpi.series', { kpiId: 'environment.aqi' });
    expect(series.points.length).toBeGreaterThan(0);
    simulator.setFaults({ down: false });
    await client.waitFor('sync.status', (s) => s.online && s.sources[0]!.state === 'ok', 60_000);
  }, 90_000);
});
