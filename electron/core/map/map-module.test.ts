// The map area against the real simulator and camera gateway over HTTP, with a real SQLite file: feeds synced
// into the cache, rejected features listed with their reasons, deltas by revision, search, boundaries and the
// basemap. The field-report and camera layers, read from the workflow and the registry, are in own-sources.test.ts.
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAP_LAYERS } from '../../../shared/map/layers.js';
import { AreaIndex, type PolygonGeometry } from '../../../shared/map/geometry.js';
import { DEFAULT_GATEWAY_TOKEN, startCameraGateway, type CameraGateway } from '../../simulator/cameras/camera-gateway.js';
import { startSimulator, type Simulator } from '../../simulator/server.js';
import { fixtureCatalog } from '../../simulator/test-fixtures.js';
import type { Engine } from '../engine-api.js';
import { startEngine } from '../engine.js';
import { CallFailed, connectInProcess } from '../in-process-client.js';

const GEO_DIR = process.env.IOC_GEO_DIR || join(import.meta.dirname, '../../../../shared/data/geo');
let clock = new Date('2026-12-03T10:30:00+07:00').getTime();
const now = () => new Date(clock);
let simulator: Simulator;
let gateway: CameraGateway;
let engine: Engine;
let client: ReturnType<typeof connectInProcess>;
let dataDir: string;

