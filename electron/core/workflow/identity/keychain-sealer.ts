// AES-256-GCM with a random 256-bit key kept in the OS keychain (created on first use). Layout of a sealed
// value: version (1 byte) · IV (12) · tag (16) · ciphertext. Replaceable by the access area's sealed box.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { CredentialVault } from '../../secrets/vault.js';
import type { IdentitySealer } from './identity-sealer.js';

export const IDENTITY_KEY_ACCOUNT = 'field-reports:identity-key';
const VERSION = 1;
const RETRY_MS = 60_000;

export class SealError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SealError';
  }
}

export class KeychainIdentitySealer implements IdentitySealer {
  readonly id = 'aes-256-gcm:keychain:v1';
  private key: Promise<Buffer> | undefined;

  constructor(private readonly vault: CredentialVault = new CredentialVault()) {}

  private failure: { at: number; error: Error } | undefined;

  private loadKey(): Promise<Buffer> {
    // A keychain that just failed is not asked again for a minute (a page of reports would ask it per report).
    if (this.failure && Date.now() - this.failure.at < RETRY_MS) return Promise.reject(this.failure.error);
    this.key ??= (async () => {
      const stored = await this.vault.get(IDENTITY_KEY_ACCOUNT);
      if (stored) {
        const key = Buffer.from(stored, 'base64');
        if (key.length !== 32) throw new SealError('the identity key in the keychain is not a 256-bit key');
        return key;
      }
      const key = randomBytes(32);
      await this.vault.set(IDENTITY_KEY_ACCOUNT, key.toString('base64'));
      return key;
    })();
    this.key.catch((error: Error) => {
      this.key = undefined;
      this.failure = { at: Date.now(), error };
    });
    return this.key;
  }

  async seal(plaintext: string, context: string): Promise<Buffer> {
    const key = await this.loadKey();
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
  }

  async open(sealed: Buffer, context: string): Promise<string> {
    if (sealed.length < 29 || sealed[0] !== VERSION) throw new SealError('not a sealed identity of this console');
    const key = await this.loadKey();
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(1, 13));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(sealed.subarray(13, 29));
    try {
      return Buffer.concat([decipher.update(sealed.subarray(29)), decipher.final()]).toString('utf8');
    } catch {
      throw new SealError('the sealed identity does not open: wrong key, wrong report or damaged value');
    }
  }
}
