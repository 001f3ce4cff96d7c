// The field-report layer pulled from the workflow's store (a real SQLite file with a two-commune geography):
// what a map point carries, a moved report moving to its new commune as a delta, a dismissed one leaving the
// map, and an agency's view holding its own reports only.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findMapLayer } from '../../../shared/map/layers.js';
import { UpstreamClient } from '../sync/upstream-client.js';
import { deliver, inbound, openKit, type Kit } from '../workflow/test-kit.js';
import { BoundaryCache } from './boundaries.js';
import { pullLayer } from './map-pull.js';
import { MapQueries } from './map-queries.js';
import { reportRecord } from './workflow-layer-source.js';

const layer = findMapLayer('field-reports')!;
let kit: Kit;
let pull: () => Promise<unknown>;
let queries: MapQueries;

beforeEach(async () => {
  kit = await openKit();
  const ctx = { db: kit.db, client: new UpstreamClient({ baseUrl: 'http://127.0.0.1:9/' }), boundaries: new BoundaryCache(kit.db), now: () => kit.clock.now };
  pull = () => pullLayer(ctx, layer);
  queries = new MapQueries(kit.db, () => kit.clock.now);
});
afterEach(async () => {
  await kit.db.close();
});

const row = (over: Record<string, unknown> = {}) => ({
  id: 7, lat: 12.65, lon: 108.05, commune_code: '24001', category: 'rac-thai', upstream_category: 'RT', state: 'in-progress' as const,
  agency_key: 'ubnd-24001', agency_name: 'UBND phường Tân An', due_at: '2026-12-05T17:00:00+07:00', reported_at: '2026-12-01T07:30:00+07:00',
  address: '12 Lê Duẩn', updated_at: '2026-12-02T09:00:00+07:00', ...over,
});

describe('a field report as a map point', () => {
  it('carries its class, agency, deadline and place, and nothing of the reporter', () => {
    const record = reportRecord(row());
    expect(record).toMatchObject({ id: '7', name: '#7 · Rác thải', commune: '24001', deleted: false, scope: 'ubnd-24001' });
    expect(record.properties).toEqual({
      category: 'Rác thải', status: 'processing', agency: 'UBND phường Tân An', receivedAt: '2026-12-01T07:30:00+07:00', deadline: '2026-12-05T17:00:00+07:00', address: '12 Lê Duẩn',
    });
    expect(Object.keys(record.properties).every((k) => layer.properties.some((p) => p.key === k))).toBe(true);
  });

  it('keeps only the deadline that runs, and leaves the map when dismissed', () => {
    expect(reportRecord(row({ state: 'resolved' }))).toMatchObject({ properties: { status: 'resolved', deadline: null }, deleted: false });
    expect(reportRecord(row({ state: 'returned' }))).toMatchObject({ properties: { status: 'received', deadline: null } });
    expect(reportRecord(row({ state: 'duplicate' })).deleted).toBe(true);
    expect(reportRecord(row({ lat: null, lon: null })).geometry).toBeNull();
  });
});

describe('the field-report layer from the workflow store', () => {
  it('follows a moved report to its new commune, as a change since the client’s revision', async () => {
    await deliver(kit, [inbound({ externalId: 'PA-1' }), inbound({ externalId: 'PA-2', lon: 108.06 }), inbound({ externalId: 'PA-3', lat: null, lon: null })]);
    await pull();
    const first = await queries.features({ layer: 'field-reports' });
    expect(first.features.map((f) => f.commune)).toEqual(['24001', '24001']);
    expect(first.rejected.map((r) => r.reason)).toEqual(['no-coordinates']);
    const moved = first.features[0]!;
    await kit.db.run(`UPDATE fr_reports SET lon = 108.15, updated_at = '2026-12-01T09:00:00+07:00' WHERE id = ?`, [Number(moved.id)]);
    await pull();
    const delta = await queries.features({ layer: 'field-reports', sinceRevision: first.revision });
    expect(delta.full).toBe(false);
    expect(delta.features.map((f) => [f.id, f.lon, f.commune])).toEqual([[moved.id, 108.15, '24002']]);
    // Pulled again with nothing changed: no new revision.
    await pull();
    expect((await queries.features({ layer: 'field-reports' })).revision).toBe(delta.revision);

    await kit.db.run(`UPDATE fr_reports SET state = 'duplicate', updated_at = '2026-12-01T10:00:00+07:00' WHERE id = ?`, [Number(moved.id)]);
    await pull();
    const gone = await queries.features({ layer: 'field-reports', sinceRevision: delta.revision });
    expect([gone.features, gone.removed]).toEqual([[], [moved.id]]);
  });

  it('shows an agency its own reports only, always whole', async () => {
    await deliver(kit, [inbound({ externalId: 'PA-1' }), inbound({ externalId: 'PA-2' }), inbound({ externalId: 'PA-3' })]);
    await kit.db.run(`UPDATE fr_reports SET agency_key = 'ubnd-24001', state = 'forwarded', updated_at = '2026-12-01T09:00:00+07:00' WHERE external_id = 'PA-2'`);
    await pull();
    const own = await queries.features({ layer: 'field-reports', sinceRevision: 0 }, () => ({ kind: 'scope', scope: 'ubnd-24001' }));
    expect(own.full).toBe(true);
    expect(own.features.map((f) => f.cls)).toEqual(['processing']);
    const [summary] = (await queries.layers(() => ({ kind: 'scope', scope: 'ubnd-24001' }))).filter((l) => l.key === 'field-reports');
    expect(summary).toMatchObject({ count: 1, access: 'scoped' });
    expect((await queries.features({ layer: 'field-reports' }, () => ({ kind: 'none' }))).features).toEqual([]);
  });
});