async function allLayersSynced() {
  for (let i = 0; i < 400; i++) {
    const { layers } = await client.call('map.layers', {});
    // The workflow lands its feed and the camera registry arrives on their own schedule: wait for every layer's points.
    if (layers.every((l) => l.provenance.syncedAt !== null && l.count > 0)) return layers;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the map layers were not synced in time');
}

beforeAll(async () => {
  const catalog = fixtureCatalog();
  simulator = await startSimulator({ catalog, now, token: 'map-t0ken', ...(existsSync(GEO_DIR) ? { geoDir: GEO_DIR } : {}) });
  gateway = await startCameraGateway({ port: 0, ...(existsSync(GEO_DIR) ? { geoDir: GEO_DIR } : {}) });
  dataDir = await mkdtemp(join(tmpdir(), 'ioc-map-'));
  engine = await startEngine({
    dataDir, upstreamUrl: simulator.url, upstreamToken: 'map-t0ken', now, catalog, syncIntervalMs: 1500,
    cameras: { gatewayUrl: gateway.url, token: DEFAULT_GATEWAY_TOKEN },
  });
  client = connectInProcess(engine, { as: 'ioc-supervisor' });
  await allLayersSynced();
}, 90_000);

afterAll(async () => {
  client?.close();
  await engine?.close();
  await simulator?.close();
  await gateway?.close();
});

describe('map area', () => {
  it('has every layer with drawable points, fresh provenance and the rejected ones counted', async () => {
    const { layers } = await client.call('map.layers', {});
    expect(layers.map((l) => l.key)).toEqual(MAP_LAYERS.map((l) => l.key));
    for (const layer of layers) {
      expect(layer.count, layer.key).toBeGreaterThan(5);
      expect(layer.provenance.freshness, layer.key).toBe('fresh');
      expect(layer.provenance.agency).toBe(MAP_LAYERS.find((l) => l.key === layer.key)!.agency);
    }
    expect(layers.every((l) => l.access === 'all'), 'an IOC supervisor sees every layer whole').toBe(true);
    expect(layers.find((l) => l.key === 'field-reports')!.provenance.source).toBe('Hệ thống phản ánh hiện trường của Trung tâm');
    expect(layers.find((l) => l.key === 'cameras')!.provenance.source).toMatch(/camera/);
    expect(layers.find((l) => l.key === 'schools')!.provenance.source).toMatch(/LGSP/);
  });

  it('serves features inside the province, classed and flagged, and lists the rejected with their reasons', async () => {
    const { province } = await client.call('map.boundaries', {});
    const inside = new AreaIndex(province!.features.map((f, i) => ({ key: String(i), geometry: f.geometry as PolygonGeometry })));
    const incidents = await client.call('map.features', { layer: 'traffic-incidents' });
    expect(incidents.full).toBe(true);
    expect(incidents.features.every((f) => inside.contains([f.lon, f.lat]))).toBe(true);
    expect(incidents.features.every((f) => f.cls !== null)).toBe(true);
    const stations = await client.call('map.features', { layer: 'environment-stations' });
    expect(stations.features.every((f) => f.cls !== null && typeof f.props.aqi === 'number')).toBe(true);
    const reports = await client.call('map.features', { layer: 'field-reports' });
    expect(reports.features.every((f) => inside.contains([f.lon, f.lat]))).toBe(true);
  });

  it('gives a client only what changed since its revision', async () => {
    const before = await client.call('map.features', { layer: 'traffic-incidents' });
    const changed = client.waitFor('map.changed', (e) => e.layers.includes('traffic-incidents'), 20_000);
    clock += 6 * 3_600_000;
    await changed;
    const delta = await client.call('map.features', { layer: 'traffic-incidents', sinceRevision: before.revision });
    expect(delta.full).toBe(false);
    expect(delta.revision).toBeGreaterThan(before.revision);
    expect(delta.features.length + delta.removed.length).toBeGreaterThan(0);
    const known = new Set(before.features.map((f) => f.id));
    expect(delta.removed.every((id) => known.has(id))).toBe(true);
    // A revision the engine cannot answer with a delta gets the whole layer.
    expect((await client.call('map.features', { layer: 'traffic-incidents', sinceRevision: delta.revision + 100 })).full).toBe(true);
  });

  it('finds communes and places by name, whatever the diacritics and case', async () => {
    const { results } = await client.call('map.search', { query: 'buon ma thuot' });
    expect(results[0]).toMatchObject({ kind: 'commune', name: 'Phường Buôn Ma Thuột' });
    const upper = await client.call('map.search', { query: 'TRẠM Y TẾ' });
    expect(upper.results.length).toBeGreaterThan(5);
    expect(upper.results.every((r) => r.kind === 'place' && r.layer === 'health-facilities')).toBe(true);
    const dak = await client.call('map.search', { query: 'dak', limit: 50 });
    expect(dak.results.some((r) => r.name.includes('Đắk') || r.name.includes('Đăk'))).toBe(true);
  });

  it('serves the boundaries with nothing rejected', async () => {
    const b = await client.call('map.boundaries', {});
    expect(b.communes!.features).toHaveLength(102);
    expect(b.province!.features.length).toBeGreaterThan(0);
    expect(b.rejected).toEqual([]);
  });

  it('answers bad requests with typed errors', async () => {
    await expect(client.call('map.features', { layer: 'parking' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(client.call('map.search', { query: '' })).rejects.toBeInstanceOf(CallFailed);
    await expect(client.call('map.features', { layer: 'cameras', sinceRevision: -1 })).rejects.toMatchObject({ code: 'invalid-params' });
  });
});

describe('basemap', () => {
  it('has none by default and refuses what is not on the local network or not an archive', async () => {
    expect((await client.call('map.basemap', {})).basemap).toEqual({ kind: 'none' });
    await expect(client.call('map.setBasemap', { basemap: { kind: 'style', url: 'https://8.8.8.8/style.json' } })).rejects.toMatchObject({ code: 'invalid-params' });
    await expect(client.call('map.setBasemap', { basemap: { kind: 'pmtiles', path: 'relative.pmtiles' } })).rejects.toMatchObject({ code: 'invalid-params' });
    const notArchive = join(dataDir, 'not.pmtiles');
    await writeFile(notArchive, Buffer.alloc(200, 1));
    await expect(client.call('map.setBasemap', { basemap: { kind: 'pmtiles', path: notArchive } })).rejects.toMatchObject({ message: /not a PMTiles archive/ });
    await expect(client.call('map.basemapBytes', { offset: 0, length: 10 })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('reads byte ranges of a PMTiles archive for the renderer', async () => {
    const archive = join(dataDir, 'base.pmtiles');
    const bytes = Buffer.alloc(300);
    bytes.write('PMTiles', 0, 'latin1');
    bytes[7] = 3;
    bytes.write('tile', 200, 'latin1');
    await writeFile(archive, bytes);
    const changed = client.waitFor('map.basemapChanged', () => true);
    await client.call('map.setBasemap', { basemap: { kind: 'pmtiles', path: archive } });
    expect((await changed).basemap).toEqual({ kind: 'pmtiles', path: archive });
    const range = await client.call('map.basemapBytes', { offset: 200, length: 4 });
    expect(Buffer.from(range.base64, 'base64').toString('latin1')).toBe('tile');
    expect(range.size).toBe(300);
    const tail = await client.call('map.basemapBytes', { offset: 298, length: 100 });
    expect(Buffer.from(tail.base64, 'base64')).toHaveLength(2);
  });

  it('fetches style resources from a local server through the engine', async () => {
    await client.call('map.setBasemap', { basemap: { kind: 'style', url: `${simulator.url}api/v1/health` } });
    const answer = await client.call('map.basemapFetch', { url: `${simulator.url}api/v1/health` });
    expect(answer.contentType).toMatch(/json/);
    expect(JSON.parse(Buffer.from(answer.base64, 'base64').toString('utf8'))).toMatchObject({ status: 'ok' });
    await expect(client.call('map.basemapFetch', { url: 'https://8.8.8.8/tiles/1/1/1.pbf' })).rejects.toMatchObject({ code: 'invalid-params' });
    await client.call('map.setBasemap', { basemap: { kind: 'none' } });
  });
});
