// The web host: the engine over HTTP + WebSocket on loopback, and the built renderer. It is how a wall
// controller or briefing PC shows the console in a browser, and how the end-to-end tests drive the UI.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Engine } from '../core/engine-api.js';
import { buildCsp } from '../main/csp.js';
import { createStaticHandler } from './static-files.js';

// One policy for both hosts of the renderer: the Electron shell's app:// and this web host.
export const HOST_CSP = buildCsp();

const SECURITY_HEADERS = {
  'content-security-policy': HOST_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

export interface WebHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

function attachSocket(engine: Engine, socket: WebSocket) {
  const connection = engine.connect((message) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
  });
  socket.on('message', (data, isBinary) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(isBinary ? '' : data.toString());
    } catch {
      socket.send(JSON.stringify({ type: 'error', id: null, error: { code: 'malformed-message', message: 'the message is not JSON text' } }));
      return;
    }
    connection.receive(parsed);
  });
  socket.on('close', () => connection.close());
  socket.on('error', () => connection.close());
}

export async function startWebHost(options: { engine: Engine; rendererDir: string; port: number; host?: string }): Promise<WebHost> {
  const serveStatic = createStaticHandler(options.rendererDir, SECURITY_HEADERS);
  const server: Server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    void serveStatic(req, res);
  });
  const sockets = new WebSocketServer({ server, path: '/ws', maxPayload: 1024 * 1024 });
  sockets.on('connection', (socket) => attachSocket(options.engine, socket));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    async close() {
      for (const client of sockets.clients) client.terminate();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
