// The wall module inside a real engine with a real SQLite cache: configuration from wall.json (and refusal of a
// bad one), operator control and its events, automatic revert, resuming after a restart, alarms and acks.
// The upstream is unreachable on purpose: the wall works from the cache alone.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../../shared/catalog/index.js';
import type { WallConfigInput } from '../../../shared/wall/schema.js';
import type { Engine } from '../engine-api.js';
import { startEngine } from '../engine.js';
import { CallFailed, connectInProcess } from '../in-process-client.js';
import { openCache } from '../store/open-cache.js';
import { upsertObservations } from '../store/observations.js';
import { storeAlert } from '../sync/cap/cap-store.js';
import { PROVINCIAL_SOURCE } from '../sync/sources.js';
import { testCapAlert } from './alarms/test-alert.js';
import { WALL_CONFIG_FILE } from './config-source.js';
import { testConfig } from './test-config.js';

let clock = Date.parse('2026-03-02T09:00:00+07:00');
let dataDir: string;
let engine: Engine | undefined;
let client: ReturnType<typeof connectInProcess>;

const withRule: WallConfigInput = {
  ...testConfig,
  alarms: { rules: [{ id: 'giuong', kpiId: 'health.bed-occupancy', op: '>=', value: 90, label: { vi: 'Diễn tập quá tải', en: 'Overload drill' } }] },
};

async function boot() {
  engine = await startEngine({
    dataDir,
    upstreamUrl: 'http://127.0.0.1:9/',
    upstreamToken: 'x',
    catalog: defaultCatalog,
    now: () => new Date(clock),
    syncIntervalMs: 3_600_000,
  });
  client = connectInProcess(engine, { as: { roles: ['ioc-supervisor'], displayName: 'Lê Văn Cường' } });
}

async function writeConfig(config: unknown) {
  await writeFile(join(dataDir, WALL_CONFIG_FILE), typeof config === 'string' ? config : JSON.stringify(config));
}

beforeEach(async () => {
  clock = Date.parse('2026-03-02T09:00:00+07:00');
  dataDir = await mkdtemp(join(tmpdir(), 'ioc-wall-'));
  // A cached figure for the alarm rule: bed occupancy 93 %.
  const cache = await openCache(dataDir);
  await upsertObservations(
    cache.db,
    { sourceId: PROVINCIAL_SOURCE.id, kpiId: 'health.bed-occupancy', dim: 'total' },
    [{ member: '', period_start: '2026-03-01T00:00:00+07:00', value: 93, updated_at: '2026-03-02T06:00:00+07:00', version: 1 }],
    '2026-03-02T06:01:00+07:00',
  );
  await cache.db.close();
  await writeConfig(withRule);
  await boot();
});

afterEach(async () => {
  client?.close();
  await engine?.close();
  engine = undefined;
});

