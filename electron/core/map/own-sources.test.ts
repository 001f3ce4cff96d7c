// The field-report layer read from the workflow and the camera layer from the camera registry, through the
// engine's front door against the real simulator and camera gateway over HTTP, with a real SQLite file: the
// layer is what the workflow holds, a transition reaches it at once, an agency sees its own reports only, a
// police unit the cameras the camera area lists for it, and no reporter identity or description is on the map.
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findMapLayer } from '../../../shared/map/layers.js';
import { DEFAULT_GATEWAY_TOKEN, startCameraGateway, type CameraGateway } from '../../simulator/cameras/camera-gateway.js';
import { startSimulator, type Simulator } from '../../simulator/server.js';
import { fixtureCatalog } from '../../simulator/test-fixtures.js';
import type { Engine } from '../engine-api.js';
import { startEngine } from '../engine.js';
import { connectInProcess } from '../in-process-client.js';

const GEO_DIR = process.env.IOC_GEO_DIR || join(import.meta.dirname, '../../../../shared/data/geo');
const geo = existsSync(GEO_DIR) ? { geoDir: GEO_DIR } : {};
const now = () => new Date('2026-12-03T10:30:00+07:00');
let simulator: Simulator;
let gateway: CameraGateway;
let engine: Engine;
let ioc: ReturnType<typeof connectInProcess>;
type Client = typeof ioc;

const as = (roles: string[], extra: Record<string, string> = {}) => connectInProcess(engine, { as: { roles, username: `${roles[0]}.${Object.values(extra).join('.')}`, ...extra } as never });

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  let value: T | undefined;
  for (let i = 0; i < 300; i++) {
    value = await read();
    if (ok(value)) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not happen in time: ${JSON.stringify(value).slice(0, 300)}`);
}

async function listIds(client: Client): Promise<Set<string>> {
  const ids = new Set<string>();
  for (let offset = 0; ; offset += 200) {
    const page = await client.call('fieldReports.list', { limit: 200, offset });
    for (const item of page.items) ids.add(String(item.id));
    if (offset + 200 >= page.total) return ids;
  }
}

const layerOf = async (client: Client, key: string) => (await client.call('map.layers', {})).layers.find((l) => l.key === key)!;
const idsOnMap = (answer: { features: { id: string }[]; rejected: { id: string }[] }) => new Set([...answer.features, ...answer.rejected].map((f) => f.id));

beforeAll(async () => {
  simulator = await startSimulator({ catalog: fixtureCatalog(), now, token: 't0ken', ...geo });
  gateway = await startCameraGateway({ port: 0, ...geo });
  engine = await startEngine({
    dataDir: await mkdtemp(join(tmpdir(), 'ioc-map-own-')), upstreamUrl: simulator.url, upstreamToken: 't0ken', now, catalog: fixtureCatalog(),
    // Only the first pull and the live refreshes: what the test sees comes from the workflow's and registry's changes.
    syncIntervalMs: 3_600_000, cameras: { gatewayUrl: gateway.url, token: DEFAULT_GATEWAY_TOKEN, refreshMs: 3_600_000 },
  });
  ioc = connectInProcess(engine, { as: 'ioc-supervisor' });
  await ioc.waitFor('fieldReports.changed', (e) => e.count > 0, 60_000);
  // The feed lands in pages; the map follows each: wait until it holds all the workflow holds.
  await until(
    async () => ({ total: (await ioc.call('fieldReports.list', { limit: 1 })).total, layer: await layerOf(ioc, 'field-reports') }),
    ({ total, layer }) => layer.count + layer.rejected === total,
    'the workflow reaching the map',
  );
  await until(() => layerOf(ioc, 'cameras'), (l) => l.count > 0, 'the camera registry reaching the map');
}, 90_000);

afterAll(async () => {
  ioc?.close();
  await engine?.close();
  await simulator?.close();
  await gateway?.close();
});

describe('the field-report layer, from the workflow', () => {
  it('holds exactly the workflow reports, with those it cannot draw listed by reason', async () => {
    const layer = await ioc.call('map.features', { layer: 'field-reports' });
    expect(idsOnMap(layer)).toEqual(await listIds(ioc));
    expect(layer.provenance).toMatchObject({ agency: 'trung-tam-ioc', source: 'Hệ thống phản ánh hiện trường của Trung tâm', freshness: 'fresh' });
    expect(layer.provenance.asOf).not.toBeNull();
    // Reports the map cannot draw are named in its legend with the reason: those without a position are the
    // ones the workflow flagged "no location"; the others lie outside the province outline the map draws.
    expect(new Set(layer.rejected.map((r) => r.reason))).toEqual(new Set(['no-coordinates', 'outside-province']));
    for (const r of layer.rejected.filter((x) => x.reason === 'no-coordinates')) {
      expect((await ioc.call('fieldReports.get', { id: Number(r.id) })).flags, r.id).toContain('no-location');
    }
    expect(new Set(layer.features.map((f) => f.cls))).toEqual(new Set(['received']));
  });

  it('shows a transition at once, as a change since the revision the client holds', async () => {
    const before = await ioc.call('map.features', { layer: 'field-reports' });
    const target = before.features[0]!;
    const id = Number(target.id);
    const step = (params: Record<string, unknown>) => ioc.call('fieldReports.transition', { id, idempotencyKey: `map-${id}-${String(params.action)}`, ...params } as never);
    const triaged = await step({ action: 'triage', verdict: 'valid' });
    const agencyKey = triaged.report.suggestedAgency!;
    const changed = ioc.waitFor('map.changed', (e) => e.layers.includes('field-reports'), 20_000);
    await step({ action: 'forward', agencyKey });
    await changed;
    const delta = await until(
      () => ioc.call('map.features', { layer: 'field-reports', sinceRevision: before.revision }),
      (d) => d.features.some((f) => f.id === target.id && f.cls === 'processing'),
      'the forwarded report on the map',
    );
    expect(delta.full).toBe(false);
    expect(delta.features.map((f) => f.id)).toEqual([target.id]);
    const moved = delta.features[0]!;
    expect(moved.props.deadline).toEqual(expect.any(String));
    expect(moved.props.agency).not.toBe(agencyKey); // the agency's name, as the drawer shows it
    expect(moved.flagged).toBe(false);

    // The agency it went to sees it, and only its own; another agency sees none of them.
    const agency = as(['agency-handler'], { agencyId: agencyKey });
    const other = as(['agency-handler'], { agencyId: 'so-y-te' });
    const own = await agency.call('map.features', { layer: 'field-reports' });
    expect(own.full).toBe(true);
    expect(idsOnMap(own)).toEqual(await listIds(agency));
    expect(idsOnMap(own).has(target.id)).toBe(true);
    expect(await layerOf(agency, 'field-reports')).toMatchObject({ access: 'scoped', count: own.features.length });
    // A delta is never narrowed: it could not say what left the agency's scope without naming others' reports.
    expect((await agency.call('map.features', { layer: 'field-reports', sinceRevision: before.revision })).full).toBe(true);
    const none = await other.call('map.features', { layer: 'field-reports' });
    expect([none.features.length, none.rejected.length]).toEqual([0, 0]);
    const query = `#${id}`;
    expect((await ioc.call('map.search', { query, limit: 50 })).results.some((r) => r.layer === 'field-reports' && r.id === target.id)).toBe(true);
    expect((await other.call('map.search', { query, limit: 50 })).results.some((r) => r.layer === 'field-reports')).toBe(false);
    agency.close();
    other.close();
  });

  it('carries no reporter identity and none of the reporter’s words', async () => {
    const layer = await ioc.call('map.features', { layer: 'field-reports' });
    const declared = new Set(findMapLayer('field-reports')!.properties.map((p) => p.key));
    expect(layer.features.every((f) => Object.keys(f.props).every((k) => declared.has(k)))).toBe(true);
    const payload = JSON.stringify(layer);
    expect(payload).not.toMatch(/"phone"|"reporter"|"description"|\b0\d{9}\b/);
    const newest = (await ioc.call('fieldReports.list', { limit: 30 })).items;
    const details = await Promise.all(newest.map((i) => ioc.call('fieldReports.get', { id: i.id })));
    expect(details.some((d) => d.hasReporterIdentity)).toBe(true);
    for (const d of details) expect(payload.includes(d.description), `report #${d.id}`).toBe(false);
  });
});

