import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../client/client.js';
import { FakeTransport } from '../client/fake-transport.js';
import { setClient } from '../client/instance.js';
import { dailySeries, provenance } from '../panels/test-fixtures.js';
import { useConnectionStore } from './connection.js';
import { BREACHES_EVERY_MS, EVICT_AFTER_MS, useKpiStore } from './kpi.js';
import { callKey } from './kpi-window.js';

type Call = { id: number; method: string; params: Record<string, unknown> };
const hello = { version: '0.1.0', now: '2025-03-05T14:00:00+07:00', timeZone: 'Asia/Ho_Chi_Minh', dataDir: '/data', notices: [] };
const breach = {
  kpiId: 'health.bed-occupancy',
  domain: 'health',
  severity: 'critical',
  value: 97,
  threshold: { op: '>', value: 95, severity: 'critical', label: { vi: 'Quá tải', en: 'Overloaded' } },
  periodStart: '2025-03-04T00:00:00+07:00',
  since: '2025-03-03T00:00:00+07:00',
  provenance,
};

describe('KPI store: watched calls', () => {
  let t: FakeTransport;
  const calls = (method: string) => (t.sent as Call[]).filter((c) => c.method === method);
  const seen = new Set<number>();
  let failNext = false;

  function answer() {
    for (const c of t.sent as Call[]) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      if (c.method === 'system.hello') t.receive({ type: 'result', id: c.id, result: hello });
      else if (failNext) {
        failNext = false;
        t.receive({ type: 'error', id: c.id, error: { code: 'unavailable', message: 'busy' } });
      } else if (c.method === 'kpi.series') t.receive({ type: 'result', id: c.id, result: dailySeries([1, 2, 3]) });
      else if (c.method === 'kpi.breaches') t.receive({ type: 'result', id: c.id, result: { evaluatedAt: hello.now, breaches: [breach] } });
    }
  }
  async function settle() {
    for (let i = 0; i < 5; i++) {
      answer();
      await vi.advanceTimersByTimeAsync(0);
    }
  }

  beforeEach(async () => {
    vi.useFakeTimers();
    seen.clear();
    t = new FakeTransport('connecting');
    setClient(createClient(t));
    setActivePinia(createPinia());
    useConnectionStore();
    t.setState('open');
    await settle();
  });
  afterEach(() => vi.useRealTimers());

  const params = { kpiId: 'health.bed-occupancy', dim: 'commune' as const, member: '24121', from: '2025-03-01T00:00:00+07:00', to: '2025-03-08T00:00:00+07:00' };

  it('fetches a watched call once for all its watchers, with the exact parameters', async () => {
    const store = useKpiStore();
    const off1 = store.watchCall('kpi.series', params);
    const off2 = store.watchCall('kpi.series', { ...params });
    await settle();
    expect(calls('kpi.series')).toHaveLength(1);
    expect(calls('kpi.series')[0]!.params).toEqual(params);
    expect(store.entry('kpi.series', params).data?.points).toHaveLength(3);
    off1();
    off2();
  });

  it('gives equal requests equal keys whatever the order of their fields', () => {
    expect(callKey('kpi.series', { kpiId: 'a', from: 'x', dim: 'total' } as never)).toBe(callKey('kpi.series', { dim: 'total', kpiId: 'a', from: 'x' } as never));
    expect(callKey('kpi.breaches', {})).toBe('kpi.breaches|*|{}');
  });

  it('keeps an unwatched entry a minute (a panel that comes back shows at once), then forgets it', async () => {
    const store = useKpiStore();
    store.watchCall('kpi.series', params)();
    await settle();
    expect(store.size()).toBe(1);
    await vi.advanceTimersByTimeAsync(EVICT_AFTER_MS / 2);
    const off = store.watchCall('kpi.series', params);
    await settle();
    expect(calls('kpi.series')).toHaveLength(1); // held data is shown; no refetch on rewatch
    off();
    await vi.advanceTimersByTimeAsync(EVICT_AFTER_MS + 10);
    expect(store.size()).toBe(0);
    expect(store.entry('kpi.series', params).data).toBeNull();
  });

  it('refetches a failed call when watched again, and keeps the last data when a refetch fails', async () => {
    const store = useKpiStore();
    failNext = true;
    const off = store.watchCall('kpi.series', params);
    await settle();
    expect(store.entry('kpi.series', params).error?.code).toBe('unavailable');
    off();
    store.watchCall('kpi.series', params);
    await settle();
    expect(store.entry('kpi.series', params).data?.points).toHaveLength(3);
    failNext = true;
    store.refresh(['health.bed-occupancy']);
    await settle();
    expect(store.entry('kpi.series', params)).toMatchObject({ error: { code: 'unavailable' } });
    expect(store.entry('kpi.series', params).data?.points).toHaveLength(3);
  });

  it('refreshes the breach list on new data for any KPI and every minute, while watched', async () => {
    const store = useKpiStore();
    const off = store.watchBreaches();
    await settle();
    expect(store.entry('kpi.breaches', {}).data?.breaches[0]?.kpiId).toBe('health.bed-occupancy');
    t.receive({ type: 'event', event: 'data.changed', payload: { kpiIds: ['economy.cpi'] } });
    await vi.advanceTimersByTimeAsync(400);
    await settle();
    expect(calls('kpi.breaches')).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(BREACHES_EVERY_MS);
    await settle();
    expect(calls('kpi.breaches')).toHaveLength(3);
    off();
    await vi.advanceTimersByTimeAsync(3 * BREACHES_EVERY_MS);
    await settle();
    expect(calls('kpi.breaches')).toHaveLength(3);
  });
});
