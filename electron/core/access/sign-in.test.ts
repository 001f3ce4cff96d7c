// Sign-in, lockout, idle lock, unlock, sign-out and device seats against a real engine (SQLite, keychain).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectInProcess } from '../in-process-client.js';
import { DEMO_PASSWORD, startTestEngine, type TestEngine } from './test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await startTestEngine({ access: { bootstrapAdmin: { username: 'boot.admin', password: 'a-long-bootstrap-pw' } } });
});
afterAll(() => t?.close());

const seat = (origin = 'ws 127.0.0.1') => connectInProcess(t.engine, { origin });

describe('local sign-in', () => {
  it('signs a seat in with the right password and tells every connection of the seat', async () => {
    const a = seat();
    const b = connectInProcess(t.engine, { binding: a.binding });
    expect((await a.call('auth.session', {})).state).toBe('signed-out');
    const heard = b.waitFor('auth.session', (s) => s.state === 'signed-in');
    const state = await a.call('auth.login', { username: 'vanhanh', password: DEMO_PASSWORD });
    expect(state).toMatchObject({ state: 'signed-in', user: { username: 'vanhanh', roles: ['ioc-operator'], unitId: 'ioc', kind: 'local' } });
    expect(state.permissions).toContain('kpi.series');
    expect(state.permissions).not.toContain('access.accounts.list');
    expect((await heard).user?.username).toBe('vanhanh');
    // The second connection of the same seat is signed in too (a reload, a second tab).
    expect((await b.call('geo.communes', {})).communes).toEqual([]);
    a.close();
    b.close();
  });

  it('refuses a wrong password without saying which part was wrong, and never stores it', async () => {
    const a = seat();
    await expect(a.call('auth.login', { username: 'vanhanh', password: 'wrong' })).rejects.toMatchObject({ code: 'unauthenticated', message: 'unauthenticated: wrong user name or password' });
    await expect(a.call('auth.login', { username: 'nobody.here', password: 'wrong' })).rejects.toMatchObject({ code: 'unauthenticated', message: 'unauthenticated: wrong user name or password' });
    const admin = connectInProcess(t.engine, { as: 'administrator' });
    const { entries } = await admin.call('audit.list', { action: 'auth.sign-in.failed' });
    expect(entries.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(entries)).not.toContain('"wrong"');
    a.close();
    admin.close();
  });

  it('locks the account after five failures, for a while, even for the right password', async () => {
    const a = seat('ws 10.0.0.5');
    for (let i = 0; i < 4; i += 1) await expect(a.call('auth.login', { username: 'lanhdao.tinh', password: `bad-${i}` })).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(a.call('auth.login', { username: 'lanhdao.tinh', password: 'bad-4' })).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(a.call('auth.login', { username: 'lanhdao.tinh', password: DEMO_PASSWORD })).rejects.toMatchObject({ code: 'rate-limited' });
    t.clock.advance(16 * 60_000);
    expect((await a.call('auth.login', { username: 'lanhdao.tinh', password: DEMO_PASSWORD })).state).toBe('signed-in');
    a.close();
  });

  it('limits sign-in attempts per origin', async () => {
    const a = seat('ws 10.9.9.9');
    let limited = false;
    for (let i = 0; i < 40 && !limited; i += 1) {
      limited = await a.call('auth.login', { username: `ghost${i}`, password: 'x' }).then(
        () => false,
        (e: { code: string }) => e.code === 'rate-limited',
      );
    }
    expect(limited).toBe(true);
    a.close();
  });

  it('locks after 15 idle minutes, refuses data while locked, unlocks with the password', async () => {
    const a = seat();
    await a.call('auth.login', { username: 'giamsat', password: DEMO_PASSWORD });
    t.clock.advance(10 * 60_000);
    await a.call('auth.touch', {});
    t.clock.advance(10 * 60_000);
    expect((await a.call('auth.session', {})).state).toBe('signed-in');
    t.clock.advance(6 * 60_000);
    await expect(a.call('sync.status', {})).rejects.toMatchObject({ code: 'unauthenticated' });
    expect((await a.call('auth.session', {})).state).toBe('locked');
    await expect(a.call('auth.unlock', { password: 'nope' })).rejects.toMatchObject({ code: 'unauthenticated' });
    expect((await a.call('auth.unlock', { password: DEMO_PASSWORD })).state).toBe('signed-in');
    expect((await a.call('sync.status', {})).sources.length).toBeGreaterThan(0);
    expect((await a.call('auth.logout', {})).state).toBe('signed-out');
    await expect(a.call('sync.status', {})).rejects.toMatchObject({ code: 'unauthenticated' });
    a.close();
  });

  it('ends the sessions of an account whose rights change', async () => {
    const admin = connectInProcess(t.engine, { as: 'administrator' });
    const created = await admin.call('access.accounts.create', { username: 'tam.thoi', displayName: 'Tạm thời', roles: ['ioc-operator'], password: 'temporary-password-1' });
    const a = seat();
    await a.call('auth.login', { username: 'tam.thoi', password: 'temporary-password-1' });
    await admin.call('access.accounts.update', { accountId: created.accountId, disabled: true });
    expect((await a.call('auth.session', {})).state).toBe('signed-out');
    await expect(a.call('auth.login', { username: 'tam.thoi', password: 'temporary-password-1' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(admin.call('access.accounts.create', { username: 'x.y', displayName: 'X', roles: ['agency-handler'] })).rejects.toMatchObject({ code: 'invalid-params' });
    a.close();
    admin.close();
  });

  it('created the bootstrap administrator, and keeps the last administrator', async () => {
    const a = seat();
    await a.call('auth.login', { username: 'boot.admin', password: 'a-long-bootstrap-pw' });
    const { accounts } = await a.call('access.accounts.list', {});
    expect(JSON.stringify(accounts)).not.toMatch(/scrypt\$/);
    for (const admin of accounts.filter((x) => x.roles.includes('administrator'))) {
      if (admin.username !== 'boot.admin') await a.call('access.accounts.update', { accountId: admin.accountId, roles: ['ioc-operator'] });
    }
    const me = accounts.find((x) => x.username === 'boot.admin')!;
    await expect(a.call('access.accounts.update', { accountId: me.accountId, disabled: true })).rejects.toMatchObject({ code: 'forbidden' });
    a.close();
  });
});

describe('wall devices', () => {
  it('a redeemed enrolment code is a device seat: read-only, never locking; revoking it ends it', async () => {
    const admin = connectInProcess(t.engine, { as: 'administrator' });
    const { device, enrolmentCode } = await admin.call('access.devices.enrol', { name: 'Màn hình tường 1' });
    const credential = await t.engine.access.redeemDeviceCode(enrolmentCode, 'test');
    expect(credential).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await t.engine.access.redeemDeviceCode(enrolmentCode, 'test')).toBeNull();
    const wall = connectInProcess(t.engine, { binding: credential!, wall: true });
    const state = await wall.call('auth.session', {});
    expect(state).toMatchObject({ state: 'signed-in', user: { kind: 'device', roles: ['wall-display'] }, idleLockSeconds: null, device: { unprovisioned: false } });
    t.clock.advance(3 * 3_600_000);
    expect((await wall.call('sync.status', {})).online).toBeDefined();
    await expect(wall.call('sync.now', {})).rejects.toMatchObject({ code: 'forbidden' });
    // Three hours on, the device seat is still signed in (the idle lock of people is tested above).
    expect(await wall.call('auth.session', {})).toMatchObject({ state: 'signed-in' });
    const again = connectInProcess(t.engine, { as: 'administrator' });
    await again.call('access.devices.revoke', { deviceId: device.deviceId });
    expect(await wall.call('auth.session', {})).toMatchObject({ state: 'signed-out', device: { unprovisioned: true } });
    wall.close();
    admin.close();
    again.close();
  });
});

describe('scoping and redaction', () => {
  it('an agency handler reaches only its agency in the catalog and the KPIs', async () => {
    const agency = connectInProcess(t.engine, { as: { roles: ['agency-handler'], agencyId: 'so-y-te' } });
    const catalog = await agency.call('catalog.get', {});
    const kpis = catalog.domains.flatMap((d) => d.kpis);
    expect(kpis.length).toBeGreaterThan(0);
    expect(new Set(kpis.map((k) => k.agency))).toEqual(new Set(['so-y-te']));
    const operator = connectInProcess(t.engine, { as: 'ioc-operator' });
    const all = (await operator.call('catalog.get', {})).domains.flatMap((d) => d.kpis);
    const foreign = all.find((k) => k.agency !== 'so-y-te')!;
    await expect(agency.call('kpi.series', { kpiId: foreign.id })).rejects.toMatchObject({ code: 'forbidden' });
    const latest = await agency.call('kpi.latest', { kpiIds: all.map((k) => k.id) });
    expect(latest.values.every((v) => kpis.some((k) => k.id === v.kpiId))).toBe(true);
    agency.close();
    operator.close();
  });

  it('tells anonymous callers the version and nothing about the machine', async () => {
    const anonymous = seat();
    const hello = await anonymous.call('system.hello', {});
    expect(hello.dataDir).toBe('');
    const operator = connectInProcess(t.engine, { as: 'ioc-operator' });
    expect((await operator.call('system.hello', {})).dataDir).toBe(t.dataDir);
    anonymous.close();
    operator.close();
  });
});
