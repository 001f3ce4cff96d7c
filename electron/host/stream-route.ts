// /camera-streams/<ticket>/<file>: camera streams through the engine's relay, for the seat that holds the ticket.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import type { Engine } from '../core/engine-api.js';
import { readSeat } from './host-security.js';

const ROUTE = /^\/camera-streams\/([A-Za-z0-9_-]{16,64})\/([A-Za-z0-9._-]{1,40})$/;

export function createStreamRoute(engine: Engine, tls: boolean) {
  return {
    async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
      if (!url.pathname.startsWith('/camera-streams/')) return false;
      const match = ROUTE.exec(url.pathname);
      const abort = new AbortController();
      res.on('close', () => abort.abort());
      const upstream = match ? await engine.streams.open(match[1]!, match[2]!, readSeat(req.headers.cookie, tls), abort.signal) : null;
      if (!upstream) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end('no such stream, or no longer yours');
        return true;
      }
      res.writeHead(upstream.status, {
        'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      });
      if (!upstream.body || req.method === 'HEAD') {
        await upstream.body?.cancel();
        res.end();
        return true;
      }
      Readable.fromWeb(upstream.body as unknown as NodeReadableStream<Uint8Array>)
        .on('error', () => res.destroy())
        .pipe(res);
      return true;
    },
  };
}
