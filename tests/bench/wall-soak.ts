// `npm run bench:soak`: the wall page in Chromium for IOC_SOAK_MINUTES (default 20) with every demo scene
// rotating every 2 s, live data landing (the simulator's clock runs 60× fast, the engine pulls every 10 s)
// and an operator pushing a panel onto a tile every minute (reverting by itself after 10 s). The page's JS heap
// (after a forced GC), DOM nodes and listeners are sampled every 30 s, each time 1 s into the same scene so that
// samples compare; the growth per hour after warm-up is the figure. Figures, not pass/fail: the aim is flat (under 5 MB/h).
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { defaultCatalog } from '../../shared/catalog/index.js';
import { demoWallConfig } from '../../shared/wall/demo-config.js';
import { startEngine } from '../../electron/core/engine.js';
import { connectInProcess } from '../../electron/core/in-process-client.js';
import { startWebHost } from '../../electron/host/web-host.js';
import { startSimulator } from '../../electron/simulator/server.js';
import { signedInPage } from './bench-seat.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const geoDir = process.env.IOC_GEO_DIR ?? resolve(ROOT, '../shared/data/geo');
const minutes = Number(process.env.IOC_SOAK_MINUTES ?? 20);
const SAMPLE_MS = 30_000;
const SPEED = 60;
const MB = 1024 * 1024;

/** Least-squares slope of y over x. */
export function slope(points: readonly { x: number; y: number }[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return sxx === 0 ? 0 : points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / sxx;
}

/** Every demo scene in one playlist, 2 s each, on one wall without dayparts. */
function soakConfig() {
  return {
    ...demoWallConfig,
    playlists: [{ id: 'soak', name: { vi: 'Thử tải', en: 'Soak' }, entries: demoWallConfig.scenes.map((s) => ({ sceneId: s.id, dwellSec: 2 })) }],
    walls: [{ id: 'soak', name: { vi: 'Màn hình thử tải', en: 'Soak wall' }, playlistId: 'soak' }],
  };
}

async function main() {
  const rendererDir = join(ROOT, 'renderer', 'dist');
  if (!existsSync(join(rendererDir, 'index.html'))) throw new Error('the renderer is not built: run "npm run build"');
  const startedAt = Date.now();
  const simulator = await startSimulator({
    catalog: defaultCatalog,
    port: 0,
    token: 'soak',
    geoDir: existsSync(geoDir) ? geoDir : undefined,
    now: () => new Date(startedAt + (Date.now() - startedAt) * SPEED),
  });
  const dataDir = await mkdtemp(join(tmpdir(), 'ioc-soak-'));
  await writeFile(join(dataDir, 'wall.json'), JSON.stringify(soakConfig()));
  const engine = await startEngine({ dataDir, upstreamUrl: simulator.url, upstreamToken: 'soak', syncIntervalMs: 10_000 });
  const host = await startWebHost({ engine, rendererDir, port: 0 });
  const client = connectInProcess(engine, { as: 'ioc-supervisor' });
  let changedEvents = 0;
  let changedKpis = 0;
  let sceneChanges = 0;
  client.on('data.changed', (e) => {
    changedEvents += 1;
    changedKpis += e.kpiIds.length;
  });
  client.on('wall.state', () => (sceneChanges += 1));
  await client.waitFor('sync.status', (s) => s.sources[0]!.state === 'ok', 300_000);

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--autoplay-policy=no-user-gesture-required'],
  });
  const page = await signedInPage(browser, engine, host.url, 'wall-display', { width: 1920, height: 1080 });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${host.url}#/wall/soak`);
  await page.getByTestId('wall-tile').first().waitFor({ timeout: 60_000 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');

  // An operator at work: a panel pushed onto a tile of the current scene every minute, for 10 s.
  const pushes = setInterval(() => {
    void (async () => {
      const state = await client.call('wall.state.get', { wallId: 'soak' });
      const scene = demoWallConfig.scenes.find((s) => s.id === state.sceneId);
      const tileId = scene?.tiles[0]?.id;
      if (!tileId) return;
      await client.call('wall.control', {
        wallId: 'soak',
        command: { action: 'push', tileId, content: { kind: 'kpi', options: { kpiId: 'environment.aqi' } }, durationSec: 10 },
        operator: 'Thử tải',
      });
    })().catch((e: Error) => errors.push(`push: ${e.message}`));
  }, 60_000);

  const samples: { min: number; heapMb: number; nodes: number; listeners: number; engineRssMb: number }[] = [];
  const endAt = Date.now() + minutes * 60_000;
  console.log(`wall soak: ${minutes} min, scenes every 2 s, simulator clock ${SPEED}× (sampling every ${SAMPLE_MS / 1000} s)`);
  const firstScene = demoWallConfig.scenes[0]!.id;
  for (;;) {
    await page.locator(`[data-testid=wall][data-scene-id="${firstScene}"]`).waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1000);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    const sample = {
      min: (Date.now() - (endAt - minutes * 60_000)) / 60_000,
      heapMb: heap.usedSize / MB,
      nodes: metric('Nodes'),
      listeners: metric('JSEventListeners'),
      engineRssMb: process.memoryUsage().rss / MB,
    };
    samples.push(sample);
    console.log(
      `  ${sample.min.toFixed(1).padStart(5)} min  heap ${sample.heapMb.toFixed(2)} MB  nodes ${sample.nodes}  listeners ${sample.listeners}  node process RSS ${sample.engineRssMb.toFixed(0)} MB`,
    );
    if (Date.now() >= endAt) break;
    await new Promise((r) => setTimeout(r, Math.min(SAMPLE_MS, Math.max(0, endAt - Date.now()))));
  }
  clearInterval(pushes);

  const warmupMin = Math.min(3, minutes * 0.25);
  const after = samples.filter((s) => s.min >= warmupMin);
  const perHour = (pick: (s: (typeof samples)[number]) => number) => slope(after.map((s) => ({ x: s.min / 60, y: pick(s) })));
  console.log(`after ${warmupMin} min of warm-up (${after.length} samples):`);
  console.log(`  JS heap growth: ${perHour((s) => s.heapMb).toFixed(2)} MB/h (aim: under 5 MB/h); first ${after[0]?.heapMb.toFixed(2)} MB, last ${after.at(-1)?.heapMb.toFixed(2)} MB`);
  console.log(`  DOM nodes: ${perHour((s) => s.nodes).toFixed(0)} /h; listeners: ${perHour((s) => s.listeners).toFixed(0)} /h`);
  console.log(`  node process (engine, web host, simulator) RSS: ${perHour((s) => s.engineRssMb).toFixed(1)} MB/h`);
  console.log(`  wall state changes published: ${sceneChanges}; data.changed events: ${changedEvents} (${changedKpis} KPI updates)`);
  console.log(`  page errors: ${errors.length}${errors.length ? ` (first: ${errors[0]})` : ''}`);

  await browser.close();
  client.close();
  await host.close();
  await engine.close();
  await simulator.close();
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
