// `npm run audit:verify -- --data-dir DIR [--keys-in-data-dir]`: verifies the audit chain of a console's data
// folder (also a copy, or a cache moved aside), with the master key from the OS keychain. Prints every finding
// with the entry it names; exit code 0 when intact, 1 when not, 2 when it cannot verify.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AuditLog } from '../core/access/audit-log.js';
import { DataKeys } from '../core/secrets/data-keys.js';
import { fileMasterKey, keychainMasterKey } from '../core/secrets/master-key.js';
import { CredentialVault } from '../core/secrets/vault.js';
import { Database } from '../core/store/database.js';
import { CACHE_FILE } from '../core/store/open-cache.js';
import { defaultDataDir } from './data-dir.js';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { 'data-dir': { type: 'string' }, file: { type: 'string' }, 'keys-in-data-dir': { type: 'boolean' }, 'keychain-service': { type: 'string' } },
  });
  const dataDir = resolve(values['data-dir'] ?? process.env.IOC_DATA_DIR ?? defaultDataDir(process.platform, process.env, homedir()));
  const file = values.file ? resolve(values.file) : join(dataDir, CACHE_FILE);
  const db = await Database.open(file);
  try {
    const table = await db.get("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'");
    const key = await db.get("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'data_keys'");
    if (!table || !key) {
      console.error(`${file} holds no audit log`);
      return 2;
    }
    const master = values['keys-in-data-dir'] ? fileMasterKey(dataDir) : keychainMasterKey(new CredentialVault(values['keychain-service']));
    const keys = new DataKeys(db, master);
    const log = new AuditLog(db, () => keys.get('audit-chain'), dataDir, () => new Date());
    const result = await log.verify();
    for (const finding of result.findings) console.log(`#${finding.seq} ${finding.kind}: ${finding.message}`);
    console.log(result.ok ? `audit log intact: ${result.checked} entries, head #${result.headSeq ?? 0}` : `audit log NOT intact: ${result.findings.length} finding(s) in ${result.checked} entries`);
    return result.ok ? 0 : 1;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`audit verification could not run: ${error.message}`);
    process.exit(2);
  },
);
