// Camera grants down the police hierarchy (Art. 7.2) against the simulated camera gateway over real HTTP:
// expiry, revocation (also of what was passed on), no grant → no stream URL, every view audited, the relay.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_GATEWAY_TOKEN, startCameraGateway, type CameraGateway } from '../../simulator/cameras/camera-gateway.js';
import { startTestEngine, type TestEngine } from '../access/test-engine.js';
import { connectInProcess } from '../in-process-client.js';

let gateway: CameraGateway;
let t: TestEngine;
const police = (unitId: string) => connectInProcess(t.engine, { as: { roles: ['police-camera-unit'], username: `police.${unitId}`, unitId } });

beforeAll(async () => {
  gateway = await startCameraGateway({ port: 0 });
  t = await startTestEngine({ cameras: { gatewayUrl: gateway.url, token: DEFAULT_GATEWAY_TOKEN } });
  const probe = connectInProcess(t.engine, { as: 'ioc-operator' });
  for (let i = 0; i < 100 && (await probe.call('cameras.list', {})).cameras.length === 0; i += 1) await new Promise((r) => setTimeout(r, 50));
  probe.close();
});
afterAll(async () => {
  await t?.close();
  await gateway?.close();
});

async function firstCamera(ownerUnitId: string) {
  const root = police('ca-tinh');
  const { cameras } = await root.call('cameras.list', {});
  root.close();
  return cameras.find((c) => c.ownerUnitId === ownerUnitId && c.online)!;
}

