// Runs against the real Secret Service (tests/with-keyring.sh).
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CredentialVault } from '../../secrets/vault.js';
import { IDENTITY_KEY_ACCOUNT, KeychainIdentitySealer, SealError } from './keychain-sealer.js';

describe('KeychainIdentitySealer (AES-256-GCM, key in the OS keychain)', () => {
  const vault = new CredentialVault(`vn.gov.daklak.ioc.console.test-${randomUUID()}`);

  it('seals and opens, with the key created once in the keychain', async () => {
    const sealer = new KeychainIdentitySealer(vault);
    const identity = JSON.stringify({ name: 'Nguyễn Thị Hoa', phone: '0905123456' });
    const sealed = await sealer.seal(identity, 'report:1');
    expect(sealed.toString('utf8')).not.toContain('Hoa');
    expect(await sealer.open(sealed, 'report:1')).toBe(identity);
    const key = await vault.get(IDENTITY_KEY_ACCOUNT);
    expect(Buffer.from(key!, 'base64')).toHaveLength(32);
    // Another instance (a restart) finds the same key.
    expect(await new KeychainIdentitySealer(vault).open(sealed, 'report:1')).toBe(identity);
  });

  it('refuses a value moved to another report, tampered with, or of another format', async () => {
    const sealer = new KeychainIdentitySealer(vault);
    const sealed = await sealer.seal('{"name":"A"}', 'report:1');
    await expect(sealer.open(sealed, 'report:2')).rejects.toThrow(SealError);
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1]! ^= 1;
    await expect(sealer.open(tampered, 'report:1')).rejects.toThrow(SealError);
    await expect(sealer.open(Buffer.from('plain text, not sealed'), 'report:1')).rejects.toThrow(SealError);
    await vault.delete(IDENTITY_KEY_ACCOUNT);
  });
});
