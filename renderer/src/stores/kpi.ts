// KPI data on screen: series, breakdowns and latest values. Components watch what they show; the store
// fetches it, refetches it on 'data.changed' for those KPIs and after a reconnection, and keeps the
// previous data visible while refetching (no flicker on the wall).
import { defineStore } from 'pinia';
import { shallowReactive, watch } from 'vue';
import type { BreakdownResult, LatestValue, Series } from '../../../shared/contract/index.js';
import { CallError, isCallError } from '../client/call-error.js';
import { useClient } from '../client/instance.js';
import { useConnectionStore } from './connection.js';
import {
  breakdownKey,
  kpiIdOfKey,
  latestKey,
  seriesKey,
  seriesWindow,
  type BreakdownRequest,
  type SeriesRequest,
} from './kpi-window.js';

export interface Entry<T> {
  data: T | null;
  error: CallError | null;
  loading: boolean;
}

type AnyData = Series | BreakdownResult | LatestValue;

const EMPTY: Entry<never> = { data: null, error: null, loading: true };
const REFRESH_DEBOUNCE_MS = 300;

export const useKpiStore = defineStore('kpi', () => {
  const client = useClient();
  const connection = useConnectionStore();
  const entries = shallowReactive(new Map<string, Entry<AnyData>>());
  const watchers = new Map<string, number>();
  /** How to fetch each key (kept for refetches). */
  const fetchers = new Map<string, () => Promise<void>>();
  const inflight = new Map<string, Promise<void>>();
  const again = new Set<string>();

  function update(key: string, patch: Partial<Entry<AnyData>>) {
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

  async function fetchInto<T extends AnyData>(key: string, call: () => Promise<T>) {
    update(key, { loading: true });
    try {
      update(key, { data: await call(), error: null, loading: false });
    } catch (err) {
      update(key, { error: asCallError(err), loading: false });
    }
  }

  function watchKey(key: string, fetcher: () => Promise<void>): () => void {
    fetchers.set(key, fetcher);
    watchers.set(key, (watchers.get(key) ?? 0) + 1);
    if (watchers.get(key) === 1) void run(key);
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const n = (watchers.get(key) ?? 1) - 1;
      if (n <= 0) watchers.delete(key);
      else watchers.set(key, n);
    };
  }

  function watchSeries(req: SeriesRequest): () => void {
    const key = seriesKey(req);
    return watchKey(key, () =>
      fetchInto(key, () => client.call('kpi.series', { kpiId: req.kpiId, ...seriesWindow(req.period, connection.now) })),
    );
  }

  function watchBreakdown(req: BreakdownRequest): () => void {
    const key = breakdownKey(req);
    return watchKey(key, () => fetchInto(key, () => client.call('kpi.breakdown', { kpiId: req.kpiId, dim: req.dim })));
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
          for (const id of ids) update(latestKey(id), { data: byId.get(id) ?? null, error: null, loading: false });
        } catch (err) {
          for (const id of ids) update(latestKey(id), { error: asCallError(err), loading: false });
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

  /** Refetches what is on screen; only the given KPIs when ids are given. */
  function refresh(kpiIds?: readonly string[]): void {
    const only = kpiIds ? new Set(kpiIds) : undefined;
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

  function series(req: SeriesRequest): Entry<Series> {
    return (entries.get(seriesKey(req)) as Entry<Series> | undefined) ?? EMPTY;
  }
  function breakdown(req: BreakdownRequest): Entry<BreakdownResult> {
    return (entries.get(breakdownKey(req)) as Entry<BreakdownResult> | undefined) ?? EMPTY;
  }
  function latest(kpiId: string): Entry<LatestValue> {
    return (entries.get(latestKey(kpiId)) as Entry<LatestValue> | undefined) ?? EMPTY;
  }

  return { watchSeries, watchBreakdown, watchLatest, refresh, series, breakdown, latest };
});
