// The key-encryption key (KEK): one random 256-bit secret per OS account, kept in the OS keychain through the
// vault. Data keys (audit chain, sealed box) are random per installation, stored in the cache wrapped by it.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CredentialVault, VaultUnavailableError } from './vault.js';

export const MASTER_KEY_ACCOUNT = 'data-key:v1';
export const MASTER_KEY_FILE = 'master-key.insecure';

export interface MasterKeySource {
  /** Where the key lives, for notices: "keychain" or the fallback file. */
  readonly where: string;
  load(): Promise<Buffer>;
}

function decode(text: string, where: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32) throw new Error(`the master key in ${where} is not 32 bytes of base64`);
  return key;
}

/** The key from the keychain, created on first use. */
export function keychainMasterKey(vault: CredentialVault = new CredentialVault()): MasterKeySource {
  let cached: Promise<Buffer> | undefined;
  return {
    where: 'keychain',
    load: () =>
      (cached ??= (async () => {
        const stored = await vault.get(MASTER_KEY_ACCOUNT);
        if (stored) return decode(stored, 'the keychain');
        const fresh = randomBytes(32);
        await vault.set(MASTER_KEY_ACCOUNT, fresh.toString('base64'));
        // Read back: another engine may have raced us to create it; the keychain's copy wins.
        return decode((await vault.get(MASTER_KEY_ACCOUNT)) ?? fresh.toString('base64'), 'the keychain');
      })().catch((error: unknown) => {
        cached = undefined;
        throw error;
      })),
  };
}

/** For machines without a Secret Service (headless test rigs), only when asked for: a 0600 file in the data folder. */
export function fileMasterKey(dataDir: string): MasterKeySource {
  const file = join(dataDir, MASTER_KEY_FILE);
  return {
    where: file,
    async load() {
      try {
        return decode(await readFile(file, 'utf8'), file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      await mkdir(dataDir, { recursive: true });
      const fresh = randomBytes(32);
      await writeFile(file, fresh.toString('base64'), { mode: 0o600, flag: 'wx' }).catch(() => undefined);
      return decode(await readFile(file, 'utf8'), file);
    },
  };
}

export { VaultUnavailableError };
