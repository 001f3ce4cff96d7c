// The simulator's Open311 GeoReport v2 service and CAP feed over HTTP: filters, caps, errors, the update
// extension's idempotency.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_OPEN311_KEY, MAX_RESULTS } from './open311.js';
import { requestId } from './open311-data.js';
import { DEFAULT_SEED, startSimulator, type Simulator } from './server.js';
import { FIXED_NOW, fixtureCatalog } from './test-fixtures.js';

let sim: Simulator;
type Req = { service_request_id: string; status: string; requested_datetime: string; service_code: string; lat: number; long: number };
const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(new URL(path, sim.url), { headers });
  return { status: res.status, headers: res.headers, text: await res.text() };
};
const json = async <T>(path: string) => JSON.parse((await get(path)).text) as T;

beforeAll(async () => {
  sim = await startSimulator({ catalog: fixtureCatalog(), now: () => FIXED_NOW });
});
afterAll(() => sim?.close());

describe('Open311 GeoReport v2', () => {
  it('lists services in the field-report categories, with definitions where metadata is true', async () => {
    const services = await json<{ service_code: string; metadata: boolean }[]>('open311/v2/services.json');
    expect(services.map((s) => s.service_code)).toContain('lan-chiem-long-le-duong');
    const withMeta = services.find((s) => s.metadata)!;
    expect((await json<{ attributes: unknown[] }>(`open311/v2/services/${withMeta.service_code}.json`)).attributes.length).toBeGreaterThan(0);
  });

  it('filters requests by window, status and id, most recent first, capped at 1,000', async () => {
    const week = await json<Req[]>('open311/v2/requests.json?start_date=2026-11-26T00:00:00%2B07:00&end_date=2026-12-03T00:00:00%2B07:00');
    expect(week.length).toBeGreaterThan(200);
    expect(week.every((r) => r.requested_datetime >= '2026-11-26' && r.requested_datetime < '2026-12-03')).toBe(true);
    expect(week[0]!.requested_datetime > week[week.length - 1]!.requested_datetime).toBe(true);
    expect((await json<Req[]>('open311/v2/requests.json')).length).toBe(MAX_RESULTS);
    const closed = await json<Req[]>('open311/v2/requests.json?status=closed&start_date=2026-11-01T00:00:00Z&end_date=2026-11-10T00:00:00Z');
    expect(closed.every((r) => r.status === 'closed')).toBe(true);
    const ids = [requestId(DEFAULT_SEED, 5), requestId(DEFAULT_SEED, 6)];
    expect((await json<Req[]>(`open311/v2/requests.json?service_request_id=${ids.join(',')}&status=open`)).map((r) => r.service_request_id)).toEqual(ids);
    const [one] = await json<Req[]>(`open311/v2/requests/${ids[0]}.json`);
    expect(one!.lat).toBeGreaterThan(11);
    expect(one!.long).toBeGreaterThan(107);
  });

  it('answers errors as GeoReport does', async () => {
    const bad = await get('open311/v2/requests.json?start_date=hôm-qua');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text)[0]).toMatchObject({ code: 400, description: expect.stringMatching(/start_date/) });
    expect((await get('open311/v2/requests/DL-2026-999999.json')).status).toBe(404);
  });

  it('applies an update once per Idempotency-Key and answers a repeat as a replay', async () => {
    const post = (key: string, body: Record<string, string>) =>
      fetch(new URL(`open311/v2/requests/${requestId(DEFAULT_SEED, 7)}/updates.json`, sim.url), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'idempotency-key': key },
        body: new URLSearchParams({ api_key: DEFAULT_OPEN311_KEY, ...body }).toString(),
      });
    const first = await post('k-1', { kind: 'status', status: 'closed', status_notes: 'Đã xử lý' });
    expect(first.status).toBe(201);
    const again = await post('k-1', { kind: 'status', status: 'closed', status_notes: 'Đã xử lý' });
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual([expect.objectContaining({ update_id: ((await first.json()) as { update_id: string }[])[0]!.update_id })]);
    expect((await post('k-1', { kind: 'status', status: 'open' })).status).toBe(422);
    expect((await post('k-2', { kind: 'status', status: 'maybe' })).status).toBe(400);
    expect((await post('k-3', { kind: 'status', status: 'open', api_key: 'wrong' })).status).toBe(403);
    expect(sim.open311Updates()).toEqual([expect.objectContaining({ key: 'k-1', replays: 1 })]);
    const [now] = await json<Req[]>(`open311/v2/requests/${requestId(DEFAULT_SEED, 7)}.json`);
    expect(now!.status).toBe('closed');
  });
});

describe('CAP feed', () => {
  it('serves an Atom index with an ETag, and each CAP 1.2 document it links', async () => {
    const feed = await get('cap/v1/alerts.atom');
    expect(feed.headers.get('content-type')).toMatch(/atom\+xml/);
    const etag = feed.headers.get('etag')!;
    expect((await get('cap/v1/alerts.atom', { 'if-none-match': etag })).status).toBe(304);
    const href = /href="([^"]+)"/.exec(feed.text)![1]!;
    const doc = await get(`cap/v1/${href}`);
    expect(doc.status).toBe(200);
    expect(doc.text).toContain('<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">');
    expect(doc.text).toContain('<language>vi-VN</language>');
    expect((await get('cap/v1/alerts/nope.xml')).status).toBe(404);
  });
});
