// Crash safety: the engine's ingest runs in a child process and is killed with SIGKILL at random moments, 50
// times. After each kill the cache passes PRAGMA integrity_check, every batch the child acknowledged (committed)
// is there, and every batch is either wholly there or not at all. Then the outbox: killed with items pending,
// including between "applied upstream" and "recorded locally"; after restarts each item is delivered and
// applied upstream exactly once.
import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_OPEN311_KEY } from '../../../simulator/open311.js';
import { requestId } from '../../../simulator/open311-data.js';
import { DEFAULT_SEED, startSimulator, type Simulator } from '../../../simulator/server.js';
import { FIXED_NOW, fixtureCatalog } from '../../../simulator/test-fixtures.js';
import { Database } from '../../store/database.js';
import { CACHE_FILE, openCache } from '../../store/open-cache.js';
import { listOutbox } from '../../outbox/outbox-store.js';
import { planStreams, streamKey } from '../kpi-pull.js';
import { enqueueOpen311Update } from '../open311/open311-outbound.js';
import { UpstreamClient } from '../upstream-client.js';
import { crashCatalog } from './crash-child.js';

const TOKEN = 'crash-token';
const KILLS = 50;
const ROOT = join(import.meta.dirname, '../../../..');
/** The child is bundled once (Vite, SSR mode: dependencies stay external) so that each of the fifty starts is plain Node. */
const BUNDLE_DIR = join(ROOT, 'node_modules/.cache/ioc-crash-child');
const CHILD = join(BUNDLE_DIR, 'crash-child.mjs');
const CRASH_KPIS = ['traffic.vehicles', 'services.dossiers'];
const PAGE_SIZE = 400;
const catalog = crashCatalog(CRASH_KPIS);
let simulator: Simulator;

/** A seeded generator, so that a failing run can be repeated. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 0x100000000);
}

/** Every page the child will write, as the simulator serves it: stream → pages → record keys. */
async function expectedPages(): Promise<Map<string, string[][]>> {
  const client = new UpstreamClient({ baseUrl: new URL('api/v1/', simulator.url).toString(), token: TOKEN });
  const pages = new Map<string, string[][]>();
  for (const s of planStreams(catalog, FIXED_NOW)) {
    const list: string[][] = [];
    let token: string | undefined;
    do {
      const body = (await client.getJson(`kpis/${s.kpi.id}/observations`, { dim: s.dim, from: s.from, limit: String(PAGE_SIZE), page_token: token })) as {
        items: { member: string; period_start: string }[];
        next_page_token: string | null;
      };
      list.push(body.items.map((i) => `${s.kpi.id}|${s.dim}|${i.member}|${i.period_start}`));
      token = body.next_page_token ?? undefined;
    } while (token);
    pages.set(streamKey(s.kpi.id, s.dim), list);
  }
  return pages;
}

interface ChildRun {
  lines: string[];
  killed: boolean;
  code: number | null;
}

/** Runs the child; kills it (SIGKILL) `delayMs` after its `killAfter`-th line, unless it finishes first. */
function runChild(args: string[], killAfter: number, delayMs: number): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const run: ChildRun = { lines: [], killed: false, code: null };
    let buffer = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const parts = buffer.split('\n');
      buffer = parts.pop()!;
      for (const line of parts) {
        run.lines.push(line);
        if (run.lines.length === killAfter && !run.killed) {
          setTimeout(() => {
            run.killed = child.exitCode === null && child.kill('SIGKILL');
          }, delayMs);
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      run.code = code;
      if (!run.killed && code !== 0) reject(new Error(`the child failed (${code}): ${stderr}`));
      else resolve(run);
    });
  });
}

async function storedKeys(dataDir: string) {
  const db = await Database.open(join(dataDir, CACHE_FILE));
  try {
    const integrity = (await db.all<{ integrity_check: string }>('PRAGMA integrity_check')).map((r) => r.integrity_check).join('; ');
    const rows = await db.all<{ k: string }>("SELECT kpi_id || '|' || dim || '|' || member || '|' || period_start AS k FROM observations");
    return { integrity, keys: new Set(rows.map((r) => r.k)) };
  } finally {
    await db.close();
  }
}

beforeAll(async () => {
  await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: {
      ssr: join(import.meta.dirname, 'crash-child.ts'),
      outDir: BUNDLE_DIR,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'crash-child.mjs' } },
    },
  });
  simulator = await startSimulator({ catalog: fixtureCatalog(), now: () => FIXED_NOW, token: TOKEN, allowFaultControl: true });
});
afterAll(() => simulator?.close());

