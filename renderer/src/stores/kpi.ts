// KPI data on screen: series, breakdowns, matrices, latest values and the breach list. Components watch what
// they show; the store fetches it, refetches it on 'data.changed' for those KPIs and after a reconnection,
// keeps the previous data visible while refetching (no flicker on the wall), and forgets what nobody has
// watched for a minute (a wall runs for weeks while its windows move on).
import { defineStore } from 'pinia';
import { shallowReactive, watch } from 'vue';
import type { LatestValue, ParamsInput, Result } from '../../../shared/contract/index.js';
import { CallError, isCallError } from '../client/call-error.js';
import { useClient } from '../client/instance.js';
import { useConnectionStore } from './connection.js';
import { ANY_KPI, callKey, kpiIdOfKey, latestKey, seriesWindow, type BreakdownRequest, type SeriesRequest } from './kpi-window.js';

export interface Entry<T> {
  data: T | null;
  error: CallError | null;
  loading: boolean;
}

/** The calls a component can watch. */
export type WatchedMethod = 'kpi.series' | 'kpi.breakdown' | 'kpi.matrix' | 'kpi.breaches';

const EMPTY: Entry<never> = Object.freeze({ data: null, error: null, loading: true });
/** Coalesces bursts of 'data.changed' (the engine already coalesces its own at 300 ms). */
const REFRESH_DEBOUNCE_MS = 100;
/** How long an entry nobody watches is kept (a panel that comes back within it shows at once). */
export const EVICT_AFTER_MS = 60_000;
/** The breach list is re-evaluated this often even without new data: freshness moves with time. */
export const BREACHES_EVERY_MS = 60_000;

