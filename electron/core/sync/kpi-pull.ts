// Pulls KPI observations from the provincial API into the cache: incremental (updated-since cursors),
// paged, validated record by record; bad records go to quarantine and the rest of the batch is kept.
import type { Catalog, Kpi, Period } from '../../../shared/catalog/schema.js';
import { addPeriods, periodFloor, toVnIso } from '../../../shared/model/periods.js';
import type { Database } from '../store/database.js';
import { upsertObservations, type ObservationInput } from '../store/observations.js';
import { quarantineRecords, readCursor, writeCursor } from '../store/sync-state.js';
import { implausibility } from './plausibility.js';
import { observationPageSchema, observationRecordSchema } from './provincial-api-schema.js';
import { UpstreamError, type UpstreamClient } from './upstream-client.js';

export interface PullStats {
  received: number;
  stored: number;
  rejected: number;
}

export interface PullContext {
  db: Database;
  client: UpstreamClient;
  sourceId: string;
  catalog: Catalog;
  now: () => Date;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  onStored?: (kpiId: string) => void;
}

interface Stream {
  kpi: Kpi;
  dim: string;
  from?: string;
}

/** Breakdowns are kept for a shorter window than province totals: they feed rankings, not long trends. */
const BREAKDOWN_PERIODS: Record<Period, number> = { hourly: 72, daily: 35, monthly: 13, quarterly: 8 };

export function planStreams(catalog: Catalog, now: Date): Stream[] {
  const kpis = catalog.domains.flatMap((d) => d.kpis);
  const totals: Stream[] = kpis.map((kpi) => ({ kpi, dim: 'total' }));
  const breakdowns: Stream[] = kpis.flatMap((kpi) =>
    kpi.breakdowns.map((dim) => ({
      kpi,
      dim,
      from: toVnIso(addPeriods(periodFloor(now, kpi.period), kpi.period, -BREAKDOWN_PERIODS[kpi.period])),
    })),
  );
  // Totals first, so every panel has its trend before the rankings arrive.
  return [...totals, ...breakdowns];
}

const PAGE_SIZE = '5000';

function sortRecords(kpi: Kpi, dim: string, items: unknown[]) {
  const good: ObservationInput[] = [];
  const bad: { raw: unknown; reason: string }[] = [];
  for (const raw of items) {
    const parsed = observationRecordSchema.safeParse(raw);
    if (!parsed.success) {
      bad.push({ raw, reason: parsed.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ') });
      continue;
    }
    const problem = implausibility(kpi, dim, parsed.data.value);
    if (problem) bad.push({ raw, reason: problem });
    else good.push(parsed.data);
  }
  return { good, bad };
}

async function pullStream(ctx: PullContext, stream: Stream, stats: PullStats) {
  const streamKey = `${stream.kpi.id}|${stream.dim}`;
  const since = await readCursor(ctx.db, ctx.sourceId, streamKey);
  let pageToken: string | undefined;
  let newest = since;
  let storedAny = false;
  do {
    const body = await ctx.client.getJson(
      `api/v1/kpis/${encodeURIComponent(stream.kpi.id)}/observations`,
      { dim: stream.dim, since: since ?? undefined, from: stream.from, limit: PAGE_SIZE, page_token: pageToken },
      ctx.signal,
    );
    const page = observationPageSchema.safeParse(body);
    if (!page.success) {
      throw new UpstreamError('invalid-response', `the observations of ${stream.kpi.id} (${stream.dim}) do not match the exchange structure`);
    }
    const { good, bad } = sortRecords(stream.kpi, stream.dim, page.data.items);
    const at = toVnIso(ctx.now());
    const stored = await ctx.db.transaction(async (tx) => {
      await quarantineRecords(tx, ctx.sourceId, streamKey, bad, at);
      return upsertObservations(tx, { sourceId: ctx.sourceId, kpiId: stream.kpi.id, dim: stream.dim }, good, at);
    });
    for (const record of good) if (newest === null || record.updated_at > newest) newest = record.updated_at;
    stats.received += page.data.items.length;
    stats.stored += stored;
    stats.rejected += bad.length;
    storedAny ||= stored > 0;
    pageToken = page.data.next_page_token ?? undefined;
  } while (pageToken);
  // The cursor moves only once the whole stream is in: an interrupted pull starts again from the old one.
  if (newest !== null && newest !== since) await writeCursor(ctx.db, ctx.sourceId, streamKey, newest, toVnIso(ctx.now()));
  if (storedAny) ctx.onStored?.(stream.kpi.id);
}

/** Runs `worker` over `items` with at most `limit` in flight; the first failure stops the rest. */
async function inPool<T>(items: T[], limit: number, worker: (item: T) => Promise<void>) {
  let next = 0;
  let failure: unknown;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (failure === undefined && next < items.length) {
      const item = items[next++]!;
      try {
        await worker(item);
      } catch (error) {
        failure ??= error;
      }
    }
  });
  await Promise.all(lanes);
  if (failure !== undefined) throw failure;
}

export async function pullKpis(ctx: PullContext): Promise<PullStats> {
  const streams = planStreams(ctx.catalog, ctx.now());
  const stats: PullStats = { received: 0, stored: 0, rejected: 0 };
  let done = 0;
  ctx.onProgress?.(0, streams.length);
  await inPool(streams, 3, async (stream) => {
    await pullStream(ctx, stream, stats);
    ctx.onProgress?.(++done, streams.length);
  });
  return stats;
}
