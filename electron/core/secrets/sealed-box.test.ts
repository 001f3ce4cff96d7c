// The sealed box with its data key wrapped by a master key in the real OS keychain (tests/with-keyring.sh).
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../store/database.js';
import { migrate } from '../store/migrations.js';
import { DataKeys } from './data-keys.js';
import { fileMasterKey, keychainMasterKey, MASTER_KEY_ACCOUNT } from './master-key.js';
import { SealedBox, SealedBoxError } from './sealed-box.js';
import { CredentialVault } from './vault.js';

const vault = new CredentialVault(`vn.gov.daklak.ioc.console.test-${randomUUID()}`);
let dir: string;
let db: Database;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ioc-sealed-'));
  db = await Database.open(join(dir, 'cache.sqlite'));
  await migrate(db);
});
afterAll(async () => {
  await db.close();
  await vault.delete(MASTER_KEY_ACCOUNT);
  await rm(dir, { recursive: true, force: true });
});

describe('SealedBox', () => {
  it('seals and opens personal data; the cache holds neither the text nor the key', async () => {
    const box = SealedBox.fromDataKeys(new DataKeys(db, keychainMasterKey(vault)));
    const reporter = { name: 'Nguyễn Thị Bích', phone: '0912 345 678' };
    const sealed = await box.sealJson(reporter, 'field_reports:42:reporter');
    expect(sealed.toString('latin1')).not.toContain('Bích');
    expect(await box.openJson(sealed, 'field_reports:42:reporter')).toEqual(reporter);
    // Another engine on the same keychain opens it too; the key in the cache is wrapped.
    const again = SealedBox.fromDataKeys(new DataKeys(db, keychainMasterKey(vault)));
    expect(await again.openJson(sealed, 'field_reports:42:reporter')).toEqual(reporter);
    const row = await db.get<{ wrapped: Buffer }>("SELECT wrapped FROM data_keys WHERE name = 'sealed-box'");
    expect(row!.wrapped.length).toBe(12 + 16 + 32);
    expect(await vault.get(MASTER_KEY_ACCOUNT)).toMatch(/^[A-Za-z0-9+/]{43}=$/);
  });

  it('refuses a value moved to another row, altered, or of an unknown version', async () => {
    const box = SealedBox.fromDataKeys(new DataKeys(db, keychainMasterKey(vault)));
    const sealed = await box.seal('0912 345 678', 'field_reports:42:phone');
    await expect(box.open(sealed, 'field_reports:43:phone')).rejects.toBeInstanceOf(SealedBoxError);
    const altered = Buffer.from(sealed);
    altered[altered.length - 1]! ^= 1;
    await expect(box.open(altered, 'field_reports:42:phone')).rejects.toBeInstanceOf(SealedBoxError);
    await expect(box.open(Buffer.from([9, 1, 2]), 'x')).rejects.toThrow(/version/);
  });

  it('cannot open the data keys with another master key (a cache copied to another machine)', async () => {
    const stranger = new DataKeys(db, fileMasterKey(join(dir, 'elsewhere')));
    await expect(stranger.get('sealed-box')).rejects.toThrow(/cannot be opened/);
  });
});
