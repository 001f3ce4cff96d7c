// Runs against the real Secret Service: `npm run test:unit` starts a private D-Bus session with an unlocked
// gnome-keyring (tests/with-keyring.sh), as the README's system packages provide.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CredentialVault } from './vault.js';

describe('CredentialVault (real OS keychain)', () => {
  const vault = new CredentialVault(`vn.gov.daklak.ioc.console.test-${randomUUID()}`);

  it('stores, reads back and deletes a credential', async () => {
    expect(await vault.get('upstream:provincial-api')).toBeNull();
    await vault.set('upstream:provincial-api', 'token-Đắk-Lắk-123');
    expect(await vault.get('upstream:provincial-api')).toBe('token-Đắk-Lắk-123');
    expect(await vault.delete('upstream:provincial-api')).toBe(true);
    expect(await vault.get('upstream:provincial-api')).toBeNull();
  });
});
