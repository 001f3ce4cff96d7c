import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AreaIndex, pointOf, type PolygonGeometry } from '../../shared/map/geometry.js';
import { MAP_LAYERS } from '../../shared/map/layers.js';
import { createApi, type ApiContext } from './api.js';
import { NO_FAULTS } from './faults.js';
import { loadGeography, type Geography } from './geography.js';
import type { FeedRecord } from './place-types.js';
import { createSeriesEngine } from './series.js';
import { FIXED_NOW, fixtureCatalog } from './test-fixtures.js';

const GEO_DIR = process.env.IOC_GEO_DIR || join(import.meta.dirname, '../../../shared/data/geo');

interface Page {
  items: FeedRecord[];
  next_page_token: string | null;
  error?: { code: string; message: string };
}

function apiAt(geography: Geography, nowMs: () => number) {
  const catalog = fixtureCatalog();
  const ctx: ApiContext = {
    catalog, geography, seed: 7, token: 't', now: nowMs, faults: () => NO_FAULTS,
    engine: createSeriesEngine(catalog, geography.communes, 7),
  };
  const api = createApi(ctx);
  return (path: string, authorization: string | null = 'Bearer t') => {
    const res = api({ method: 'GET', url: new URL(path, 'http://sim.invalid'), authorization: authorization ?? undefined });
    return { status: res.status, body: JSON.parse(res.json) as Page };
  };
}

for (const source of ['files', 'generated'] as const) {
  describe(`map feeds (${source} geography)`, () => {
    let geography: Geography;
    let get: ReturnType<typeof apiAt>;
    let now = FIXED_NOW.getTime();

    beforeAll(async () => {
      geography = await loadGeography(source === 'files' && existsSync(GEO_DIR) ? GEO_DIR : undefined);
      get = apiAt(geography, () => now);
    });

    it('serves every declared layer, with points inside the commune they name', () => {
      const index = new AreaIndex(geography.communesGeoJson.features.map((f) => ({ key: String(f.properties.code), geometry: f.geometry as PolygonGeometry })));
      for (const layer of MAP_LAYERS) {
        const { status, body } = get(`/api/v1/map/layers/${layer.key}/features`);
        expect(status, layer.key).toBe(200);
        const live = body.items.filter((r) => !r.deleted && r.commune !== null);
        expect(live.length, layer.key).toBeGreaterThan(5);
        for (const record of live) {
          const p = pointOf(record.geometry);
          expect('position' in p, record.id).toBe(true);
          if ('position' in p) expect(index.locate(p.position), record.id).toBe(record.commune);
        }
      }
    });

    it('is deterministic and answers "since" with only what changed', () => {
      const first = get('/api/v1/map/layers/field-reports/features').body.items;
      expect(get('/api/v1/map/layers/field-reports/features').body.items).toEqual(first);
      const newest = first.map((r) => r.updated_at).sort().at(-1)!;
      now += 3 * 3_600_000;
      const later = get(`/api/v1/map/layers/field-reports/features?since=${encodeURIComponent(newest)}`).body.items;
      now -= 3 * 3_600_000;
      expect(later.length).toBeGreaterThan(0);
      expect(later.length).toBeLessThan(first.length / 4);
      expect(later.every((r) => r.updated_at > newest)).toBe(true);
    });

    it('pages with a token that freezes the query', () => {
      const all = get('/api/v1/map/layers/schools/features').body.items;
      const ids: string[] = [];
      let path: string | null = '/api/v1/map/layers/schools/features?limit=100';
      while (path) {
        const page: Page = get(path).body;
        ids.push(...page.items.map((r) => r.id));
        path = page.next_page_token ? `/api/v1/map/layers/schools/features?limit=100&page_token=${page.next_page_token}` : null;
      }
      expect(ids).toEqual(all.map((r) => r.id));
    });

    it('includes the defects real feeds have, and tombstones for what left the feed', () => {
      const reports = get('/api/v1/map/layers/field-reports/features').body.items;
      expect(reports.filter((r) => r.id.startsWith('PA-LOI-')).map((r) => r.id)).toEqual(['PA-LOI-001', 'PA-LOI-002', 'PA-LOI-003', 'PA-LOI-004']);
      expect(reports.some((r) => r.deleted)).toBe(true);
      const cameras = get('/api/v1/map/layers/cameras/features').body.items;
      expect(cameras.some((r) => r.id === 'CAM-LOI-001')).toBe(true);
      expect(new Set(cameras.map((r) => r.properties.state))).toEqual(new Set(['online', 'offline']));
    });
  });
}

describe('map feeds: errors', () => {
  let get: ReturnType<typeof apiAt>;
  beforeAll(async () => {
    get = apiAt(await loadGeography(), () => FIXED_NOW.getTime());
  });

  it('needs the bearer token', () => {
    expect(get('/api/v1/map/layers', null).status).toBe(401);
    expect(get('/api/v1/map/layers').status).toBe(200);
  });

  it('says what is wrong with a request', () => {
    expect(get('/api/v1/map/layers/parking/features')).toMatchObject({ status: 404, body: { error: { message: /unknown map layer "parking"/ } } });
    expect(get('/api/v1/map/layers/cameras/features?since=yesterday')).toMatchObject({ status: 400, body: { error: { message: /since must be/ } } });
    expect(get('/api/v1/map/layers/cameras/features?limit=0').status).toBe(400);
    expect(get('/api/v1/map/layers/cameras/features?page_token=abc').status).toBe(400);
  });
});

describe('openapi.yaml', () => {
  it('describes the map feeds as implemented', async () => {
    const { readFileSync } = await import('node:fs');
    const spec = readFileSync(new URL('./openapi.yaml', import.meta.url), 'utf8');
    expect(spec).toContain('\n  /map/layers:\n');
    expect(spec).toContain('\n  /map/layers/{layer}/features:\n');
    expect(spec).toContain(`enum: [${MAP_LAYERS.map((l) => l.key).join(', ')}]`);
    expect(spec).toContain('required: [layer, agency, items, next_page_token, as_of]');
  });
});