describe('crash safety', () => {
  it(`survives ${KILLS} SIGKILLs in the middle of ingest: integrity ok, nothing acknowledged lost, no batch half-applied`, async () => {
    const pages = await expectedPages();
    const totalPages = [...pages.values()].reduce((n, p) => n + p.length, 0);
    const totalKeys = [...pages.values()].flat().reduce((n, p) => n + p.length, 0);
    // Two lanes on their own caches, so that the fifty runs use both cores.
    const lane = async (seed: number, laneKills: number) => {
      const random = rng(seed);
      let dataDir = await mkdtemp(join(tmpdir(), 'ioc-crash-'));
      let acked = new Set<string>();
      let kills = 0;
      let completions = 0;
      while (kills < laneKills) {
        const args = ['ingest', dataDir, simulator.url, TOKEN, String(PAGE_SIZE), CRASH_KPIS.join(',')];
        const run = await runChild(args, 1 + Math.floor(random() * Math.min(12, totalPages)), Math.floor(random() * 12));
        for (const line of run.lines) if (line.startsWith('ack ')) acked.add(line.slice(4));
        const { integrity, keys } = await storedKeys(dataDir);
        expect(integrity, `after run ${kills + completions} of lane ${seed}`).toBe('ok');
        for (const [stream, list] of pages) {
          list.forEach((keysOfPage, page) => {
            const present = keysOfPage.filter((k) => keys.has(k)).length;
            if (acked.has(`${stream} ${page}`)) expect(present, `acknowledged page ${stream} #${page}`).toBe(keysOfPage.length);
            expect([0, keysOfPage.length], `page ${stream} #${page} half-applied`).toContain(present);
          });
        }
        if (run.killed) kills++;
        else {
          // The ingest finished: everything is there. Start over on a fresh cache for the next kills.
          expect(run.lines.at(-1)).toBe('done');
          expect(keys.size).toBe(totalKeys);
          completions++;
          dataDir = await mkdtemp(join(tmpdir(), 'ioc-crash-'));
          acked = new Set();
        }
      }
      return { kills, completions };
    };
    const lanes = await Promise.all([lane(0x5eed, KILLS / 2), lane(0xfeed, KILLS / 2)]);
    const kills = lanes.reduce((n, l) => n + l.kills, 0);
    const completions = lanes.reduce((n, l) => n + l.completions, 0);
    expect(kills).toBe(KILLS);
    // Most runs resume a cache a kill left behind.
    expect(kills).toBeGreaterThan(completions);
  }, 240_000);

  it('after kills with outbox items pending, delivers each and has it applied upstream exactly once', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'ioc-crash-outbox-'));
    const { db } = await openCache(dataDir);
    const at = '2026-12-03T10:30:00+07:00';
    const items = 8;
    await db.transaction(async (tx) => {
      for (let i = 0; i < items; i++) {
        const externalId = requestId(DEFAULT_SEED, 200 + (i % 5));
        await enqueueOpen311Update(tx, 'open311', `crash-${i}`, { kind: 'field-report.comment', externalId, comment: `Ghi chú ${i}` }, at);
      }
    });
    await db.close();
    const random = rng(0x0b0c);
    let kills = 0;
    for (let round = 0; round < 30; round++) {
      const run = await runChild(['outbox', dataDir, simulator.url, DEFAULT_OPEN311_KEY], 1 + Math.floor(random() * 3), Math.floor(random() * 25));
      if (run.killed) kills++;
      else break;
    }
    expect(kills).toBeGreaterThanOrEqual(3);
    const check = await openCache(dataDir);
    const delivered = await listOutbox(check.db);
    await check.db.close();
    expect(delivered.filter((i) => i.deliveredAt !== null)).toHaveLength(items);
    const log = simulator.open311Updates().filter((u) => delivered.some((d) => d.idempotencyKey === u.key));
    expect(log).toHaveLength(items);
    expect(new Set(log.map((u) => u.key)).size).toBe(items);
    // At least one kill fell after the upstream applied an item and before it was recorded: its redelivery was a replay.
    expect(log.some((u) => u.replays > 0)).toBe(true);
    for (const u of log) expect(delivered.find((d) => d.idempotencyKey === u.key)!.upstreamAck).toBe(u.updateId);
  }, 120_000);
});
