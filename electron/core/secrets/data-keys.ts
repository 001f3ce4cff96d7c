// Per-installation data keys, each random, stored in the cache wrapped (AES-256-GCM) by the master key from the
// keychain: a copied cache file alone opens nothing. Rotating the master key only re-wraps these.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Database } from '../store/database.js';
import type { MasterKeySource } from './master-key.js';

export type DataKeyName = 'audit-chain' | 'sealed-box';

interface Row {
  wrapped: Buffer;
}

export function wrapKey(master: Buffer, key: Buffer, name: string): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', master, iv);
  cipher.setAAD(Buffer.from(`data-key:${name}`));
  const body = Buffer.concat([cipher.update(key), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

export function unwrapKey(master: Buffer, wrapped: Buffer, name: string): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', master, wrapped.subarray(0, 12));
  decipher.setAAD(Buffer.from(`data-key:${name}`));
  decipher.setAuthTag(wrapped.subarray(12, 28));
  return Buffer.concat([decipher.update(wrapped.subarray(28)), decipher.final()]);
}

export class DataKeys {
  private readonly cache = new Map<DataKeyName, Promise<Buffer>>();

  constructor(
    private readonly db: Database,
    private readonly master: MasterKeySource,
  ) {}

  get(name: DataKeyName): Promise<Buffer> {
    let key = this.cache.get(name);
    if (!key) {
      key = this.load(name);
      this.cache.set(name, key);
      key.catch(() => this.cache.delete(name));
    }
    return key;
  }

  private async load(name: DataKeyName): Promise<Buffer> {
    const master = await this.master.load();
    const existing = await this.db.get<Row>('SELECT wrapped FROM data_keys WHERE name = ?', [name]);
    if (existing) {
      try {
        return unwrapKey(master, existing.wrapped, name);
      } catch {
        throw new Error(`the data key "${name}" cannot be opened with the master key in ${this.master.where} (was the cache copied from another machine?)`);
      }
    }
    const fresh = randomBytes(32);
    await this.db.run('INSERT OR IGNORE INTO data_keys (name, wrapped, created_at) VALUES (?, ?, ?)', [name, wrapKey(master, fresh, name), new Date().toISOString()]);
    const stored = await this.db.get<Row>('SELECT wrapped FROM data_keys WHERE name = ?', [name]);
    return unwrapKey(master, stored!.wrapped, name);
  }
}
