// Bench section "engine": the first full sync from the simulator into a fresh cache, the cache size, and the
// latency of the reads the UI makes.
import { mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { defaultCatalog } from '../../shared/catalog/index.js';
import { allKpis } from '../../shared/catalog/load.js';
import { startEngine } from '../../electron/core/engine.js';
import { CACHE_FILE } from '../../electron/core/store/open-cache.js';
import { startSimulator } from '../../electron/simulator/server.js';
import type { ServerMessage } from '../../shared/contract/envelope.js';
import { percentile, type BenchSection } from './section.js';

const geoDir = process.env.IOC_GEO_DIR ?? resolve(import.meta.dirname, '../../../../shared/data/geo');

async function run() {
  const simulator = await startSimulator({ catalog: defaultCatalog, port: 0, geoDir: existsSync(geoDir) ? geoDir : undefined, token: 'bench' });
  const dataDir = await mkdtemp(join(tmpdir(), 'ioc-bench-'));
  const started = performance.now();
  let resolveSynced: () => void;
  const synced = new Promise<void>((r) => (resolveSynced = r));
  const engine = await startEngine({ dataDir, upstreamUrl: simulator.url, upstreamToken: 'bench', syncIntervalMs: 3_600_000 });
  let nextId = 1;
  const pending = new Map<number, (m: ServerMessage) => void>();
  let stats: { received: number; stored: number; rejected: number } | undefined;
  // Benchmarks read as an operator (in-process, no password).
  engine.access.signInTrusted('bench', { roles: ['ioc-operator'] });
  const connection = engine.connect((message) => {
    if (message.type === 'event' && message.event === 'sync.status') {
      const source = (message.payload as { sources: { state: string; received: number; stored: number; rejected: number }[] }).sources[0]!;
      if (source.state === 'ok' || source.state === 'error') {
        stats = source;
        resolveSynced();
      }
    } else if (message.type !== 'event' && typeof message.id === 'number') pending.get(message.id)?.(message);
  }, { binding: 'bench' });
  const call = (method: string, params: unknown) =>
    new Promise<ServerMessage>((r) => {
      const id = nextId++;
      pending.set(id, r);
      connection.receive({ type: 'call', id, method, params });
    });

  await synced;
  const syncMs = performance.now() - started;
  const size = (await stat(join(dataDir, CACHE_FILE))).size + ((await stat(join(dataDir, `${CACHE_FILE}-wal`)).catch(() => ({ size: 0 }))).size);
  console.log(`first full sync: ${(syncMs / 1000).toFixed(1)} s, received ${stats!.received}, stored ${stats!.stored}, rejected ${stats!.rejected}`);
  console.log(`  throughput: ${Math.round(stats!.stored / (syncMs / 1000))} observations/s; cache ${(size / 1048576).toFixed(1)} MiB`);

  const kpis = allKpis(defaultCatalog);
  const headlines = defaultCatalog.domains.map((d) => d.kpis.find((k) => k.headline)!.id);
  const cases: [string, (i: number) => [string, unknown]][] = [
    ['kpi.series (default window)', (i) => ['kpi.series', { kpiId: kpis[i % kpis.length]!.id }]],
    ['kpi.latest (all headlines)', () => ['kpi.latest', { kpiIds: headlines }]],
  ];
  for (const [label, make] of cases) {
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const [method, params] = make(i);
      const t = performance.now();
      const reply = await call(method, params);
      times.push(performance.now() - t);
      if (reply.type !== 'result') throw new Error(`${method} failed: ${JSON.stringify(reply)}`);
    }
    times.sort((a, b) => a - b);
    console.log(`${label}: p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms`);
  }
  const breakdownKpis = kpis.filter((k) => k.breakdowns.includes('commune'));
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t = performance.now();
    await call('kpi.breakdown', { kpiId: breakdownKpis[i % breakdownKpis.length]!.id, dim: 'commune' });
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(`kpi.breakdown (102 communes): p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms`);
  console.log(`engine process RSS after sync: ${(process.memoryUsage().rss / 1048576).toFixed(0)} MiB`);
  connection.close();
  await engine.close();
  await simulator.close();
}

export const engineSection: BenchSection = {
  name: 'engine',
  about: 'first full sync into a fresh cache, cache size, latency of the UI\'s reads',
  run,
};
