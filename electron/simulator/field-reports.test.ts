import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommuneLocator } from '../../shared/model/geo-locate.js';
import { FIELD_REPORT_CATEGORIES } from '../../shared/catalog/field-report-categories.js';
import { loadGeography } from './geography.js';
import { startSimulator, type Simulator } from './server.js';
import { FIXED_NOW, fixtureCatalog } from './test-fixtures.js';
import type { FeedItem } from './field-report-feed.js';
import { FIELD_REPORT_DEFAULT_LIMIT, FIELD_REPORT_MAX_LIMIT } from './field-reports.js';

const GEO_DIR = process.env.IOC_GEO_DIR || join(import.meta.dirname, '../../../shared/data/geo');
const AUTH = { authorization: 'Bearer demo-token' };
let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({ catalog: fixtureCatalog(), port: 0, now: () => FIXED_NOW, geoDir: GEO_DIR });
});
afterAll(() => sim.close());

type Page = { items: FeedItem[]; next_page_token: string | null; as_of: string };
async function get(path: string, headers: Record<string, string> = AUTH) {
  const res = await fetch(new URL(path, sim.url), { headers });
  return { status: res.status, body: (await res.json()) as Page & { error: { code: string } } };
}

async function all(query: string): Promise<FeedItem[]> {
  const items: FeedItem[] = [];
  let token: string | null = null;
  do {
    const res = await get(`api/v1/field-reports?${query}&limit=200${token ? `&page_token=${token}` : ''}`);
    expect(res.status).toBe(200);
    items.push(...res.body.items);
    token = res.body.next_page_token;
  } while (token);
  return items;
}

describe('simulated field-report feed', () => {
  it('is described in the OpenAPI document', () => {
    const main = readFileSync(new URL('./openapi.yaml', import.meta.url), 'utf8');
    const feed = readFileSync(new URL('./openapi-field-reports.yaml', import.meta.url), 'utf8');
    expect(main).toContain("/field-reports:\n    $ref: './openapi-field-reports.yaml#/paths/~1field-reports'");
    for (const name of ['from', 'since', 'limit', 'page_token']) expect(feed).toContain(`- name: ${name}\n`);
    expect(feed).toContain(`maximum: ${FIELD_REPORT_MAX_LIMIT}, default: ${FIELD_REPORT_DEFAULT_LIMIT}`);
  });

  it('needs the bearer token and checks its parameters', async () => {
    expect((await get('api/v1/field-reports', {})).status).toBe(401);
    expect((await get('api/v1/field-reports?since=yesterday')).body.error.code).toBe('bad-request');
    expect((await get('api/v1/field-reports?limit=0')).status).toBe(400);
    expect((await get('api/v1/field-reports?page_token=forged')).status).toBe(400);
  });

  it('serves about fifty reports a day, paged, deterministic, placed inside their commune', async () => {
    const items = await all('from=2026-11-03T00:00:00%2B07:00');
    expect(items.length).toBeGreaterThan(30 * 30);
    expect(items.length).toBeLessThan(30 * 80);
    expect(await all('from=2026-11-03T00:00:00%2B07:00')).toEqual(items);
    const locator = CommuneLocator.fromFeatureCollection((await loadGeography(GEO_DIR)).communesGeoJson);
    const keys = new Set(FIELD_REPORT_CATEGORIES.map((c) => c.key));
    const good = items.filter((r) => r.id && keys.has(r.category_code) && r.commune_code && r.lat !== null);
    expect(good.length / items.length).toBeGreaterThan(0.9);
    for (const r of good) expect(locator.locate(r.lon!, r.lat!), r.id).toBe(r.commune_code);
    expect(new Set(items.map((r) => r.channel))).toEqual(new Set(['app', 'web-portal', 'hotline-1022', 'social-media']));
    // The faults real feeds have, each present.
    expect(items.some((r) => !keys.has(r.category_code))).toBe(true);
    expect(items.some((r) => r.lat === null)).toBe(true);
    expect(items.some((r) => r.lat !== null && locator.locate(r.lon!, r.lat!) === null)).toBe(true);
    expect(items.some((r) => r.id === '')).toBe(true);
    const ids = items.map((r) => r.id).filter(Boolean);
    expect(new Set(ids).size).toBeLessThan(ids.length);
  });

  it('gives exactly what changed after `since`', async () => {
    const since = '2026-12-02T12:00:00+07:00';
    const changed = await all(`from=2026-11-01T00:00:00%2B07:00&since=${encodeURIComponent(since)}`);
    expect(changed.length).toBeGreaterThan(10);
    for (const r of changed) expect(r.updated_at > since).toBe(true);
    expect(changed.some((r) => r.version === 2 && r.reported_at < since)).toBe(true);
  });
});
