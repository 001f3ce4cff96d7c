// Test support (not a test): the real engine on a real SQLite file against the real simulator over HTTP, with
// the three default connectors on short timeouts, and a small field-report sink standing in for the workflow.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Catalog } from '../../../shared/catalog/schema.js';
import type { SourceStatus } from '../../../shared/contract/areas/sync-model.js';
import type { FieldReportSink } from '../../../shared/model/field-report-inbound.js';
import { startSimulator, type Simulator, type SimulatorOptions } from '../../simulator/server.js';
import { DEFAULT_OPEN311_KEY } from '../../simulator/open311.js';
import type { Engine } from '../engine-api.js';
import { startEngine } from '../engine.js';
import { connectInProcess } from '../in-process-client.js';
import type { Database } from '../store/database.js';
import { CREDENTIALS, defaultConnectors } from './connectors/defaults.js';
import type { ConnectorInput } from './connectors/declaration.js';

export const TEST_TOKEN = 'test-token';

/** The workflow's stand-in: keeps the newest version of each report in its own table, in the connector's transaction. */
export function testSink(): FieldReportSink<Database> & { accepted: number } {
  const sink = {
    accepted: 0,
    async accept(tx: Database, sourceId: string, reports: readonly unknown[]) {
      await tx.exec('CREATE TABLE IF NOT EXISTS test_reports (source_id TEXT, external_id TEXT, body TEXT, PRIMARY KEY (source_id, external_id))');
      for (const r of reports as { externalId: string }[]) {
        await tx.run('INSERT INTO test_reports VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET body = excluded.body', [sourceId, r.externalId, JSON.stringify(r)]);
      }
      sink.accepted += reports.length;
      return reports.length;
    },
  };
  return sink;
}

/** Defaults tuned for tests: no pull by itself after the first (hour-long interval, minute-long retries), timeouts that a loaded machine still meets. */
export function testConnectors(baseUrl: string, change: (c: ConnectorInput) => ConnectorInput = (c) => c): ConnectorInput[] {
  return defaultConnectors(baseUrl, 3_600_000).map((c) =>
    change({ ...c, schedule: { intervalMs: 3_600_000, firstRetryMs: 60_000, maxRetryMs: 60_000, timeoutMs: 15_000, jitter: 0 }, circuit: { failureThreshold: 3, openMs: 3_600_000 } }),
  );
}

export interface Harness {
  simulator: Simulator;
  engine: Engine;
  client: ReturnType<typeof connectInProcess>;
  dataDir: string;
  sink: ReturnType<typeof testSink>;
  source(id: string): Promise<SourceStatus>;
  /** Runs one pull of a source and resolves with its status once it ended. */
  pull(id: string): Promise<SourceStatus>;
  close(): Promise<void>;
}

export async function startHarness(o: {
  catalog: Catalog;
  now: () => Date;
  simulator?: Partial<SimulatorOptions>;
  connectors?: (c: ConnectorInput) => ConnectorInput;
  sink?: boolean;
  dataDir?: string;
  /** Replaces the credentials given at start (default: both, so that the keychain is not used). */
  credentials?: Record<string, string>;
  keychainService?: string;
  log?: (line: string) => void;
}): Promise<Harness> {
  const simulator = await startSimulator({ catalog: o.catalog, now: o.now, token: TEST_TOKEN, allowFaultControl: true, ...o.simulator });
  const dataDir = o.dataDir ?? (await mkdtemp(join(tmpdir(), 'ioc-sync-')));
  const sink = testSink();
  const engine = await startEngine({
    dataDir,
    upstreamUrl: simulator.url,
    catalog: o.catalog,
    now: o.now,
    connectors: testConnectors(simulator.url, o.connectors),
    credentials: o.credentials ?? { [CREDENTIALS.provincial]: TEST_TOKEN, [CREDENTIALS.open311]: DEFAULT_OPEN311_KEY },
    ...(o.keychainService ? { keychainService: o.keychainService } : {}),
    ...(o.log ? { log: o.log } : {}),
    fieldReportSink: o.sink === false ? null : sink,
  });
  const client = connectInProcess(engine, { as: 'administrator' });
  const find = (s: { sources: SourceStatus[] }, id: string) => s.sources.find((x) => x.id === id)!;
  const harness: Harness = {
    simulator,
    engine,
    client,
    dataDir,
    sink,
    source: async (id) => find(await client.call('sync.status', {}), id),
    async pull(id) {
      let sawSyncing = false;
      const ended = client.waitFor('sync.status', (s) => {
        const state = find(s, id).state;
        if (state === 'syncing') sawSyncing = true;
        return sawSyncing && state !== 'syncing';
      });
      const { started } = await client.call('sync.now', { sourceId: id });
      if (!started) throw new Error(`${id} did not start a pull`);
      return find(await ended, id);
    },
    async close() {
      client.close();
      await engine.close();
      await simulator.close();
    },
  };
  // The first pulls start by themselves; wait until every source has finished its first one.
  for (let i = 0; i < 1200; i++) {
    const { sources } = await client.call('sync.status', {});
    if (sources.every((x) => x.state !== 'syncing' && x.lastAttempt !== null)) return harness;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the first pulls did not end within a minute');
}
