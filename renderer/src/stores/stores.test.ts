import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../client/client.js';
import { FakeTransport } from '../client/fake-transport.js';
import { setClient } from '../client/instance.js';
import { dailySeries, provenance } from '../panels/test-fixtures.js';
import { useConnectionStore } from './connection.js';
import { useKpiStore } from './kpi.js';
import { useNoticesStore } from './notices.js';
import { useSyncStore } from './sync.js';

type Call = { id: number; method: string; params: Record<string, unknown> };

const hello = {
  version: '0.1.0',
  now: '2025-03-05T14:00:00+07:00',
  timeZone: 'Asia/Ho_Chi_Minh',
  dataDir: '/data',
  notices: [{ level: 'warning', code: 'cache-rebuilt', message: 'cache rebuilt, damaged file moved aside to x.bak', at: '2025-03-05T13:00:00+07:00' }],
};
const source = {
  id: 'provincial',
  name: 'Provincial service',
  baseUrl: 'http://upstream',
  protocol: 'provincial-rest',
  target: 'observations',
  state: 'offline',
  circuit: 'closed',
  credential: 'present',
  consecutiveFailures: 1,
  quarantined: 1,
  notes: [],
  lastAttempt: null,
  lastSuccess: '2025-03-05T10:00:00+07:00',
  lastError: 'cannot reach upstream',
  nextAttempt: null,
  received: 10,
  stored: 9,
  rejected: 1,
  progress: null,
};

/** Answers every call the way a small engine would. */
function autoAnswer(t: FakeTransport, answers: Record<string, (params: Record<string, unknown>) => unknown>) {
  const seen = new Set<number>();
  return () => {
    for (const raw of t.sent as Call[]) {
      if (seen.has(raw.id)) continue;
      seen.add(raw.id);
      const answer = answers[raw.method];
      if (answer) t.receive({ type: 'result', id: raw.id, result: answer(raw.params) });
    }
  };
}

describe('stores', () => {
  let t: FakeTransport;
  let answer: () => void;
  const calls = (method: string) => (t.sent as Call[]).filter((c) => c.method === method);

  beforeEach(() => {
    vi.useFakeTimers();
    t = new FakeTransport('connecting');
    setClient(createClient(t));
    setActivePinia(createPinia());
    answer = autoAnswer(t, {
      'system.hello': () => hello,
      'sync.status': () => ({ online: false, sources: [source] }),
      'kpi.series': () => dailySeries([1, 2, 3]),
      'kpi.latest': (p) => ({
        values: (p.kpiIds as string[]).map((kpiId) => ({ kpiId, periodStart: null, value: 5, previous: 4, provenance })),
      }),
    });
  });
  afterEach(() => vi.useRealTimers());

  async function settle() {
    for (let i = 0; i < 5; i++) {
      answer();
      await vi.advanceTimersByTimeAsync(0);
    }
  }

  it('greets the engine on open, keeps its clock and notices, and loads the sync status', async () => {
    const connection = useConnectionStore();
    const sync = useSyncStore();
    const notices = useNoticesStore();
    t.setState('open');
    await settle();
    expect(connection.hello?.version).toBe('0.1.0');
    expect(connection.generation).toBe(1);
    expect(Math.abs(connection.now.getTime() - Date.parse(hello.now))).toBeLessThan(1000);
    expect(notices.current?.code).toBe('cache-rebuilt');
    expect(sync.online).toBe(false);
    expect(sync.oldestAsOf).toBe('2025-03-05T10:00:00+07:00');
    t.receive({ type: 'event', event: 'sync.status', payload: { online: true, sources: [{ ...source, state: 'ok' }] } });
    expect(sync.online).toBe(true);
  });

  it('shows the same engine notice once, even after a reconnection', async () => {
    useConnectionStore();
    const notices = useNoticesStore();
    t.setState('open');
    await settle();
    t.setState('closed');
    t.setState('open');
    await settle();
    expect(notices.queue).toHaveLength(1);
  });

  it('fetches what is watched, batches latest values and refetches on data.changed for those KPIs only', async () => {
    useConnectionStore();
    const kpi = useKpiStore();
    t.setState('open');
    await settle();
    const offSeries = kpi.watchSeries({ kpiId: 'health.bed-occupancy', period: 'daily' });
    kpi.watchLatest(['health.bed-occupancy', 'health.outpatient-visits']);
    await settle();
    expect(calls('kpi.latest')).toHaveLength(1);
    expect(calls('kpi.latest')[0]!.params.kpiIds).toEqual(['health.bed-occupancy', 'health.outpatient-visits']);
    expect(calls('kpi.series')[0]!.params).toMatchObject({ kpiId: 'health.bed-occupancy', from: '2025-01-04T14:00:00+07:00' });
    expect(kpi.series({ kpiId: 'health.bed-occupancy', period: 'daily' }).data?.points).toHaveLength(3);
    expect(kpi.latest('health.outpatient-visits').data?.value).toBe(5);

    t.receive({ type: 'event', event: 'data.changed', payload: { kpiIds: ['health.bed-occupancy'] } });
    t.receive({ type: 'event', event: 'data.changed', payload: { kpiIds: ['economy.grdp'] } });
    await vi.advanceTimersByTimeAsync(400);
    await settle();
    expect(calls('kpi.series')).toHaveLength(2);
    expect(calls('kpi.latest')).toHaveLength(2);
    expect(calls('kpi.latest')[1]!.params.kpiIds).toEqual(['health.bed-occupancy']);

    offSeries();
    t.receive({ type: 'event', event: 'data.changed', payload: { kpiIds: ['health.bed-occupancy'] } });
    await vi.advanceTimersByTimeAsync(400);
    await settle();
    expect(calls('kpi.series')).toHaveLength(2);
  });

  it('keeps the previous data while refetching and reports errors', async () => {
    useConnectionStore();
    const kpi = useKpiStore();
    t.setState('open');
    await settle();
    kpi.watchSeries({ kpiId: 'health.bed-occupancy', period: 'daily' });
    await settle();
    kpi.refresh();
    const entry = kpi.series({ kpiId: 'health.bed-occupancy', period: 'daily' });
    expect(entry.loading).toBe(true);
    expect(entry.data?.points).toHaveLength(3);
    const last = t.lastCall();
    t.receive({ type: 'error', id: last.id, error: { code: 'unavailable', message: 'cache busy' } });
    await vi.advanceTimersByTimeAsync(0);
    const after = kpi.series({ kpiId: 'health.bed-occupancy', period: 'daily' });
    expect(after.error?.code).toBe('unavailable');
    expect(after.data?.points).toHaveLength(3);
  });

  it('refetches everything on screen after a reconnection', async () => {
    useConnectionStore();
    const kpi = useKpiStore();
    t.setState('open');
    await settle();
    kpi.watchSeries({ kpiId: 'health.bed-occupancy', period: 'daily' });
    await settle();
    t.setState('closed');
    t.setState('open');
    await settle();
    expect(calls('system.hello')).toHaveLength(2);
    expect(calls('kpi.series')).toHaveLength(2);
  });
});
