// `npm run bench`, sync sections: ingest throughput through the real path (HTTP from the simulator in its own
// process → JSON → record checks → one transaction per page into the cache) on an initial load of a million
// records, with its time and peak memory; the SQLite shell's `.import` of the same rows into the same schema
// as the baseline; and the p95 of 30-day KPI queries over a year of hourly data for 102 communes.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defaultCatalog } from '../../shared/catalog/index.js';
import { findKpi } from '../../shared/catalog/load.js';
import { addPeriods, periodFloor, toVnIso } from '../../shared/model/periods.js';
import { startEngine } from '../../electron/core/engine.js';
import { connectInProcess } from '../../electron/core/in-process-client.js';
import { CACHE_FILE, openCache } from '../../electron/core/store/open-cache.js';
import type { PullRun } from '../../electron/core/sync/connector.js';
import { pullKpis, type Stream } from '../../electron/core/sync/kpi-pull.js';
import { UpstreamClient } from '../../electron/core/sync/upstream-client.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const GEO = process.env.IOC_GEO_DIR ?? resolve(ROOT, '../shared/data/geo');
const TOKEN = 'bench';
const PAGE = 10_000;

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** The simulator in its own process, as a real upstream would be: its work does not count as ours. */
async function startUpstream(): Promise<{ url: string; child: ChildProcess }> {
  const args = [join(ROOT, 'out/electron/simulator/cli.js'), '--port', '0', '--token', TOKEN, ...(existsSync(GEO) ? ['--geo', GEO] : [])];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((ok, fail) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /Upstream simulator: (\S+)/.exec(out);
      if (m) ok(m[1]!);
    });
    child.once('exit', (code) => fail(new Error(`simulator exited with ${code}`)));
  });
  return { url, child };
}

/** A year of hourly AQI for 102 communes, its province total, and 40 days of PM2.5: just over a million records. */
function millionStreams(now: Date): Stream[] {
  const kpi = (id: string) => findKpi(defaultCatalog, id)!.kpi;
  const back = (days: number) => toVnIso(addPeriods(periodFloor(now, 'hourly'), 'hourly', -24 * days));
  return [
    { kpi: kpi('environment.aqi'), dim: 'commune', from: back(365) },
    { kpi: kpi('environment.aqi'), dim: 'total', from: back(365) },
    { kpi: kpi('environment.pm25'), dim: 'commune', from: back(40) },
  ];
}

function sqliteShell(): string | null {
  try {
    execFileSync('sqlite3', ['-version'], { stdio: 'ignore' });
    return 'sqlite3';
  } catch {
    return null;
  }
}