describe('cameras', () => {
  it('knows the cameras with commune and position, and the police hierarchy', async () => {
    const root = police('ca-tinh');
    const { cameras } = await root.call('cameras.list', {});
    expect(cameras.length).toBeGreaterThan(20);
    expect(cameras.every((c) => c.viewable)).toBe(true);
    expect(cameras[0]).toMatchObject({ communeCode: expect.any(String), point: [expect.any(Number), expect.any(Number)] });
    const { units } = await root.call('cameras.units', {});
    expect(units.find((u) => u.id === 'pc08-d1')?.parentId).toBe('pc08');
    root.close();
  });

  it('a unit without a grant gets no stream URL, and the refusal is audited', async () => {
    const camera = await firstCamera('pc08-d1');
    const team = police('pc08-d1');
    expect((await team.call('cameras.list', {})).cameras.find((c) => c.id === camera.id)?.viewable).toBe(false);
    await expect(team.call('cameras.stream', { cameraId: camera.id, kind: 'mjpeg' })).rejects.toMatchObject({ code: 'forbidden' });
    const ioc = connectInProcess(t.engine, { as: 'ioc-operator' });
    await expect(ioc.call('cameras.stream', { cameraId: camera.id, kind: 'hls' })).rejects.toMatchObject({ code: 'forbidden' });
    const auditor = connectInProcess(t.engine, { as: 'ioc-supervisor' });
    const { entries } = await auditor.call('audit.list', { action: 'camera.view.refused' });
    expect(entries[0]).toMatchObject({ target: camera.id, actorName: 'test.ioc-operator' });
    team.close();
    ioc.close();
    auditor.close();
  });

  it('grants go down the hierarchy, within what the granter holds, and end with their parent', async () => {
    const camera = await firstCamera('pc08-d1');
    const root = police('ca-tinh');
    const pc08 = police('pc08');
    const team = police('pc08-d1');
    const until = (hours: number) => new Date(t.clock.now.getTime() + hours * 3_600_000).toISOString();
    // A department below the root cannot grant without holding a grant; the root can.
    await expect(pc08.call('cameras.grants.create', { granteeUnitId: 'pc08-d1', scope: { kind: 'unit', unitId: 'pc08' }, purpose: 'Điều tiết giao thông dịp lễ', validUntil: until(8) })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(root.call('cameras.grants.create', { granteeUnitId: 'pc08', scope: { kind: 'unit', unitId: 'pc08' }, purpose: 'ngắn', validUntil: until(8) })).rejects.toMatchObject({ code: 'invalid-params' });
    const parent = await root.call('cameras.grants.create', { granteeUnitId: 'pc08', scope: { kind: 'unit', unitId: 'pc08' }, purpose: 'Điều tiết giao thông dịp lễ 30/4', validUntil: until(8) });
    expect(parent.active).toBe(true);
    // Upwards or sideways is refused; longer than the parent is refused; down within it is fine.
    await expect(team.call('cameras.grants.create', { granteeUnitId: 'pc08', scope: { kind: 'unit', unitId: 'pc08' }, purpose: 'Điều tiết giao thông', validUntil: until(2), parentGrantId: parent.grantId })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(pc08.call('cameras.grants.create', { granteeUnitId: 'pc08-d1', scope: { kind: 'unit', unitId: 'pc08-d1' }, purpose: 'Điều tiết giao thông', validUntil: until(9), parentGrantId: parent.grantId })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(pc08.call('cameras.grants.create', { granteeUnitId: 'pc06', scope: { kind: 'unit', unitId: 'pc08-d1' }, purpose: 'Điều tiết giao thông', validUntil: until(2), parentGrantId: parent.grantId })).rejects.toMatchObject({ code: 'forbidden' });
    const child = await pc08.call('cameras.grants.create', { granteeUnitId: 'pc08-d1', scope: { kind: 'cameras', cameraIds: [camera.id] }, purpose: 'Điều tiết nút giao trung tâm', validUntil: until(4), parentGrantId: parent.grantId });

    const stream = await team.call('cameras.stream', { cameraId: camera.id, kind: 'hls' });
    expect(stream.url).toMatch(/^\/camera-streams\/[A-Za-z0-9_-]+\/index\.m3u8$/);
    expect(stream.grantId).toBe(child.grantId);
    expect(stream.watermark).toContain('police.pc08-d1');

    // Revoking the parent ends the child too.
    await expect(team.call('cameras.grants.revoke', { grantId: parent.grantId, reason: 'không được phép' })).rejects.toMatchObject({ code: 'forbidden' });
    await root.call('cameras.grants.revoke', { grantId: parent.grantId, reason: 'Kết thúc đợt lễ' });
    await expect(team.call('cameras.stream', { cameraId: camera.id, kind: 'hls' })).rejects.toMatchObject({ code: 'forbidden' });
    const { grants } = await pc08.call('cameras.grants.list', { includeInactive: true });
    expect(grants.find((g) => g.grantId === child.grantId)?.active).toBe(false);
    root.close();
    pc08.close();
    team.close();
  });

  it('a grant expires by itself; the IOC holds grants only from the provincial police', async () => {
    const camera = await firstCamera('pc08-d2');
    const root = police('ca-tinh');
    const pc08 = police('pc08');
    await expect(pc08.call('cameras.grants.create', { granteeUnitId: 'ioc', scope: { kind: 'cameras', cameraIds: [camera.id] }, purpose: 'Giám sát tại IOC', validUntil: new Date(t.clock.now.getTime() + 3_600_000).toISOString() })).rejects.toMatchObject({ code: 'forbidden' });
    await root.call('cameras.grants.create', { granteeUnitId: 'ioc', scope: { kind: 'cameras', cameraIds: [camera.id] }, purpose: 'Giám sát giao thông tại IOC', validUntil: new Date(t.clock.now.getTime() + 3_600_000).toISOString() });
    const wall = connectInProcess(t.engine, { as: 'wall-display' });
    const stream = await wall.call('cameras.stream', { cameraId: camera.id, kind: 'mjpeg' });
    t.clock.advance(2 * 3_600_000);
    const again = connectInProcess(t.engine, { as: 'wall-display' });
    await expect(again.call('cameras.stream', { cameraId: camera.id, kind: 'mjpeg' })).rejects.toMatchObject({ code: 'forbidden' });
    // The ticket issued before expiry no longer opens the stream either.
    const ticket = stream.url.split('/')[2]!;
    expect(await t.engine.streams.open(ticket, 'mjpeg', null, new AbortController().signal)).toBeNull();
    root.close();
    pc08.close();
    wall.close();
    again.close();
  });

  it('relays a stream for its ticket only, only the files of that stream, and logs every view', async () => {
    const camera = await firstCamera('pc08-d1');
    const root = police('ca-tinh');
    const hls = await root.call('cameras.stream', { cameraId: camera.id, kind: 'hls' });
    const ticket = hls.url.split('/')[2]!;
    const signal = new AbortController().signal;
    const playlist = await t.engine.streams.open(ticket, 'index.m3u8', null, signal);
    const text = await playlist!.text();
    expect(text).toMatch(/^#EXTM3U/);
    const segmentName = text.split('\n').find((l) => l.endsWith('.ts'))!;
    const segment = Buffer.from(await (await t.engine.streams.open(ticket, segmentName, null, signal))!.arrayBuffer());
    expect(segment.length % 188).toBe(0);
    expect(segment[0]).toBe(0x47);
    expect(await t.engine.streams.open(ticket, '../../api/units', null, signal)).toBeNull();
    expect(await t.engine.streams.open(ticket, 'mjpeg', null, signal)).toBeNull();
    expect(await t.engine.streams.open(ticket, 'index.m3u8', 'another-seat', signal)).toBeNull();
    const auditor = connectInProcess(t.engine, { as: 'ioc-supervisor' });
    const { entries } = await auditor.call('audit.list', { action: 'camera.view' });
    expect(entries.find((e) => e.action === 'camera.view' && e.target === camera.id)?.details).toMatchObject({ kind: 'hls', right: 'authority:ca-tinh' });
    root.close();
    auditor.close();
  });
});
