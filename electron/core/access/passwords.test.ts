import { describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, parseHash, verifyPassword } from './passwords.js';

const cheap = { log2N: 12, r: 8, p: 1 };

describe('passwords (scrypt)', () => {
  it('hashes with a salt, verifies, and refuses a wrong password', async () => {
    const a = await hashPassword('mật khẩu dài 2025', cheap);
    const b = await hashPassword('mật khẩu dài 2025', cheap);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$12\$8\$1\$/);
    expect(await verifyPassword(a, 'mật khẩu dài 2025')).toBe(true);
    expect(await verifyPassword(a, 'mật khẩu dài 2024')).toBe(false);
  });

  it('treats NFC and NFD forms of Vietnamese as the same password', async () => {
    const hash = await hashPassword('Đắk Lắk'.normalize('NFD'), cheap);
    expect(await verifyPassword(hash, 'Đắk Lắk'.normalize('NFC'))).toBe(true);
  });

  it('never matches a missing or malformed hash, and refuses absurd parameters', async () => {
    expect(await verifyPassword(null, 'x', cheap)).toBe(false);
    expect(await verifyPassword('plain-text', 'plain-text', cheap)).toBe(false);
    expect(parseHash('scrypt$40$8$1$AAAA$AAAA')).toBeNull();
  });

  it('asks for a rehash when the cost policy rises', async () => {
    const hash = await hashPassword('x', cheap);
    expect(needsRehash(hash, cheap)).toBe(false);
    expect(needsRehash(hash, { log2N: 17, r: 8, p: 1 })).toBe(true);
  });
});
