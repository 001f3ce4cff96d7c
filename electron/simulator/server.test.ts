import { request } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startSimulator, type Simulator, type SimulatorOptions } from './server.js';
import { FIXED_NOW, fixtureCatalog } from './test-fixtures.js';

const GEO_DIR = process.env.IOC_GEO_DIR || join(import.meta.dirname, '../../../shared/data/geo');
const catalog = fixtureCatalog();
const AUTH = { authorization: 'Bearer demo-token' };
const started: Simulator[] = [];

async function start(options: Partial<SimulatorOptions> = {}): Promise<Simulator> {
  const sim = await startSimulator({ catalog, port: 0, now: () => FIXED_NOW, ...options });
  started.push(sim);
  return sim;
}

type Item = { member: string; period_start: string; value: number; updated_at: string; version: number };

/** The JSON bodies the tests look into, typed loosely: the tests themselves check the shapes. */
interface Body {
  items: Item[];
  next_page_token: string | null;
  as_of: string;
  error: { code: string; message: string };
  source: string;
  type: string;
  features: Array<{ properties: Record<string, unknown> }>;
}

async function get(sim: Simulator, path: string, headers: Record<string, string> = AUTH) {
  const res = await fetch(new URL(path, sim.url), { headers });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, body: JSON.parse(text) as Body };
}

let sim: Simulator;

beforeAll(async () => {
  sim = await start({ geoDir: GEO_DIR });
});

afterAll(async () => {
  await Promise.all(started.map((s) => s.close()));
});

