// The wall credential against a real engine (its device store in SQLite) and the real OS keychain (the tests
// run inside a Secret Service session: tests/with-keyring.sh), under a keychain service of the test's own.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEngine, type TestEngine } from '../core/access/test-engine.js';
import { connectInProcess } from '../core/in-process-client.js';
import { CredentialVault } from '../core/secrets/vault.js';
import { WALL_CREDENTIAL_ACCOUNT, enrolmentCodeOf, loadWallCredential } from './wall-credential.js';

let t: TestEngine;
const vault = new CredentialVault(`vn.gov.daklak.ioc.test-${randomUUID()}`);
const lines: string[] = [];
const log = (line: string) => lines.push(line);

beforeAll(async () => {
  t = await startTestEngine();
});
afterAll(async () => {
  await vault.delete(WALL_CREDENTIAL_ACCOUNT).catch(() => false);
  await t?.close();
});

async function enrolmentCode(): Promise<{ deviceId: string; code: string }> {
  const admin = connectInProcess(t.engine, { as: 'administrator' });
  const { device, enrolmentCode: code } = await admin.call('access.devices.enrol', { name: 'Màn hình tường phòng điều hành' });
  admin.close();
  return { deviceId: device.deviceId, code };
}

const load = (argv: string[]) => loadWallCredential({ argv, vault, redeem: (code, origin) => t.engine.access.redeemDeviceCode(code, origin), log });

describe('the wall windows’ device credential', () => {
  it('reads the enrolment code from the command line, whatever its case, and refuses anything else', () => {
    expect(enrolmentCodeOf(['--enrol-wall=abcd-efgh-jkmn'], log)).toBe('ABCD-EFGH-JKMN');
    expect(enrolmentCodeOf(['--enrol-wall', 'ABCD-EFGH-JKMN'], log)).toBe('ABCD-EFGH-JKMN');
    expect(enrolmentCodeOf(['--enrol-wall=ABCD-EFGH'], log)).toBeUndefined();
    expect(enrolmentCodeOf(['--enrol-wall=I0O1-EFGH-JKMN'], log)).toBeUndefined();
    expect(enrolmentCodeOf([], log)).toBeUndefined();
  });

  it('without a code or a kept credential the walls open unprovisioned', async () => {
    expect(await load([])).toBeUndefined();
  });

  it('redeems a code once, keeps the credential in the keychain, and the walls sign in under the wall role', async () => {
    const { code } = await enrolmentCode();
    const credential = await load([`--enrol-wall=${code}`]);
    expect(credential).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await vault.get(WALL_CREDENTIAL_ACCOUNT)).toBe(credential);
    // The next start needs no code.
    expect(await load([])).toBe(credential);
    const wall = connectInProcess(t.engine, { binding: credential!, wall: true });
    expect(await wall.call('auth.session', {})).toMatchObject({ state: 'signed-in', user: { kind: 'device', roles: ['wall-display'] } });
    wall.close();
    // A used code is refused and the kept credential stays.
    expect(await load([`--enrol-wall=${code}`])).toBe(credential);
    expect(lines.some((l) => l.includes('refused'))).toBe(true);
  });

  it('a revoked credential is not replaced by itself: its walls say they are not provisioned until a new code', async () => {
    const kept = await vault.get(WALL_CREDENTIAL_ACCOUNT);
    const admin = connectInProcess(t.engine, { as: 'administrator' });
    const { devices } = await admin.call('access.devices.list', {});
    for (const d of devices.filter((x) => x.enrolled && !x.revoked)) await admin.call('access.devices.revoke', { deviceId: d.deviceId });
    admin.close();
    expect(await load([])).toBe(kept);
    const wall = connectInProcess(t.engine, { binding: kept!, wall: true });
    expect(await wall.call('auth.session', {})).toMatchObject({ state: 'signed-out', device: { unprovisioned: true } });
    wall.close();
    const { code } = await enrolmentCode();
    const fresh = await load([`--enrol-wall=${code}`]);
    expect(fresh).not.toBe(kept);
    expect(await vault.get(WALL_CREDENTIAL_ACCOUNT)).toBe(fresh);
  });
});
