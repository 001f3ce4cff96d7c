// Pulls KPI observations from the provincial API into the cache: incremental (updated-since cursors),
// paged, validated record by record; bad records go to quarantine and the rest of the batch is kept.
import type { Catalog, Kpi, Period } from '../../../shared/catalog/schema.js';
import { addPeriods, periodFloor, toVnIso } from '../../../shared/model/periods.js';
import type { Database } from '../store/database.js';
import { upsertObservations, type ObservationInput } from '../store/observations.js';
import { readCursor, writeCursor } from '../store/sync-state.js';
import type { PullRun } from './connector.js';
import { implausibility } from './plausibility.js';
import { checkObservation, observationPageSchema } from './provincial-api-schema.js';
import { quarantine, rawJson, type QuarantineInput } from './quarantine-store.js';
import { UpstreamError } from './upstream-client.js';

export interface KpiPullOptions {
  catalog: Catalog;
  pageSize: number;
  onStored?: (kpiId: string) => void;
  /** Called after each page's transaction has committed (crash tests and progress). */
  onPageCommitted?: (stream: string, page: number, items: number) => void;
  /** Replaces the default plan (benchmarks: a year of hourly data). */
  streams?: Stream[];
}

export interface Stream {
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

export const streamKey = (kpiId: string, dim: string) => `${kpiId}|${dim}`;

/** Checks one record against the exchange structure and the KPI's plausible range: null when good, else the reason. */
export function observationProblem(kpi: Kpi, dim: string, raw: unknown): string | null {
  return checkObservation(raw) ?? implausibility(kpi, dim, (raw as ObservationInput).value);
}

function sortRecords(kpi: Kpi, dim: string, items: unknown[]) {
  const good: ObservationInput[] = [];
  const bad: QuarantineInput[] = [];
  for (const raw of items) {
    const problem = observationProblem(kpi, dim, raw);
    if (problem) bad.push({ raw: rawJson(raw), reason: problem });
    else good.push(raw as ObservationInput);
  }
  return { good, bad };
}

/** Stores one page (good records and quarantined ones) in one transaction: it lands whole or not at all. */
async function storePage(db: Database, sourceId: string, kpi: Kpi, dim: string, items: unknown[], at: string) {
  const { good, bad } = sortRecords(kpi, dim, items);
  const stored = await db.transaction(async (tx) => {
    await quarantine(tx, sourceId, streamKey(kpi.id, dim), bad, at);
    return upsertObservations(tx, { sourceId, kpiId: kpi.id, dim }, good, at);
  });
  let newest: string | null = null;
  for (const record of good) if (newest === null || record.updated_at > newest) newest = record.updated_at;
  return { stored, rejected: bad.length, newest };
}

async function pullStream(run: PullRun, o: KpiPullOptions, stream: Stream) {
  const key = streamKey(stream.kpi.id, stream.dim);
  const since = await readCursor(run.db, run.sourceId, key);
  let pageToken: string | undefined;
  let newest = since;
  let storedAny = false;
  let page = 0;
  do {
    const body = await run.client.getJson(
      `kpis/${encodeURIComponent(stream.kpi.id)}/observations`,
      { dim: stream.dim, since: since ?? undefined, from: stream.from, limit: String(o.pageSize), page_token: pageToken },
      run.signal,
    );
    const parsed = observationPageSchema.safeParse(body);
    if (!parsed.success) {
      throw new UpstreamError('invalid-response', `the observations of ${stream.kpi.id} (${stream.dim}) do not match the exchange structure`);
    }
    const result = await storePage(run.db, run.sourceId, stream.kpi, stream.dim, parsed.data.items, toVnIso(run.now()));
    o.onPageCommitted?.(key, page++, parsed.data.items.length);
    if (result.newest !== null && (newest === null || result.newest > newest)) newest = result.newest;
    run.stats.received += parsed.data.items.length;
    run.stats.stored += result.stored;
    run.stats.rejected += result.rejected;
    storedAny ||= result.stored > 0;
    pageToken = parsed.data.next_page_token ?? undefined;
  } while (pageToken);
  // The cursor moves only once the whole stream is in: an interrupted pull starts again from the old one.
  if (newest !== null && newest !== since) await writeCursor(run.db, run.sourceId, key, newest, toVnIso(run.now()));
  if (storedAny) o.onStored?.(stream.kpi.id);
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

export async function pullKpis(run: PullRun, o: KpiPullOptions): Promise<void> {
  const streams = o.streams ?? planStreams(o.catalog, run.now());
  let done = 0;
  run.progress(0, streams.length);
  await inPool(streams, 3, async (stream) => {
    await pullStream(run, o, stream);
    run.progress(++done, streams.length);
  });
}

/** Re-reads one quarantined observation (stream `kpiId|dim`) and stores it when it now passes. */
export async function reprocessObservation(tx: Database, catalog: Catalog, sourceId: string, stream: string, raw: string, at: string) {
  const [kpiId, dim] = stream.split('|');
  const kpi = catalog.domains.flatMap((d) => d.kpis).find((k) => k.id === kpiId);
  if (!kpi || !dim) return `the KPI of stream "${stream}" is not in the catalog`;
  let record: unknown;
  try {
    record = JSON.parse(raw);
  } catch {
    return 'the payload is not JSON';
  }
  const problem = observationProblem(kpi, dim, record);
  if (problem) return problem;
  await upsertObservations(tx, { sourceId, kpiId: kpi.id, dim }, [record as ObservationInput], at);
  return null;
}