describe('simulator HTTP API', () => {
  it('listens on 127.0.0.1 and answers health without auth', async () => {
    expect(sim.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await get(sim, 'api/v1/health', {});
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.body).toEqual({ status: 'ok', now: '2026-12-03T10:30:00+07:00', seed: 20250701 });
  });

  it('requires the bearer token everywhere else', async () => {
    for (const headers of [{}, { authorization: 'Bearer wrong' }, { authorization: 'Basic ZGVtbzpkZW1v' }] as Array<Record<string, string>>) {
      const res = await get(sim, 'api/v1/kpis', headers);
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('unauthorized');
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
    const custom = await start({ token: 's3cret' });
    expect((await get(custom, 'api/v1/kpis')).status).toBe(401);
    expect((await get(custom, 'api/v1/kpis', { authorization: 'Bearer s3cret' })).status).toBe(200);
  });

  it('lists the catalog KPIs', async () => {
    const res = await get(sim, 'api/v1/kpis');
    expect(res.body.items).toHaveLength(10);
    expect(res.body.items[0]).toEqual({ id: 'traffic.accidents', period: 'daily', agency: 'cong-an', breakdowns: ['commune', 'category'] });
  });

  it('serves observations with their envelope', async () => {
    const res = await get(sim, 'api/v1/kpis/traffic.accidents/observations?dim=category&from=2026-11-01');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ kpiId: 'traffic.accidents', agency: 'cong-an', dim: 'category', next_page_token: null, as_of: '2026-12-03T10:30:00+07:00' });
    expect(res.body.items).toHaveLength(32 * 3);
    expect(res.body.items[0]).toEqual({
      member: 'collision',
      period_start: '2026-11-01T00:00:00+07:00',
      value: expect.any(Number),
      updated_at: expect.stringMatching(/^2026-11-02T0\d:\d{2}:00\+07:00$/),
      version: 1,
    });
    const total = await get(sim, 'api/v1/kpis/traffic.accidents/observations?from=2026-11-01T00:00:00%2B07:00');
    expect(total.body.items[0]!.member).toBe('');
    const sumOfFirstDay = res.body.items.slice(0, 3).reduce((s, i) => s + i.value, 0);
    expect(total.body.items[0]!.value).toBe(sumOfFirstDay);
  });

  it('answers the same query identically, and so does another server with the same seed', async () => {
    const path = 'api/v1/kpis/env.aqi/observations?dim=commune&limit=3000';
    const a = await get(sim, path);
    const b = await get(sim, path);
    expect(b.text).toBe(a.text);
    const twin = await start({ geoDir: GEO_DIR });
    expect((await get(twin, path)).text).toBe(a.text);
    const other = await start({ geoDir: GEO_DIR, seed: 1 });
    expect((await get(other, path)).text).not.toBe(a.text);
  });

  it('pages through everything exactly once with next_page_token', async () => {
    const base = 'api/v1/kpis/services.dossiers/observations?dim=commune&from=2026-09-01&limit=1000';
    const seen = new Set<string>();
    let count = 0;
    let token: string | null = null;
    let pages = 0;
    do {
      const res = await get(sim, token ? `${base}&page_token=${encodeURIComponent(token)}` : base);
      expect(res.status).toBe(200);
      for (const i of res.body.items) seen.add(`${i.period_start}|${i.member}`);
      count += res.body.items.length;
      token = res.body.next_page_token;
      pages++;
    } while (token);
    const whole = await get(sim, base.replace('limit=1000', 'limit=10000'));
    expect(whole.body.next_page_token).toBeNull();
    expect(count).toBe(whole.body.items.length);
    expect(seen.size).toBe(count);
    expect(pages).toBe(Math.ceil(count / 1000));
    expect(count).toBe(93 * 102);
  });

  it('filters by since for incremental pulls', async () => {
    let now = FIXED_NOW.getTime();
    const clocked = await start({ now: () => new Date(now) });
    const first = await get(clocked, 'api/v1/kpis/traffic.vehicles/observations?dim=total');
    now += 3 * 3_600_000;
    const since = encodeURIComponent(first.body.as_of);
    expect(first.body.items.length).toBeGreaterThan(300);
    const next = await get(clocked, `api/v1/kpis/traffic.vehicles/observations?dim=total&since=${since}`);
    expect(next.body.items.length).toBeGreaterThanOrEqual(2);
    expect(next.body.items.length).toBeLessThanOrEqual(4);
    for (const i of next.body.items) expect(Date.parse(i.updated_at)).toBeGreaterThan(FIXED_NOW.getTime());
    const firstKeys = new Set(first.body.items.map((i) => i.period_start));
    expect(next.body.items.some((i) => firstKeys.has(i.period_start))).toBe(false);
    const again = await get(clocked, `api/v1/kpis/traffic.vehicles/observations?dim=total&since=${encodeURIComponent(next.body.as_of)}`);
    expect(again.body.items).toEqual([]);
  });

  it('answers 400 naming the parameter, and 404 for unknown KPIs and paths', async () => {
    const cases: Array<[string, RegExp]> = [
      ['dim=district', /dim/],
      ['dim=category', /dim "category"/],
      ['from=yesterday', /from/],
      ['since=2026-13-45', /since/],
      ['limit=0', /limit/],
      ['limit=10001', /limit/],
      ['limit=ten', /limit/],
      ['page_token=abc', /page_token/],
    ];
    for (const [query, message] of cases) {
      const res = await get(sim, `api/v1/kpis/services.dossiers/observations?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.error.code).toBe('bad-request');
      expect(res.body.error.message).toMatch(message);
    }
    const page = await get(sim, 'api/v1/kpis/services.dossiers/observations?dim=commune&limit=5');
    const foreign = await get(sim, `api/v1/kpis/traffic.accidents/observations?dim=commune&page_token=${page.body.next_page_token ?? ''}`);
    expect(foreign.status).toBe(400);
    const unknown = await get(sim, 'api/v1/kpis/nope.nothing/observations');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('not-found');
    expect((await get(sim, 'api/v1/nothing')).status).toBe(404);
    expect((await fetch(new URL('api/v1/kpis', sim.url), { method: 'POST', headers: AUTH })).status).toBe(405);
  });

  it('serves the geography', async () => {
    const communes = await get(sim, 'api/v1/geo/communes');
    expect(communes.body.source).toBe('files');
    expect(communes.body.items).toHaveLength(102);
    const geo = await get(sim, 'api/v1/geo/communes.geojson');
    expect(geo.body.type).toBe('FeatureCollection');
    expect(geo.body.features).toHaveLength(102);
    const province = await get(sim, 'api/v1/geo/province.geojson');
    expect(province.body.features[0]!.properties.name).toBe('Đắk Lắk');
    const generated = await start();
    expect((await get(generated, 'api/v1/geo/communes')).body).toMatchObject({ source: 'generated' });
  });

  it('gzips large answers when the client accepts it', async () => {
    const raw = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
      const req = request(new URL('api/v1/kpis/env.aqi/observations?dim=commune', sim.url), { headers: { ...AUTH, 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(raw.headers['content-encoding']).toBe('gzip');
    const body = JSON.parse(gunzipSync(raw.body).toString('utf8'));
    expect(body.items).toHaveLength(5000);
    expect(raw.body.length).toBeLessThan(JSON.stringify(body).length / 4);
    const plain = await get(sim, 'api/v1/geo/communes', { ...AUTH, 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
  });
});

describe('fault injection', () => {
  it('answers 503 while down, set by option, by setFaults and over POST /__sim/faults', async () => {
    const faulty = await start({ faults: { down: true }, allowFaultControl: true });
    const down = await get(faulty, 'api/v1/kpis');
    expect(down.status).toBe(503);
    expect(down.body.error.code).toBe('unavailable');
    faulty.setFaults({ down: false });
    expect((await get(faulty, 'api/v1/kpis')).status).toBe(200);
    const post = await fetch(new URL('__sim/faults', faulty.url), { method: 'POST', body: JSON.stringify({ down: true }) });
    expect(await post.json()).toMatchObject({ down: true, latencyMs: 0, corrupt: [] });
    expect((await get(faulty, 'api/v1/health', {})).status).toBe(503);
    const bad = await fetch(new URL('__sim/faults', faulty.url), { method: 'POST', body: JSON.stringify({ down: 'yes' }) });
    expect(bad.status).toBe(400);
  });

  it('keeps fault control closed unless allowed', async () => {
    const res = await fetch(new URL('__sim/faults', sim.url), { method: 'POST', body: '{"down":true}' });
    expect(res.status).toBe(404);
    expect((await get(sim, 'api/v1/health', {})).status).toBe(200);
  });

  it('adds latency', async () => {
    const slow = await start({ faults: { latencyMs: 150 } });
    const t0 = performance.now();
    await get(slow, 'api/v1/health', {});
    expect(performance.now() - t0).toBeGreaterThanOrEqual(140);
  });

  it('mixes malformed items into the pages of corrupt KPIs', async () => {
    const faulty = await start({ allowFaultControl: true });
    await fetch(new URL('__sim/faults', faulty.url), { method: 'POST', body: JSON.stringify({ corrupt: ['services.dossiers'] }) });
    const items = (await get(faulty, 'api/v1/kpis/services.dossiers/observations')).body.items as unknown as Array<Record<string, unknown>>;
    const malformed = items.filter((i) => typeof i.value !== 'number' || typeof i.period_start !== 'string' || Number.isNaN(Date.parse(i.period_start)));
    expect(malformed.length).toBeGreaterThan(0);
    expect(malformed.length).toBeLessThan(items.length / 2);
    expect(items.some((i) => !('period_start' in i))).toBe(true);
    expect(items.some((i) => typeof i.value === 'string')).toBe(true);
    const healthy = (await get(faulty, 'api/v1/kpis/traffic.accidents/observations')).body.items as unknown as Array<Record<string, unknown>>;
    expect(healthy.every((i) => typeof i.value === 'number' && typeof i.period_start === 'string')).toBe(true);
  });
});
