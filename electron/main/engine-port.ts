// Wires each window to the in-process engine over a MessageChannelMain; one connection per page load.
import type { MessagePortMain, WebContents } from 'electron';
import { randomBytes } from 'node:crypto';
import type { ConnectOptions, Engine } from '../core/engine-api.js';
import { APP_HOST, APP_SCHEME } from './app-protocol.js';
import type { WindowRole } from './web-preferences.js';

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
export function connectPort(engine: Pick<Engine, 'connect'>, port: MessagePortMain, log: (line: string) => void, seat: ConnectOptions = {}): PortLink {
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
  }, seat);
  port.on('message', (event) => connection.receive(decodePortMessage(event.data)));
  port.on('close', close);
  port.start();
  return { close };
}

export interface EnginePortOptions {
  engine: Pick<Engine, 'connect'>;
  createChannel: () => { port1: MessagePortMain; port2: MessagePortMain };
  log: (line: string) => void;
  /** The window's seat: the same for every load of this window, so a reload keeps its session. */
  seat?: ConnectOptions;
}

/** The seat of the person at this console: one key, held by the shell for its lifetime (the desktop's "cookie"). */
export const personSeat = (): string => randomBytes(32).toString('base64url');

/**
 * A window's seat. The workstation, the presenter, the audience screen and the hidden print window are one
 * person's (`person`, from personSeat): signed in once, they share the session, and SSO goes through the
 * system browser. A wall window has a seat of its own (its device credential) and never prompts for sign-in.
 */
export function windowSeat(role: WindowRole, person: string, deviceCredential?: string): ConnectOptions {
  if (role === 'wall') return { binding: deviceCredential ?? personSeat(), origin: 'window wall', sso: 'none', wall: true };
  return { binding: person, origin: `window ${role}`, sso: 'external', wall: false };
}

/** Only the console's own pages (app://console) get an engine port; anything else that loaded gets nothing. */
export function mayReceivePort(url: string): boolean {
  try {
    // URL.origin is "null" for a custom scheme: compare its parts.
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** After every load hands the page a fresh port; drops the old link on navigation, reload, crash, close. */
export function enableEnginePort(contents: WebContents, { engine, createChannel, log, seat }: EnginePortOptions): void {
  let link: PortLink | null = null;
  const drop = () => {
    link?.close();
    link = null;
  };
  contents.on('did-finish-load', () => {
    drop();
    const url = contents.getURL();
    if (!mayReceivePort(url)) {
      log(`no engine port for ${url}: not the console's origin`);
      return;
    }
    const { port1, port2 } = createChannel();
    link = connectPort(engine, port1, log, seat);
    contents.postMessage(ENGINE_PORT_CHANNEL, null, [port2]);
  });
  contents.on('did-start-navigation', (event) => {
    if (event.isMainFrame && !event.isSameDocument) drop();
  });
  contents.on('render-process-gone', drop);
  contents.once('destroyed', drop);
}
