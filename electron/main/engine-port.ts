// Wires each window to the in-process engine over a MessageChannelMain; one connection per page load.
import type { MessagePortMain, WebContents } from 'electron';
import type { Engine } from '../core/engine-api.js';

export const ENGINE_PORT_CHANNEL = 'ioc:engine-port';

/** Strings are JSON text; anything else is already a structured-clone value. Bad JSON goes to the engine as is (it answers malformed-message). */
export function decodePortMessage(data: unknown): unknown {
  if (typeof data !== 'string') return data;
  try {
    return JSON.parse(data) as unknown;
  } catch {
    return data;
  }
}

export interface PortLink {
  close(): void;
}

/** Connects one end of a channel to the engine; closing either side closes both. */
export function connectPort(engine: Pick<Engine, 'connect'>, port: MessagePortMain, log: (line: string) => void): PortLink {
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    connection.close();
    port.close();
  };
  const connection = engine.connect((message) => {
    if (closed) return;
    try {
      port.postMessage(message);
    } catch (error) {
      log(`engine port send failed: ${String(error)}`);
      close();
    }
  });
  port.on('message', (event) => connection.receive(decodePortMessage(event.data)));
  port.on('close', close);
  port.start();
  return { close };
}

export interface EnginePortOptions {
  engine: Pick<Engine, 'connect'>;
  createChannel: () => { port1: MessagePortMain; port2: MessagePortMain };
  log: (line: string) => void;
}

/** After every load hands the page a fresh port; drops the old link on navigation, reload, crash, close. */
export function enableEnginePort(contents: WebContents, { engine, createChannel, log }: EnginePortOptions): void {
  let link: PortLink | null = null;
  const drop = () => {
    link?.close();
    link = null;
  };
  contents.on('did-finish-load', () => {
    drop();
    const { port1, port2 } = createChannel();
    link = connectPort(engine, port1, log);
    contents.postMessage(ENGINE_PORT_CHANNEL, null, [port2]);
  });
  contents.on('did-start-navigation', (event) => {
    if (event.isMainFrame && !event.isSameDocument) drop();
  });
  contents.on('render-process-gone', drop);
  contents.once('destroyed', drop);
}
