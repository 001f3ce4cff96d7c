// Bench section "dashboards": the real console (simulator → engine → web host) in Debian's Chromium.
// Reports the engine queries the panels make, the time from navigation to every panel painted for each
// domain page, the setOption time per update, and the JS heap after 1,000 live updates of a domain page
// against after 100 (it must stay flat). BENCH_UPDATES and BENCH_DOMAIN change the last part.
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { defaultCatalog } from '../../shared/catalog/index.js';
import { startEngine } from '../../electron/core/engine.js';
import { connectInProcess } from '../../electron/core/in-process-client.js';
import { signedInPage } from './bench-seat.js';
import { startWebHost } from '../../electron/host/web-host.js';
import { startSimulator } from '../../electron/simulator/server.js';
import { chartCount, heapAfterGc, timeToPainted, type HeapFigures } from './dashboard-page.js';
import { installLiveUpdates, liveRounds } from './live-updates.js';
import { describeTimes, type BenchSection } from './section.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const RENDERER_DIR = join(ROOT, 'renderer/dist');
const GEO_DIR = process.env.IOC_GEO_DIR ?? resolve(ROOT, '../shared/data/geo');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const UPDATES = Number(process.env.BENCH_UPDATES ?? 1000);
const LIVE_DOMAIN = process.env.BENCH_DOMAIN ?? 'environment';

type Client = ReturnType<typeof connectInProcess>;

async function queryTimes(client: Client) {
  const kpis = defaultCatalog.domains.flatMap((d) => d.kpis);
  const now = Date.now();
  const iso = (ms: number) => new Date(ms).toISOString();
  const from = iso(now - 30 * 86_400_000);
  const cases: [string, (i: number) => Promise<unknown>][] = [
    ['kpi.series (30-day window with coverage)', (i) => client.call('kpi.series', { kpiId: kpis[i % kpis.length]!.id, from })],
    ['kpi.breakdown (30 days rolled up, 102 communes)', (i) => {
      const withCommune = kpis.filter((k) => k.breakdowns.includes('commune'));
      return client.call('kpi.breakdown', { kpiId: withCommune[i % withCommune.length]!.id, dim: 'commune', from });
    }],
    ['kpi.matrix (categories × 30 days)', (i) => {
      const withCategory = kpis.filter((k) => k.breakdowns.includes('category'));
      return client.call('kpi.matrix', { kpiId: withCategory[i % withCategory.length]!.id, dim: 'category', from });
    }],
    ['kpi.breaches (every KPI with thresholds)', () => client.call('kpi.breaches', {})],
  ];
  for (const [label, call] of cases) {
    const times: number[] = [];
    for (let i = 0; i < 100; i++) {
      const t = performance.now();
      await call(i);
      times.push(performance.now() - t);
    }
    console.log(`${label}: ${describeTimes(times)}`);
  }
}

const heapText = (h: HeapFigures) => `${h.usedMiB.toFixed(1)} MiB JS heap, ${h.nodes} DOM nodes, ${h.listeners} listeners`;

async function run() {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error(`the renderer is not built (${RENDERER_DIR}): run "npm run build"`);
  const simulator = await startSimulator({ catalog: defaultCatalog, port: 0, geoDir: existsSync(GEO_DIR) ? GEO_DIR : undefined, token: 'bench' });
  const engine = await startEngine({ dataDir: await mkdtemp(join(tmpdir(), 'ioc-bench-dash-')), upstreamUrl: simulator.url, upstreamToken: 'bench', syncIntervalMs: 3_600_000 });
  const client = connectInProcess(engine, { as: 'ioc-supervisor' });
  const host = await startWebHost({ engine, rendererDir: RENDERER_DIR, port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  try {
    await client.waitFor('sync.status', (s) => s.sources[0]!.state === 'ok', 180_000);
    await queryTimes(client);

    const page = await signedInPage(browser, engine, host.url, 'ioc-operator');
    await installLiveUpdates(page);
    await page.goto(host.url);
    await page.getByTestId('stat-tile').first().waitFor();

    // Navigation to painted, per domain page: first visit (nothing cached in the page) and a second one.
    for (const pass of ['first visit', 'second visit']) {
      const times: string[] = [];
      for (const domain of defaultCatalog.domains) {
        await page.getByTestId('nav-overview').click();
        await page.getByTestId('stat-tile').first().waitFor();
        times.push(`${domain.key} ${(await timeToPainted(page, `#/domains/${domain.key}`)).toFixed(0)}`);
      }
      console.log(`navigation → all panels painted, ${pass} (ms): ${times.join(', ')}`);
    }

    // Live updates of one domain page: announce new data, wait for every chart to be updated and painted.
    const domain = defaultCatalog.domains.find((d) => d.key === LIVE_DOMAIN)!;
    const kpiIds = domain.kpis.map((k) => k.id);
    await timeToPainted(page, `#/domains/${domain.key}`);
    const cdp = await page.context().newCDPSession(page);
    // Rounds in chunks: the heap after 100 rounds, then at three more points up to UPDATES, to see its trend.
    const checkpoints = [...new Set([Math.min(100, UPDATES), ...[1, 2, 3].map((k) => Math.round(Math.min(100, UPDATES) + (k * (UPDATES - Math.min(100, UPDATES))) / 3))])];
    const heaps: [number, HeapFigures][] = [];
    const setOption: number[] = [];
    let done = 0;
    let calls = 0;
    let ms = 0;
    for (const checkpoint of checkpoints) {
      const chunk = await liveRounds(page, checkpoint - done, kpiIds);
      done = checkpoint;
      setOption.push(...chunk.setOptionMs.filter(Number.isFinite));
      calls += chunk.calls;
      ms += chunk.ms;
      heaps.push([done, await heapAfterGc(cdp)]);
    }
    const charts = await chartCount(page);
    console.log(`live updates of #/domains/${domain.key}: ${UPDATES} rounds × ${charts} charts, ${(calls / UPDATES).toFixed(1)} engine calls and ${(ms / UPDATES).toFixed(0)} ms per round`);
    console.log(`setOption per chart update: ${describeTimes(setOption)}`);
    for (const [n, h] of heaps) console.log(`after ${n} updates: ${heapText(h)}`);
    const [first, last] = [heaps[0]!, heaps.at(-1)!];
    console.log(`growth ${first[0]} → ${last[0]}: ${(last[1].usedMiB - first[1].usedMiB).toFixed(2)} MiB JS heap, ${last[1].nodes - first[1].nodes} DOM nodes, ${last[1].listeners - first[1].listeners} listeners`);
  } finally {
    await browser.close();
    client.close();
    await host.close();
    await engine.close();
    await simulator.close();
  }
}

export const dashboardsSection: BenchSection = {
  name: 'dashboards',
  about: 'KPI queries, navigation to painted per domain page, setOption per update, heap after 100 and 1,000 live updates',
  run,
};
