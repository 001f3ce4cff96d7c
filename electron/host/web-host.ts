// The web host: the engine over HTTP + WebSocket, and the built renderer. It is how a wall controller or
// briefing PC shows the console in a browser, and how the end-to-end tests drive the UI. 127.0.0.1 by default;
// another address only with TLS. Every request must name this host (DNS rebinding), every browser WebSocket
// must come from this origin, and the seat cookie (HttpOnly, SameSite=Strict) binds a browser to its session.
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Engine } from '../core/engine-api.js';
import { buildCsp } from '../main/csp.js';
import { createAuthRoutes } from './auth-routes.js';
import { allowedHosts, checkListen, isSameOrigin, newSeat, readSeat, seatCookie } from './host-security.js';
import { createStaticHandler } from './static-files.js';
import { createStreamRoute } from './stream-route.js';

// One policy for both hosts of the renderer: the Electron shell's app:// and this web host.
export const HOST_CSP = buildCsp();

const SECURITY_HEADERS = {
  'content-security-policy': HOST_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), bluetooth=()',
};

export interface WebHostOptions {
  engine: Engine;
  rendererDir: string;
  port: number;
  /** 127.0.0.1 unless given; any non-loopback address needs `tls`. */
  host?: string;
  tls?: { cert: string | Buffer; key: string | Buffer };
  /** The host name (and port) browsers use when not on loopback, e.g. "ioc-wall.daklak.gov.vn:4780". */
  publicHost?: string;
}

export interface WebHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

function attachSocket(engine: Engine, socket: WebSocket, seat: string | null, origin: string) {
  const connection = engine.connect(
    (message) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
    },
    { ...(seat ? { binding: seat } : {}), origin, sso: 'navigate' },
  );
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

function refuseUpgrade(socket: Socket, status: number, text: string) {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const host = options.host ?? '127.0.0.1';
  const tls = options.tls !== undefined;
  checkListen(host, tls);
  let hosts = new Set<string>();
  const serveStatic = createStaticHandler(options.rendererDir, SECURITY_HEADERS);
  const scheme = tls ? 'https' : 'http';
  const auth = createAuthRoutes({ engine: options.engine, tls, headers: SECURITY_HEADERS, origin: (req) => `${scheme}://${req.headers.host}` });
  const streams = createStreamRoute(options.engine, tls);

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (!hosts.has(req.headers.host ?? '')) {
      res.writeHead(421, { 'content-type': 'text/plain; charset=utf-8' }).end('this host does not serve that name');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(req.url ?? '/', `${scheme}://${req.headers.host}`);
    if (await auth.handle(req, res, url)) return;
    if (await streams.handle(req, res, url)) return;
    // Every browser gets its seat with the page, before its first WebSocket.
    if (!readSeat(req.headers.cookie, tls)) res.setHeader('set-cookie', seatCookie(newSeat(), tls, 30 * 24 * 3600));
    await serveStatic(req, res);
  };
  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  };
  const server: Server = tls ? createHttpsServer({ cert: options.tls!.cert, key: options.tls!.key }, onRequest) : createHttpServer(onRequest);
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://host.invalid');
    if (url.pathname !== '/ws') return refuseUpgrade(socket, 404, 'Not Found');
    if (!hosts.has(req.headers.host ?? '')) return refuseUpgrade(socket, 421, 'Misdirected Request');
    if (!isSameOrigin(req.headers.origin, req.headers.host, tls)) return refuseUpgrade(socket, 403, 'Forbidden');
    sockets.handleUpgrade(req, socket, head, (ws) => attachSocket(options.engine, ws, readSeat(req.headers.cookie, tls), `ws ${req.socket.remoteAddress ?? 'unknown'}`));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  hosts = allowedHosts(port, options.publicHost);
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `${scheme}://${urlHost === '0.0.0.0' || urlHost === '[::]' ? '127.0.0.1' : urlHost}:${port}/`,
    port,
    async close() {
      for (const client of sockets.clients) client.terminate();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
