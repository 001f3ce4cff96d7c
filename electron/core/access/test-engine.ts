// For tests: a real engine (real SQLite file, the real OS keychain under a throw-away service name) with cheap
// password hashing, no reachable upstream unless given, and a clock the test can move.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEngine } from '../engine.js';
import type { AccessOptions, Engine, EngineOptions } from '../engine-api.js';
import { MASTER_KEY_ACCOUNT } from '../secrets/master-key.js';
import { CredentialVault } from '../secrets/vault.js';

export const TEST_PASSWORD_COST = { log2N: 12, r: 8, p: 1 };
import { DEMO_PASSWORD } from './demo-accounts.js';

export { DEMO_PASSWORD };

export interface TestEngine {
  engine: Engine;
  dataDir: string;
  clock: { now: Date; advance(ms: number): void };
  close(): Promise<void>;
}

export async function startTestEngine(options: Partial<EngineOptions> & { access?: AccessOptions } = {}): Promise<TestEngine> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'ioc-access-')));
  const keychainService = options.access?.keychainService ?? `vn.gov.daklak.ioc.console.test-${randomUUID()}`;
  const clock = {
    now: new Date('2026-03-02T09:00:00+07:00'),
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
  };
  const engine = await startEngine({
    upstreamUrl: 'http://127.0.0.1:9/',
    syncIntervalMs: 3_600_000,
    now: () => clock.now,
    ...options,
    dataDir,
    access: { passwordCost: TEST_PASSWORD_COST, demoAccounts: { password: DEMO_PASSWORD }, ...options.access, keychainService },
  });
  return {
    engine,
    dataDir,
    clock,
    async close() {
      await engine.close();
      if (!options.access?.keychainService) await new CredentialVault(keychainService).delete(MASTER_KEY_ACCOUNT).catch(() => false);
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
