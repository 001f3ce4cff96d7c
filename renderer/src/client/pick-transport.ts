// Inside Electron the page is loaded from app:// and gets a MessagePort; in a browser it talks to the web host.
import { MessagePortTransport } from './message-port-transport.js';
import type { Transport } from './transport.js';
import { WebSocketTransport, engineSocketUrl } from './websocket-transport.js';

export function pickTransport(loc: Location = location): Transport {
  if (loc.protocol === 'app:') return new MessagePortTransport(window);
  return new WebSocketTransport(engineSocketUrl(loc));
}