export const useKpiStore = defineStore('kpi', () => {
  const client = useClient();
  const connection = useConnectionStore();
  const entries = shallowReactive(new Map<string, Entry<unknown>>());
  const watchers = new Map<string, number>();
  /** How to fetch each key (kept for refetches). */
  const fetchers = new Map<string, () => Promise<void>>();
  const inflight = new Map<string, Promise<void>>();
  const again = new Set<string>();
  const evictions = new Map<string, ReturnType<typeof setTimeout>>();

  function update(key: string, patch: Partial<Entry<unknown>>) {
    entries.set(key, { ...(entries.get(key) ?? EMPTY), ...patch });
  }

  function asCallError(err: unknown): CallError {
    return isCallError(err) ? err : new CallError('internal', String(err), 'kpi');
  }

  function run(key: string): Promise<void> {
    const fetcher = fetchers.get(key);
    if (!fetcher) return Promise.resolve();
    const running = inflight.get(key);
    if (running) {
      again.add(key);
      return running;
    }
    const p = fetcher().finally(() => {
      inflight.delete(key);
      if (again.delete(key) && watchers.has(key)) void run(key);
    });
    inflight.set(key, p);
    return p;
  }

  async function fetchInto<T>(key: string, call: () => Promise<T>) {
    update(key, { loading: true });
    try {
      const data = await call();
      if (fetchers.has(key)) update(key, { data, error: null, loading: false });
    } catch (err) {
      if (fetchers.has(key)) update(key, { error: asCallError(err), loading: false });
    }
  }

  function forget(key: string) {
    evictions.delete(key);
    if (watchers.has(key)) return;
    entries.delete(key);
    fetchers.delete(key);
    again.delete(key);
  }

  function watchKey(key: string, fetcher: () => Promise<void>): () => void {
    clearTimeout(evictions.get(key));
    evictions.delete(key);
    fetchers.set(key, fetcher);
    watchers.set(key, (watchers.get(key) ?? 0) + 1);
    if (watchers.get(key) === 1 && (!entries.get(key)?.data || entries.get(key)?.error)) void run(key);
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const n = (watchers.get(key) ?? 1) - 1;
      if (n > 0) {
        watchers.set(key, n);
        return;
      }
      watchers.delete(key);
      evictions.set(key, setTimeout(() => forget(key), EVICT_AFTER_MS));
    };
  }

  /** Watches one call: fetched now unless fresh data is still held, refetched when its KPI changes. */
  function watchCall<M extends WatchedMethod>(method: M, params: ParamsInput<M>): () => void {
    const key = callKey(method, params as { kpiId?: string });
    return watchKey(key, () => fetchInto(key, () => client.call(method, params)));
  }

  function entry<M extends WatchedMethod>(method: M, params: ParamsInput<M>): Entry<Result<M>> {
    return (entries.get(callKey(method, params as { kpiId?: string })) as Entry<Result<M>> | undefined) ?? EMPTY;
  }

  /** The default window of a KPI's chart (kept for simple views: the overview, the wall). */
  function watchSeries(req: SeriesRequest): () => void {
    const params = { kpiId: req.kpiId, ...seriesWindow(req.period, connection.now) };
    const key = seriesKeyOf(req);
    return watchKey(key, () => fetchInto(key, () => client.call('kpi.series', params)));
  }

  function watchBreakdown(req: BreakdownRequest): () => void {
    return watchCall('kpi.breakdown', { kpiId: req.kpiId, dim: req.dim });
  }

  // Latest values are fetched in one call per tick for all the KPIs that asked.
  let latestBatch: Set<string> | undefined;
  function queueLatest(kpiId: string): Promise<void> {
    if (!latestBatch) {
      const batch = (latestBatch = new Set());
      queueMicrotask(async () => {
        latestBatch = undefined;
        const ids = [...batch];
        for (const id of ids) update(latestKey(id), { loading: true });
        try {
          const { values } = await client.call('kpi.latest', { kpiIds: ids });
          const byId = new Map(values.map((v) => [v.kpiId, v]));
          for (const id of ids) if (fetchers.has(latestKey(id))) update(latestKey(id), { data: byId.get(id) ?? null, error: null, loading: false });
        } catch (err) {
          for (const id of ids) if (fetchers.has(latestKey(id))) update(latestKey(id), { error: asCallError(err), loading: false });
        }
      });
    }
    latestBatch.add(kpiId);
    return Promise.resolve();
  }

  function watchLatest(kpiIds: readonly string[]): () => void {
    const offs = kpiIds.map((id) => watchKey(latestKey(id), () => queueLatest(id)));
    return () => offs.forEach((off) => off());
  }

  let breachTimer: ReturnType<typeof setInterval> | undefined;
  let breachWatchers = 0;
  /** Watches the breach list: refetched on any new data and every minute. */
  function watchBreaches(): () => void {
    const off = watchCall('kpi.breaches', {});
    if (breachWatchers++ === 0) breachTimer = setInterval(() => refresh([ANY_KPI]), BREACHES_EVERY_MS);
    let done = false;
    return () => {
      if (done) return;
      done = true;
      off();
      if (--breachWatchers === 0) clearInterval(breachTimer);
    };
  }

  /** Refetches what is on screen; only the given KPIs (and what depends on every KPI) when ids are given. */
  function refresh(kpiIds?: readonly string[]): void {
    const only = kpiIds ? new Set([...kpiIds, ANY_KPI]) : undefined;
    for (const key of watchers.keys()) if (!only || only.has(kpiIdOfKey(key))) void run(key);
  }

  let pendingIds = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  client.on('data.changed', ({ kpiIds }) => {
    kpiIds.forEach((id) => pendingIds.add(id));
    clearTimeout(timer);
    timer = setTimeout(() => {
      const ids = [...pendingIds];
      pendingIds = new Set();
      refresh(ids);
    }, REFRESH_DEBOUNCE_MS);
  });

  // After a reconnection everything on screen is refetched; on the first connection only what failed
  // (calls made before it were queued and are answered then).
  watch(
    () => connection.generation,
    (g) => {
      if (g > 1) refresh();
      else for (const key of watchers.keys()) if (entries.get(key)?.error) void run(key);
    },
  );

  function seriesKeyOf(req: SeriesRequest) {
    return `series|${req.kpiId}|default`;
  }
  function series(req: SeriesRequest): Entry<Result<'kpi.series'>> {
    return (entries.get(seriesKeyOf(req)) as Entry<Result<'kpi.series'>> | undefined) ?? EMPTY;
  }
  function breakdown(req: BreakdownRequest): Entry<Result<'kpi.breakdown'>> {
    return entry('kpi.breakdown', { kpiId: req.kpiId, dim: req.dim });
  }
  function latest(kpiId: string): Entry<LatestValue> {
    return (entries.get(latestKey(kpiId)) as Entry<LatestValue> | undefined) ?? EMPTY;
  }

  /** How many entries the store holds (the wall's memory benchmark watches it stay flat). */
  function size(): number {
    return entries.size;
  }

  return { watchCall, entry, watchSeries, watchBreakdown, watchLatest, watchBreaches, refresh, series, breakdown, latest, size };
});