describe('the camera layer, from the camera registry', () => {
  it('shows an IOC operator every camera, none of them watchable without a grant', async () => {
    const operator = as(['ioc-operator']);
    const { cameras } = await operator.call('cameras.list', {});
    const layer = await operator.call('map.features', { layer: 'cameras' });
    expect(idsOnMap(layer)).toEqual(new Set(cameras.map((c) => c.id)));
    expect(layer.features.every((f) => f.props.viewable === false)).toBe(true);
    expect(new Set(layer.features.map((f) => f.cls))).toEqual(new Set(['online', 'offline']));
    expect(layer.provenance).toMatchObject({ agency: 'cong-an-tinh', source: expect.stringMatching(/camera/) });
    expect((await layerOf(operator, 'cameras')).access).toBe('all');
    operator.close();
  });

  it('shows a police unit what the camera area lists for it, and a granted camera once granted', async () => {
    const root = as(['police-camera-unit'], { unitId: 'ca-tinh' });
    const team = as(['police-camera-unit'], { unitId: 'pc08-d1' });
    const listed = async () => new Set((await team.call('cameras.list', {})).cameras.map((c) => c.id));
    const before = await team.call('map.features', { layer: 'cameras' });
    expect(idsOnMap(before)).toEqual(await listed());
    const all = (await root.call('cameras.list', {})).cameras;
    const outside = all.find((c) => c.online && !idsOnMap(before).has(c.id))!;
    expect(outside).toBeDefined();
    expect((await layerOf(team, 'cameras')).access).toBe('scoped');
    // The police see no field reports: the workflow's map points are not theirs to read.
    expect((await layerOf(team, 'field-reports')).access).toBe('none');
    expect((await team.call('map.features', { layer: 'field-reports' })).features).toEqual([]);

    const redraw = team.waitFor('map.changed', (e) => e.layers.includes('cameras'), 10_000);
    await root.call('cameras.grants.create', { granteeUnitId: 'pc08-d1', scope: { kind: 'cameras', cameraIds: [outside.id] }, purpose: 'Theo dõi phân luồng giao thông dịp lễ', validUntil: '2026-12-31T00:00:00+07:00' });
    await redraw;
    const after = await team.call('map.features', { layer: 'cameras' });
    expect(idsOnMap(after)).toEqual(await listed());
    expect(after.features.find((f) => f.id === outside.id)?.props.viewable).toBe(true);
    expect(after.features.filter((f) => f.props.viewable).map((f) => f.id)).toEqual([outside.id]);
    root.close();
    team.close();
  });

  it('shows roles outside the camera area no camera at all', async () => {
    for (const roles of [['provincial-leader'], ['agency-leader'], ['administrator']]) {
      const client = as(roles, { agencyId: 'so-y-te' });
      const layer = await client.call('map.features', { layer: 'cameras' });
      expect([layer.features.length, layer.rejected.length], roles[0]).toEqual([0, 0]);
      expect((await layerOf(client, 'cameras')).access, roles[0]).toBe('none');
      client.close();
    }
  });
});
