import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backoffDelay } from './backoff.js';
import { WebSocketTransport, engineSocketUrl } from './websocket-transport.js';

class FakeSocket {
  static all: FakeSocket[] = [];
  readyState = 0;
  sent: string[] = [];
  onopen: ((ev: Event) => void) | null = null;
  onclose: ((ev: CloseEvent) => void) | null = null;
  onerror: ((ev: Event) => void) | null = null;
  onmessage: ((ev: MessageEvent) => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }
  send(data: string) {
    this.sent.push(data);
  }
  close() {
    this.onclose?.({} as CloseEvent);
  }
  open() {
    this.onopen?.({} as Event);
  }
}

describe('WebSocketTransport', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeSocket.all = [];
  });
  afterEach(() => vi.useRealTimers());

  const make = () =>
    new WebSocketTransport('ws://host/ws', {
      createSocket: (url) => new FakeSocket(url),
      backoff: { random: () => 0.5 },
    });

  it('builds the /ws URL from the page location', () => {
    expect(engineSocketUrl({ protocol: 'http:', host: 'localhost:8080' })).toBe('ws://localhost:8080/ws');
    expect(engineSocketUrl({ protocol: 'https:', host: 'ioc.example' })).toBe('wss://ioc.example/ws');
  });

  it('queues while connecting, flushes on open, parses JSON frames', () => {
    const t = make();
    const states: string[] = [];
    const got: unknown[] = [];
    t.onState((s) => states.push(s));
    t.onMessage((m) => got.push(m));
    t.send({ a: 1 });
    const socket = FakeSocket.all[0]!;
    expect(socket.sent).toEqual([]);
    socket.open();
    expect(socket.sent).toEqual(['{"a":1}']);
    socket.onmessage?.({ data: '{"type":"event"}' } as MessageEvent);
    socket.onmessage?.({ data: 'not json' } as MessageEvent);
    expect(got).toEqual([{ type: 'event' }]);
    expect(states).toEqual(['connecting', 'open']);
  });

  it('reconnects with growing, capped delays when the host goes away', () => {
    const t = make();
    FakeSocket.all[0]!.close();
    expect(t.state).toBe('closed');
    vi.advanceTimersByTime(250);
    expect(FakeSocket.all).toHaveLength(2);
    FakeSocket.all[1]!.close();
    vi.advanceTimersByTime(499);
    expect(FakeSocket.all).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(FakeSocket.all).toHaveLength(3);
    FakeSocket.all[2]!.open();
    expect(t.state).toBe('open');
  });

  it('stops reconnecting once closed by the app', () => {
    const t = make();
    t.close();
    vi.advanceTimersByTime(60_000);
    expect(FakeSocket.all).toHaveLength(1);
  });
});

describe('backoffDelay', () => {
  it('doubles from the base and never exceeds the cap', () => {
    const mid = { random: () => 0.5 };
    expect([0, 1, 2, 3, 4, 5, 10].map((a) => backoffDelay(a, mid))).toEqual([250, 500, 1000, 2000, 4000, 5000, 5000]);
    expect(backoffDelay(20, { random: () => 1 })).toBeLessThanOrEqual(5000);
  });
});