export async function benchSync(): Promise<void> {
  console.log('\n== sync ==');
  const upstream = await startUpstream();
  const dir = await mkdtemp(join(tmpdir(), 'ioc-bench-sync-'));
  try {
    const { db } = await openCache(dir);
    const now = new Date();
    const run: PullRun = {
      db,
      client: new UpstreamClient({ baseUrl: new URL('api/v1/', upstream.url).toString(), token: TOKEN, maxResponseBytes: 64 * 1024 * 1024 }),
      sourceId: 'provincial-api',
      now: () => now,
      signal: new AbortController().signal,
      stats: { received: 0, stored: 0, rejected: 0 },
      notes: [],
      progress: () => undefined,
      log: () => undefined,
    };
    let peakRss = process.memoryUsage().rss;
    const baseRss = peakRss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
    const t0 = performance.now();
    await pullKpis(run, { catalog: defaultCatalog, pageSize: PAGE, streams: millionStreams(now) });
    const seconds = (performance.now() - t0) / 1000;
    clearInterval(sampler);
    const members = (await db.all<{ member: string }>("SELECT DISTINCT member FROM observations WHERE kpi_id = 'environment.aqi' AND dim = 'commune'")).map((r) => r.member);
    await db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    await db.close();
    const rate = run.stats.stored / seconds;
    console.log(`initial load: ${run.stats.stored.toLocaleString('en')} records in ${seconds.toFixed(1)} s (pages of ${PAGE.toLocaleString('en')})`);
    console.log(`  ingest through the real path: ${Math.round(rate).toLocaleString('en')} records/s`);
    console.log(`  peak RSS ${(peakRss / 1048576).toFixed(0)} MiB (${((peakRss - baseRss) / 1048576).toFixed(0)} MiB above the start); cache ${((await stat(join(dir, CACHE_FILE))).size / 1048576).toFixed(0)} MiB`);

    const shell = sqliteShell();
    if (!shell) console.log('  baseline skipped: the sqlite3 shell is not installed (bash build/install-system-deps.sh)');
    else {
      // The same rows, as CSV, into a fresh cache file with the same schema (all migrations), WAL, one transaction.
      const csv = join(dir, 'rows.csv');
      execFileSync(shell, [join(dir, CACHE_FILE), '-csv', `.output ${csv}`, 'SELECT * FROM observations']);
      const fresh = await mkdtemp(join(tmpdir(), 'ioc-bench-import-'));
      await (await openCache(fresh)).db.close();
      const t1 = performance.now();
      execFileSync(shell, [join(fresh, CACHE_FILE), 'PRAGMA journal_mode = WAL;', 'PRAGMA synchronous = NORMAL;', `.import --csv ${csv} observations`], { stdio: ['ignore', 'ignore', 'inherit'] });
      const importSeconds = (performance.now() - t1) / 1000;
      const imported = Number(execFileSync(shell, [join(fresh, CACHE_FILE), 'SELECT count(*) FROM observations']).toString().trim());
      const baseline = imported / importSeconds;
      console.log(`  baseline, sqlite3 shell .import of the same ${imported.toLocaleString('en')} rows: ${importSeconds.toFixed(1)} s, ${Math.round(baseline).toLocaleString('en')} rows/s`);
      console.log(`  ratio real path / .import: ${(rate / baseline).toFixed(2)}`);
      await rm(fresh, { recursive: true, force: true });
    }

    // 30-day queries over the year of hourly data for 102 communes, through the engine's contract.
    const engine = await startEngine({ dataDir: dir, upstreamUrl: upstream.url, upstreamToken: TOKEN, syncIntervalMs: 3_600_000, connectors: [] });
    const client = connectInProcess(engine, { as: 'administrator' });
    const to = toVnIso(periodFloor(now, 'hourly'));
    const from = toVnIso(addPeriods(periodFloor(now, 'hourly'), 'hourly', -24 * 30));
    const times: number[] = [];
    let points = 0;
    for (let i = 0; i < 300; i++) {
      const t = performance.now();
      const s = await client.call('kpi.series', { kpiId: 'environment.aqi', dim: 'commune', member: members[i % members.length]!, from, to });
      times.push(performance.now() - t);
      points = s.points.length;
    }
    times.sort((a, b) => a - b);
    console.log(`30-day kpi.series of one commune (${points} hourly points, over a year × ${members.length} communes): p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms`);
    client.close();
    await engine.close();
    // The same reads as plain SQL through the driver, to tell the query from the handler around it (provenance …).
    const { db: reader } = await openCache(dir);
    const timed = async (label: string, sql: string, params: (i: number) => (string | number)[]) => {
      const t: number[] = [];
      for (let i = 0; i < 300; i++) {
        const start = performance.now();
        await reader.all(sql, params(i));
        t.push(performance.now() - start);
      }
      t.sort((a, b) => a - b);
      console.log(`  ${label}: p50 ${percentile(t, 50).toFixed(2)} ms, p95 ${percentile(t, 95).toFixed(2)} ms`);
    };
    await timed('the series SELECT alone (one commune, 30 days)', 'SELECT period_start, value FROM observations WHERE kpi_id = ? AND dim = ? AND member = ? AND period_start >= ? AND period_start < ? ORDER BY period_start', (i) => ['environment.aqi', 'commune', members[i % members.length]!, from, to]);
    await timed('the provenance SELECT alone (newest publication of the KPI)', "SELECT max(updated_at) AS as_of, max(stored_at) AS stored_at FROM observations WHERE kpi_id = ? AND dim = 'total'", () => ['environment.aqi']);
    await timed('30-day hourly mean over all communes (roll-up of ~73,000 rows)', 'SELECT period_start, avg(value) FROM observations WHERE kpi_id = ? AND dim = ? AND period_start >= ? AND period_start < ? GROUP BY period_start', () => ['environment.aqi', 'commune', from, to]);
    await reader.close();
  } finally {
    upstream.child.kill('SIGTERM');
    await rm(dir, { recursive: true, force: true });
  }
}
