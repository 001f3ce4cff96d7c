import { EventEmitter } from 'node:events';
import type { MessagePortMain, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { Engine } from '../core/engine-api.js';
import type { ServerMessage } from '../../shared/contract/envelope.js';
import { connectPort, decodePortMessage, enableEnginePort, ENGINE_PORT_CHANNEL, mayReceivePort, personSeat, windowSeat } from './engine-port.js';

class FakePort extends EventEmitter {
  sent: unknown[] = [];
  started = false;
  closed = false;
  postMessage(message: unknown) {
    if (this.closed) throw new Error('closed');
    this.sent.push(message);
  }
  start() {
    this.started = true;
  }
  close() {
    this.closed = true;
  }
}

function fakeEngine() {
  const connections: { send: (m: ServerMessage) => void; received: unknown[]; closed: number }[] = [];
  const engine: Pick<Engine, 'connect'> = {
    connect(send) {
      const connection = { send, received: [] as unknown[], closed: 0 };
      connections.push(connection);
      return { receive: (m) => connection.received.push(m), close: () => (connection.closed += 1) };
    },
  };
  return { engine, connections };
}

const asPort = (port: FakePort) => port as unknown as MessagePortMain;
const call = { type: 'call', id: 1, method: 'catalog.get' };

describe('decodePortMessage', () => {
  it('parses JSON text, passes values through, hands bad JSON on as text', () => {
    expect(decodePortMessage(JSON.stringify(call))).toEqual(call);
    expect(decodePortMessage(call)).toBe(call);
    expect(decodePortMessage('{not json')).toBe('{not json');
  });
});

describe('connectPort', () => {
  it('routes calls to the engine and answers back over the port', () => {
    const { engine, connections } = fakeEngine();
    const port = new FakePort();
    connectPort(engine, asPort(port), () => {});
    expect(port.started).toBe(true);
    port.emit('message', { data: JSON.stringify(call), ports: [] });
    port.emit('message', { data: call, ports: [] });
    expect(connections[0]?.received).toEqual([call, call]);
    connections[0]?.send({ type: 'result', id: 1, result: { ok: true } });
    expect(port.sent).toEqual([{ type: 'result', id: 1, result: { ok: true } }]);
  });

  it('closes the engine connection once when the page side goes away', () => {
    const { engine, connections } = fakeEngine();
    const port = new FakePort();
    const link = connectPort(engine, asPort(port), () => {});
    port.emit('close');
    link.close();
    expect(connections[0]?.closed).toBe(1);
    expect(port.closed).toBe(true);
    connections[0]?.send({ type: 'event', event: 'x', payload: null });
    expect(port.sent).toEqual([]);
  });

  it('a failing send closes the link instead of throwing into the engine', () => {
    const { engine, connections } = fakeEngine();
    const port = new FakePort();
    const log = vi.fn();
    connectPort(engine, asPort(port), log);
    port.closed = true;
    expect(() => connections[0]?.send({ type: 'event', event: 'x', payload: null })).not.toThrow();
    expect(connections[0]?.closed).toBe(1);
    expect(log).toHaveBeenCalledOnce();
  });
});

describe('enableEnginePort', () => {
  function setup() {
    const contents = Object.assign(new EventEmitter(), { posted: [] as [string, unknown, FakePort[]][], url: 'app://console/index.html#/' });
    (contents as unknown as { getURL: unknown }).getURL = () => contents.url;
    (contents as unknown as { postMessage: unknown }).postMessage = (channel: string, message: unknown, ports: FakePort[]) =>
      contents.posted.push([channel, message, ports]);
    const { engine, connections } = fakeEngine();
    const channels: { port1: FakePort; port2: FakePort }[] = [];
    const createChannel = () => {
      const channel = { port1: new FakePort(), port2: new FakePort() };
      channels.push(channel);
      return { port1: asPort(channel.port1), port2: asPort(channel.port2) };
    };
    enableEnginePort(contents as unknown as WebContents, { engine, createChannel, log: () => {} });
    return { contents, connections, channels };
  }

  it('hands the page a fresh port after each load and closes the previous connection', () => {
    const { contents, connections, channels } = setup();
    contents.emit('did-finish-load');
    expect(contents.posted).toEqual([[ENGINE_PORT_CHANNEL, null, [channels[0]?.port2]]]);
    contents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false });
    expect(connections[0]?.closed).toBe(1);
    contents.emit('did-finish-load');
    expect(connections).toHaveLength(2);
    expect(contents.posted[1]?.[2]).toEqual([channels[1]?.port2]);
    expect(connections[1]?.closed).toBe(0);
  });

  it('gives no port to a page of another origin', () => {
    const { contents, connections } = setup();
    contents.url = 'https://example.org/';
    contents.emit('did-finish-load');
    expect(contents.posted).toEqual([]);
    expect(connections).toHaveLength(0);
    expect(mayReceivePort('app://console/index.html')).toBe(true);
    expect(mayReceivePort('app://other/index.html')).toBe(false);
    expect(mayReceivePort('file:///etc/passwd')).toBe(false);
    expect(mayReceivePort('not a url')).toBe(false);
  });

  it('keeps the connection on in-page and sub-frame navigation', () => {
    const { contents, connections } = setup();
    contents.emit('did-finish-load');
    contents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: true });
    contents.emit('did-start-navigation', { isMainFrame: false, isSameDocument: false });
    expect(connections[0]?.closed).toBe(0);
  });

  it('closes the connection when the renderer dies or the window is destroyed', () => {
    const { contents, connections } = setup();
    contents.emit('did-finish-load');
    contents.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(connections[0]?.closed).toBe(1);
    contents.emit('did-finish-load');
    contents.emit('destroyed');
    expect(connections[1]?.closed).toBe(1);
  });
});

describe('windowSeat', () => {
  it("gives one person's windows one seat; walls have their own, never prompt, and use their device credential", () => {
    const person = personSeat();
    expect(personSeat()).not.toBe(person);
    const roles = ['workstation', 'briefing', 'audience', 'print'] as const;
    for (const role of roles) expect(windowSeat(role, person)).toEqual({ binding: person, origin: `window ${role}`, sso: 'external', wall: false });
    expect(windowSeat('wall', person, 'device-credential')).toEqual({ binding: 'device-credential', origin: 'window wall', sso: 'none', wall: true });
    expect(windowSeat('wall', person).binding).not.toBe(person);
  });
});
