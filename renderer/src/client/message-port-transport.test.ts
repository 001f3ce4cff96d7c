import { describe, expect, it } from 'vitest';
import { ENGINE_PORT_MESSAGE, MessagePortTransport } from './message-port-transport.js';

/** A stand-in for `window`: only what the transport uses. */
class FakeWindow {
  private listeners = new Set<(ev: MessageEvent) => void>();
  addEventListener(_type: 'message', cb: (ev: MessageEvent) => void) {
    this.listeners.add(cb);
  }
  removeEventListener(_type: 'message', cb: (ev: MessageEvent) => void) {
    this.listeners.delete(cb);
  }
  post(data: unknown, ports: unknown[], source: unknown = this) {
    for (const cb of this.listeners) cb({ data, ports, source } as unknown as MessageEvent);
  }
}

const tick = () => new Promise((r) => setTimeout(r, 20));

describe('MessagePortTransport', () => {
  it('queues until the preload hands over the port, then talks over it both ways', async () => {
    const win = new FakeWindow();
    const t = new MessagePortTransport(win as unknown as Window);
    const states: string[] = [];
    const got: unknown[] = [];
    t.onState((s) => states.push(s));
    t.onMessage((m) => got.push(m));
    t.send({ type: 'call', id: 1, method: 'system.hello', params: {} });

    const { port1: engineSide, port2: pageSide } = new MessageChannel();
    const atEngine: unknown[] = [];
    engineSide.onmessage = (ev) => atEngine.push(ev.data);
    win.post('something else', [pageSide]);
    expect(t.state).toBe('connecting');
    win.post(ENGINE_PORT_MESSAGE, [pageSide]);
    expect(t.state).toBe('open');
    engineSide.postMessage({ type: 'event', event: 'data.changed', payload: { kpiIds: [] } });
    engineSide.postMessage('{"type":"result","id":1,"result":{}}');
    await tick();
    expect(atEngine).toEqual([{ type: 'call', id: 1, method: 'system.hello', params: {} }]);
    expect(got).toEqual([
      { type: 'event', event: 'data.changed', payload: { kpiIds: [] } },
      { type: 'result', id: 1, result: {} },
    ]);
    expect(states).toEqual(['connecting', 'open']);
    t.close();
    engineSide.close();
  });

  it('ignores ports posted by another window (an iframe)', () => {
    const win = new FakeWindow();
    const t = new MessagePortTransport(win as unknown as Window);
    const { port2 } = new MessageChannel();
    win.post(ENGINE_PORT_MESSAGE, [port2], {});
    expect(t.state).toBe('connecting');
    port2.close();
    t.close();
  });
});
