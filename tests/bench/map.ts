// `npm run bench`, map section: the real renderer in Chromium against the web host (engine, SQLite, simulator):
// time to the first map paint, time to load 100,000 clustered points, time of a 500-feature update (by feature
// id, no rebuild), and the page's JS heap after 1,000 updates against after 100. Figures, not pass/fail.
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { defaultCatalog } from '../../shared/catalog/index.js';
import { startEngine } from '../../electron/core/engine.js';
import { startWebHost } from '../../electron/host/web-host.js';
import { startSimulator } from '../../electron/simulator/server.js';
import { signedInPage } from './bench-seat.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const RENDERER_DIR = join(ROOT, 'renderer/dist');
const GEO_DIR = process.env.IOC_GEO_DIR ?? resolve(ROOT, '../shared/data/geo');

/** What the page-side code needs of the MapController (the bench runs in the page, typed loosely here). */
interface PageMap {
  bounds: [number, number, number, number] | null;
  setVisibleLayers(keys: Set<string>): Promise<void>;
  setPoints(layer: string, features: unknown[]): { done: Promise<void> };
  applyDelta(layer: string, delta: { upsert: unknown[]; remove: string[] }): { done: Promise<void> };
  map: { once(event: string, cb: () => void): void; triggerRepaint(): void };
}
type PageGlobal = {
  PerformanceObserver: new (cb: (list: { getEntries(): { duration: number }[] }) => void) => { observe(o: object): void; disconnect(): void };
  document: { querySelector(s: string): ({ __iocMap?: PageMap; dataset: Record<string, string> }) | null }; performance: { now(): number }; __bench?: Record<string, unknown> };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;

/** Installs page-side helpers: synthetic features inside the province box, and an update that waits for the frame. */
async function installHelpers(page: Page) {
  await page.evaluate(() => {
    const g = globalThis as unknown as PageGlobal;
    const map = g.document.querySelector('[data-testid="map-view"]')!.__iocMap!;
    let seed = 42;
    const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 0x100000000);
    const [w, s, e, n] = map.bounds!;
    const statuses = ['received', 'processing', 'resolved'];
    const feature = (i: number, v: number) => ({
      id: `B-${i}`, name: `Phản ánh ${i}`, lon: w + random() * (e - w), lat: s + random() * (n - s), commune: null,
      cls: statuses[(i + v) % 3], flagged: (i + v) % 11 === 0, props: {}, updatedAt: '2026-01-01T00:00:00+07:00',
    });
    const frame = () => new Promise<void>((r) => { map.map.once('idle', () => r()); map.map.triggerRepaint(); });
    g.__bench = { map, feature, random, frame };
  });
}

async function loadPoints(page: Page, count: number): Promise<number> {
  return page.evaluate(async (n) => {
    const g = globalThis as unknown as PageGlobal;
    const { map, feature, frame } = g.__bench as { map: PageMap; feature: (i: number, v: number) => unknown; frame: () => Promise<void> };
    await map.setVisibleLayers(new Set(['field-reports']));
    const features = Array.from({ length: n }, (_, i) => feature(i, 0));
    const t0 = g.performance.now();
    await map.setPoints('field-reports', features).done;
    await frame();
    return g.performance.now() - t0;
  }, count);
}

/**
 * `rounds` updates of `size` features each (class changed, moved); per update the time to the next idle frame
 * (when waited for) and how long the main thread was blocked by long tasks meanwhile (what makes a map stutter).
 */
async function updates(page: Page, rounds: number, size: number, total: number, waitFrame: boolean): Promise<{ times: number[]; blocked: number[] }> {
  return page.evaluate(
    async ([r, k, n, wait]) => {
      const g = globalThis as unknown as PageGlobal;
      const { map, feature, random, frame } = g.__bench as { map: PageMap; feature: (i: number, v: number) => unknown; random: () => number; frame: () => Promise<void> };
      const times: number[] = [];
      const blocked: number[] = [];
      let longTasks = 0;
      const observer = new g.PerformanceObserver((list) => {
        for (const e of list.getEntries()) longTasks += e.duration;
      });
      observer.observe({ type: 'longtask' });
      for (let round = 1; round <= r; round++) {
        const upsert = Array.from({ length: k }, () => feature(Math.floor(random() * n), round));
        longTasks = 0;
        const t0 = g.performance.now();
        await map.applyDelta('field-reports', { upsert, remove: [] }).done;
        if (wait) await frame();
        times.push(g.performance.now() - t0);
        blocked.push(longTasks);
      }
      observer.disconnect();
      return { times, blocked };
    },
    [rounds, size, total, waitFrame] as const,
  );
}

export async function mapBench() {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    console.log('map: skipped (the renderer is not built; run "npm run build" first)');
    return;
  }
  const simulator = await startSimulator({ catalog: defaultCatalog, port: 0, geoDir: existsSync(GEO_DIR) ? GEO_DIR : undefined, token: 'bench' });
  const engine = await startEngine({ dataDir: await mkdtemp(join(tmpdir(), 'ioc-bench-map-')), upstreamUrl: simulator.url, upstreamToken: 'bench', syncIntervalMs: 3_600_000 });
  const host = await startWebHost({ engine, rendererDir: RENDERER_DIR, port: 0 });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await signedInPage(browser, engine, host.url, 'ioc-operator');
    // A warm cache first (the geography is pulled on the engine's first sync), then the measured load.
    await page.goto(`${host.url}#/map?layers=`);
    await page.waitForSelector('[data-testid="map-view"][data-painted="1"]', { timeout: 120_000 });
    const paints: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.goto('about:blank');
      await page.goto(`${host.url}#/map?layers=`);
      const painted = await page.waitForSelector('[data-testid="map-view"][data-painted="1"]', { timeout: 60_000 });
      const at = await painted.getAttribute('data-painted-at');
      if (at === null) throw new Error('the renderer has no paint timing (data-painted-at); rebuild it with "npm run build"');
      paints.push(Number(at));
    }
    console.log(`map: first paint (navigation to the first frame with the 102 communes): median ${median(paints).toFixed(0)} ms of ${paints.map((p) => p.toFixed(0)).join(', ')}`);

    await installHelpers(page);
    const loadMs = await loadPoints(page, 100_000);
    console.log(`map: 100,000 clustered points loaded and drawn in ${loadMs.toFixed(0)} ms`);
    const update = await updates(page, 8, 500, 100_000, true);
    console.log(
      `map: 500-feature update (updateData by id) on 100,000 clustered points: to the next idle frame median ${median(update.times).toFixed(0)} ms, ` +
        `p95 ${p95(update.times).toFixed(0)} ms; main thread blocked (long tasks) median ${median(update.blocked).toFixed(0)} ms (the re-clustering runs in MapLibre's worker)`,
    );

    // Heap: a long-running wall receiving live updates; the layer holds what the simulator feeds (2,000 reports).
    const cdp = await page.context().newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1048576;
    };
    await loadPoints(page, 2_000);
    await updates(page, 100, 50, 2_000, false);
    const after100 = await heap();
    await updates(page, 900, 50, 2_000, false);
    const after1000 = await heap();
    console.log(`map: JS heap after 100 updates ${after100.toFixed(1)} MiB, after 1,000 updates ${after1000.toFixed(1)} MiB (50 features each, 2,000-point clustered layer)`);
  } finally {
    await browser.close();
    await host.close();
    await engine.close();
    await simulator.close();
  }
}
