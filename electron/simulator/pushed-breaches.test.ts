import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from './server.js';
import { FIXED_NOW, fixtureCatalog } from './test-fixtures.js';

type Item = { member: string; period_start: string; value: number; updated_at: string; version: number };

let clock = FIXED_NOW.getTime();
let sim: Simulator;
let closed: Simulator;

beforeAll(async () => {
  const catalog = fixtureCatalog();
  sim = await startSimulator({ catalog, port: 0, now: () => new Date(clock), allowFaultControl: true });
  closed = await startSimulator({ catalog, port: 0, now: () => new Date(clock) });
});
afterAll(async () => {
  await sim.close();
  await closed.close();
});

async function observations(kpiId: string, query: Record<string, string>) {
  const url = new URL(`api/v1/kpis/${kpiId}/observations`, sim.url);
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  const res = await fetch(url, { headers: { authorization: 'Bearer demo-token' } });
  return ((await res.json()) as { items: Item[] }).items;
}

const control = (init: RequestInit = {}, query = '') => fetch(new URL(`__sim/breaches${query}`, sim.url), init);

describe('pushed breaches', () => {
  it('republishes the latest completed period in breach, so an incremental pull brings it in', async () => {
    const since = '2026-12-03T10:30:00+07:00';
    expect(await observations('env.aqi', { since })).toEqual([]);
    clock += 60_000;
    const res = await control({ method: 'POST', body: JSON.stringify({ kpiId: 'env.aqi' }) });
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as { items: { kpiId: string; periodStart: string; breach: { severity: string } }[] };
    expect(items).toEqual([expect.objectContaining({ kpiId: 'env.aqi', periodStart: '2026-12-03T09:00:00+07:00', breach: expect.objectContaining({ severity: 'critical' }) })]);

    const [item] = await observations('env.aqi', { since });
    expect(item).toMatchObject({ period_start: '2026-12-03T09:00:00+07:00', updated_at: '2026-12-03T10:31:00+07:00' });
    expect(item!.version).toBeGreaterThan(1000);
    expect(item!.value).toBeGreaterThan(150);
    expect(item!.value).toBeLessThanOrEqual(300);
  });

  it('pushes the severity asked for, and carries a sum into its breakdown exactly', async () => {
    clock += 60_000;
    expect((await control({ method: 'POST', body: JSON.stringify({ kpiId: 'traffic.accidents', severity: 'warning' }) })).status).toBe(200);
    const since = '2026-12-03T10:31:30+07:00';
    const [total] = await observations('traffic.accidents', { since });
    expect(total).toMatchObject({ period_start: '2026-12-02T00:00:00+07:00' });
    expect(total!.value).toBeGreaterThan(30);
    const communes = await observations('traffic.accidents', { since, dim: 'commune' });
    expect(communes.length).toBeGreaterThan(50);
    expect(communes.every((c) => c.version === total!.version)).toBe(true);
    expect(communes.reduce((sum, c) => sum + c.value, 0)).toBe(total!.value);
  });

  it('ends a breach with a correction: a newer version with the natural value', async () => {
    clock += 60_000;
    const before = (await observations('env.aqi', { since: '2026-12-03T10:30:00+07:00' }))[0]!;
    expect((await control({ method: 'DELETE' }, '?kpiId=env.aqi')).status).toBe(200);
    const [after] = await observations('env.aqi', { since: '2026-12-03T10:32:00+07:00' });
    expect(after!.period_start).toBe(before.period_start);
    expect(after!.version).toBeGreaterThan(before.version);
    expect(after!.value).toBeLessThanOrEqual(100);
    expect(sim.resolveBreaches()).toBe(1); // the accidents one is still open; the AQI one is not resolved twice
  });

  it('says clearly what it cannot do', async () => {
    const unknown = await control({ method: 'POST', body: JSON.stringify({ kpiId: 'env.nope' }) });
    expect(unknown.status).toBe(422);
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toContain('env.nope');
    const none = await control({ method: 'POST', body: JSON.stringify({ kpiId: 'env.rainfall' }) });
    expect(((await none.json()) as { error: { message: string } }).error.message).toBe('env.rainfall has no thresholds to breach');
    expect((await control({ method: 'POST', body: JSON.stringify({ kpiId: 'env.aqi', severity: 'fatal' }) })).status).toBe(400);
    expect((await control({ method: 'POST', body: 'not json' })).status).toBe(400);
    expect((await control({ method: 'PUT' })).status).toBe(405);
    expect(() => sim.pushBreach({ kpiId: 'services.dossiers' })).toThrow(/no thresholds/);
    expect((await fetch(new URL('__sim/breaches', closed.url), { method: 'POST', body: '{"kpiId":"env.aqi"}' })).status).toBe(404);
  });
});