describe('the wall in the engine', () => {
  it('loads wall.json, and every screen hears a command at once', async () => {
    const config = await client.call('wall.config.get', {});
    expect(config).toMatchObject({ source: 'file', rejected: null });
    expect((await client.call('wall.state.get', { wallId: 'w' })).sceneId).toBe('s1');
    const heard = client.waitFor('wall.state', (s) => s.wallId === 'w' && s.sceneId === 's2', 2000);
    const after = await client.call('wall.control', { wallId: 'w', command: { action: 'next' }, operator: 'Trần Thị Bình' });
    expect(after.sceneId).toBe('s2');
    expect((await heard).revision).toBe(after.revision);
  });

  it('reverts a pushed tile by itself when its time is up', async () => {
    const pushed = await client.call('wall.control', {
      wallId: 'w',
      command: { action: 'push', tileId: 'a', content: { kind: 'kpi', options: { kpiId: 'environment.aqi' } }, durationSec: 60 },
      operator: 'An',
    });
    expect(pushed.overrides).toHaveLength(1);
    expect(pushed.nextChangeAt).toBeNull();
    clock += 61_000;
    expect((await client.call('wall.state.get', { wallId: 'w' })).overrides).toEqual([]);
  });

  it('comes back where it was after the engine restarts', async () => {
    await client.call('wall.control', { wallId: 'w', command: { action: 'jump', sceneId: 's3' }, operator: 'An' });
    const held = await client.call('wall.control', { wallId: 'w', command: { action: 'hold' }, operator: 'An' });
    client.close();
    await engine!.close();
    clock += 3600_000;
    await boot();
    const resumed = await client.call('wall.state.get', { wallId: 'w' });
    expect(resumed).toMatchObject({ sceneId: 's3', hold: { by: 'Lê Văn Cường' } });
    expect(resumed.revision).toBeGreaterThanOrEqual(held.revision);
  });

  it('refuses a bad wall.json with its problems and keeps the last valid configuration', async () => {
    const bad = structuredClone(withRule);
    bad.playlists[0]!.entries[0]!.dwellSec = 0;
    bad.scenes[0]!.tiles[0]!.kind = 'weather';
    const refused = client.waitFor('wall.config', (s) => s.rejected !== null, 10_000);
    await writeConfig(bad);
    const state = await refused;
    expect(state.source).toBe('file');
    expect(state.config.playlists[0]!.entries[0]!.dwellSec).toBe(10);
    expect(state.rejected!.problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/^scene "s1" > tile "a": unknown tile kind "weather"/), expect.stringMatching(/dwellSec: a dwell time must be at least 1 second/)]),
    );
    expect((await client.call('system.hello', {})).notices.some((n) => n.code === 'wall-config-rejected')).toBe(true);
    expect((await client.call('wall.state.get', { wallId: 'w' })).sceneId).toBe('s1');

    // After a restart with the bad file still there, the last valid configuration is the one cached.
    client.close();
    await engine!.close();
    await boot();
    const restarted = await client.call('wall.config.get', {});
    expect(restarted.config.playlists[0]!.entries[0]!.dwellSec).toBe(10);
    expect(restarted.rejected?.problems.length).toBeGreaterThan(0);
  });

  it('raises an alarm from a room rule, and records who acknowledged it and when', async () => {
    const alarm = await waitForAlarm();
    expect(alarm).toMatchObject({ source: 'rule', key: 'rule:giuong', kpiId: 'health.bed-occupancy', value: 93, acknowledged: null, clearedAt: null });
    expect(alarm.title.vi).toBe('Công suất sử dụng giường bệnh: Diễn tập quá tải');
    const events = client.waitFor('wall.alarms', (e) => e.alarms.some((a) => a.id === alarm.id && a.acknowledged !== null), 2000);
    // The signed-in person is recorded, whatever name the workstation types.
    const acked = await client.call('wall.alarms.ack', { alarmId: alarm.id, operator: 'Ai khác' });
    expect(acked.acknowledged).toEqual({ by: 'Lê Văn Cường', at: '2026-03-02T09:00:00+07:00' });
    await events;
    // A second acknowledgement keeps the first.
    clock += 60_000;
    expect((await client.call('wall.alarms.ack', { alarmId: alarm.id, operator: 'Ai đó' })).acknowledged?.by).toBe('Lê Văn Cường');
    expect((await client.call('wall.alarms.list', { history: true })).alarms.map((a) => a.id)).toContain(alarm.id);
  });

  it('raises an alarm for a CAP warning in force of severity Extreme that the sync area stored', async () => {
    client.close();
    await engine!.close();
    const cache = await openCache(dataDir);
    const inForce = { sent: '2026-03-02T08:00:00+07:00', effective: '2026-03-02T08:00:00+07:00', expires: '2026-03-02T20:00:00+07:00' };
    await storeAlert(cache.db, 'cap', testCapAlert('lu-1', inForce), '2026-03-02T08:01:00+07:00');
    await storeAlert(cache.db, 'cap', testCapAlert('nhe-1', { ...inForce, severity: 'Minor' }), '2026-03-02T08:01:00+07:00');
    await cache.db.close();
    await boot();
    let cap: Awaited<ReturnType<typeof waitForAlarm>>[] = [];
    for (let i = 0; i < 100 && cap.length === 0; i += 1) {
      cap = (await client.call('wall.alarms.list', {})).alarms.filter((a) => a.source === 'cap');
      if (cap.length === 0) await new Promise((r) => setTimeout(r, 50));
    }
    expect(cap).toEqual([expect.objectContaining({ key: 'cap:kttv-taynguyen@nchmf.gov.vn|lu-1', severity: 'critical', title: { vi: 'Cảnh báo lũ quét tại xã Ea Kao', en: 'Flash flood warning in Ea Kao' } })]);
  });

  it('answers bad requests with typed errors', async () => {
    await expect(client.call('wall.state.get', { wallId: 'khong-co' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(client.call('wall.control', { wallId: 'w', command: { action: 'explode' } as never, operator: 'An' })).rejects.toMatchObject({ code: 'invalid-params' });
    await expect(client.call('wall.control', { wallId: 'w', command: { action: 'next' }, operator: ' ' })).rejects.toBeInstanceOf(CallFailed);
    await expect(
      client.call('wall.control', { wallId: 'w', command: { action: 'push', tileId: 'a', content: { kind: 'kpi', options: {} } }, operator: 'An' }),
    ).rejects.toMatchObject({ code: 'invalid-params', issues: [expect.stringMatching(/^options.kpiId/)] });
    await expect(client.call('wall.alarms.ack', { alarmId: 999, operator: 'An' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('lists the KPIs in breach and keeps the shell display report', async () => {
    const { breaches } = await client.call('wall.breaches', {});
    // 93 % crosses the catalog's warning (> 85), not its critical threshold (> 95); the same list as kpi.breaches.
    expect(breaches).toEqual([expect.objectContaining({ kpiId: 'health.bed-occupancy', severity: 'warning', value: 93, domain: 'health', since: '2026-03-01T00:00:00+07:00' })]);
    expect(breaches).toEqual((await client.call('kpi.breaches', {})).breaches);
    const report = { displays: [{ id: 1, label: 'DELL', bounds: { x: 0, y: 0, width: 1920, height: 1080 }, primary: true }], windows: [], problems: ['wall "w": no display'] };
    await client.call('wall.displays.report', report);
    expect(await client.call('wall.displays.get', {})).toMatchObject({ ...report, reportedAt: '2026-03-02T09:00:00+07:00' });
  });
});

async function waitForAlarm() {
  for (let i = 0; i < 100; i += 1) {
    const { alarms } = await client.call('wall.alarms.list', {});
    if (alarms[0]) return alarms[0];
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('no alarm was raised');
}
