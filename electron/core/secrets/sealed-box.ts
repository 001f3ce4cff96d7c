// A sealed box for personal data at rest (reporter identity, Art. 6.9): AES-256-GCM with the installation's
// "sealed-box" data key. The associated data binds a sealed value to its place (table, row, field), so a
// ciphertext moved to another row does not open.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { DataKeys } from './data-keys.js';

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class SealedBoxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SealedBoxError';
  }
}

/** Seals and opens UTF-8 text; the sealed form is a Buffer: version(1) | iv(12) | tag(16) | ciphertext. */
export class SealedBox {
  constructor(private readonly key: () => Promise<Buffer>) {}

  static fromDataKeys(keys: DataKeys): SealedBox {
    return new SealedBox(() => keys.get('sealed-box'));
  }

  async seal(plaintext: string, context: string): Promise<Buffer> {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', await this.key(), iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
  }

  async open(sealed: Buffer, context: string): Promise<string> {
    if (sealed.length < 1 + IV_BYTES + TAG_BYTES || sealed[0] !== VERSION) throw new SealedBoxError('not a sealed value of a known version');
    const decipher = createDecipheriv('aes-256-gcm', await this.key(), sealed.subarray(1, 1 + IV_BYTES));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES));
    try {
      return Buffer.concat([decipher.update(sealed.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      throw new SealedBoxError('the sealed value was altered, belongs elsewhere, or was sealed with another key');
    }
  }

  /** JSON values (a reporter's name, phone, address …). */
  async sealJson(value: unknown, context: string): Promise<Buffer> {
    return this.seal(JSON.stringify(value), context);
  }

  async openJson<T = unknown>(sealed: Buffer, context: string): Promise<T> {
    return JSON.parse(await this.open(sealed, context)) as T;
  }
}
