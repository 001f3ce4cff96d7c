import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClient } from './client.js';
import { CallError } from './call-error.js';
import { FakeTransport } from './fake-transport.js';

const status = { online: true, sources: [] };
const hello = { version: '0.1.0', now: '2025-03-05T14:00:00+07:00', timeZone: 'Asia/Ho_Chi_Minh', dataDir: '/d', notices: [] };

describe('createClient', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends a call message and correlates answers by id, whatever their order', async () => {
    const t = new FakeTransport();
    const client = createClient(t);
    const a = client.call('system.hello', {});
    const b = client.call('sync.status', {});
    const [callA, callB] = t.sent as { id: number; method: string; type: string; params: unknown }[];
    expect(callA).toMatchObject({ type: 'call', method: 'system.hello', params: {} });
    expect(callA!.id).not.toBe(callB!.id);
    t.receive({ type: 'result', id: callB!.id, result: status });
    t.receive({ type: 'result', id: callA!.id, result: hello });
    await expect(a).resolves.toEqual(hello);
    await expect(b).resolves.toEqual(status);
  });

  it('ignores answers with unknown ids and non-contract messages', async () => {
    const t = new FakeTransport();
    const client = createClient(t);
    const p = client.call('sync.status', {});
    t.receive({ type: 'result', id: 999, result: status });
    t.receive('garbage');
    t.receive({ type: 'whatever' });
    t.receive({ type: 'result', id: t.lastCall().id, result: status });
    await expect(p).resolves.toEqual(status);
  });

  it("rejects with the engine's typed error code, message and issues", async () => {
    const t = new FakeTransport();
    const client = createClient(t);
    const p = client.call('kpi.series', { kpiId: 'health.beds' });
    t.receive({
      type: 'error',
      id: t.lastCall().id,
      error: { code: 'invalid-params', message: 'bad params', issues: ['kpiId: expected a KPI id'] },
    });
    const err = await p.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CallError);
    expect(err).toMatchObject({ code: 'invalid-params', message: 'bad params', method: 'kpi.series', issues: ['kpiId: expected a KPI id'] });
  });

  it('rejects a result that does not match the contract', async () => {
    const t = new FakeTransport();
    const client = createClient(t);
    const p = client.call('sync.status', {});
    t.receive({ type: 'result', id: t.lastCall().id, result: { online: 'yes' } });
    await expect(p).rejects.toMatchObject({ code: 'invalid-result' });
  });

  it('times out a call without an answer', async () => {
    const t = new FakeTransport();
    const client = createClient(t, { timeoutMs: 1000 });
    const p = client.call('sync.status', {});
    const caught = p.catch((e: unknown) => e);
    vi.advanceTimersByTime(999);
    t.receive({ type: 'result', id: 12345, result: status });
    vi.advanceTimersByTime(2);
    expect(await caught).toMatchObject({ code: 'timeout', method: 'sync.status' });
    // A late answer is ignored.
    t.receive({ type: 'result', id: (t.sent[0] as { id: number }).id, result: status });
  });

  it('dispatches validated events to their handlers and stops after unsubscribe', () => {
    const t = new FakeTransport();
    const client = createClient(t);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const changed = vi.fn();
    const notice = vi.fn();
    const off = client.on('data.changed', changed);
    client.on('engine.notice', notice);
    t.receive({ type: 'event', event: 'data.changed', payload: { kpiIds: ['health.beds'] } });
    t.receive({ type: 'event', event: 'data.changed', payload: { kpiIds: 'nope' } });
    t.receive({ type: 'event', event: 'unknown.event', payload: {} });
    off();
    t.receive({ type: 'event', event: 'data.changed', payload: { kpiIds: ['x.y'] } });
    expect(changed).toHaveBeenCalledTimes(1);
    expect(changed).toHaveBeenCalledWith({ kpiIds: ['health.beds'] });
    expect(notice).not.toHaveBeenCalled();
  });

  it('fails calls in flight when the connection drops, keeps calls still queued', async () => {
    const t = new FakeTransport('open');
    const client = createClient(t);
    const inFlight = client.call('sync.status', {}).catch((e: unknown) => e);
    t.setState('closed');
    const queued = client.call('system.hello', {});
    t.setState('connecting');
    t.setState('open');
    t.receive({ type: 'result', id: t.lastCall().id, result: hello });
    expect(await inFlight).toMatchObject({ code: 'disconnected' });
    await expect(queued).resolves.toEqual(hello);
  });
});
