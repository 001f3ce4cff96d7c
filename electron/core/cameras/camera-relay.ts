// Relays a ticket's stream from the police camera gateway: only the files of that stream, only while the
// seat's session is live and the right still holds; an MJPEG stream is cut off when either ends.
import type { StreamRelay } from '../engine-api.js';
import type { StreamTickets } from './stream-tickets.js';

const HLS_FILE = /^(index\.m3u8|seg-\d{1,12}\.ts)$/;
const RECHECK_MS = 5_000;

export interface RelayDeps {
  tickets: StreamTickets;
  gatewayUrl: () => string | null;
  token?: string;
  /** Session live and the viewing right still valid. */
  stillAllowed: (ticketId: string) => boolean;
  log: (line: string) => void;
}

function upstreamPath(kind: 'hls' | 'mjpeg', cameraId: string, file: string): string | null {
  if (kind === 'mjpeg') return file === 'mjpeg' ? `streams/${encodeURIComponent(cameraId)}/mjpeg` : null;
  return HLS_FILE.test(file) ? `streams/${encodeURIComponent(cameraId)}/hls/${file}` : null;
}

/** Passes chunks through while `allowed()` holds, checking every few seconds. */
function guarded(body: ReadableStream<Uint8Array>, allowed: () => boolean): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let timer: NodeJS.Timeout | undefined;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      timer = setInterval(() => {
        if (allowed()) return;
        clearInterval(timer);
        void reader.cancel('access ended');
        controller.close();
      }, RECHECK_MS);
      timer.unref();
    },
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) {
          clearInterval(timer);
          controller.close();
        } else controller.enqueue(value);
      } catch {
        clearInterval(timer);
        controller.close();
      }
    },
    cancel(reason) {
      clearInterval(timer);
      return reader.cancel(reason);
    },
  });
}

export function createCameraRelay(deps: RelayDeps): StreamRelay {
  return {
    async open(ticketId, file, binding, signal) {
      const ticket = deps.tickets.get(ticketId);
      if (!ticket || (binding !== null && binding !== ticket.binding) || !deps.stillAllowed(ticketId)) return null;
      const path = upstreamPath(ticket.kind, ticket.cameraId, file);
      const base = deps.gatewayUrl();
      if (!path || !base) return null;
      let upstream: Response;
      try {
        upstream = await fetch(new URL(path, base.endsWith('/') ? base : `${base}/`), {
          headers: deps.token ? { authorization: `Bearer ${deps.token}` } : {},
          signal,
        });
      } catch (error) {
        deps.log(`camera gateway unreachable for ${ticket.cameraId}: ${(error as Error).message}`);
        return new Response('camera gateway unreachable', { status: 502 });
      }
      if (!upstream.ok || !upstream.body) {
        await upstream.body?.cancel();
        return new Response(`camera unavailable (${upstream.status})`, { status: upstream.status === 404 ? 404 : 502 });
      }
      const headers = new Headers({ 'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream', 'cache-control': 'no-store' });
      const body = ticket.kind === 'mjpeg' ? guarded(upstream.body, () => deps.stillAllowed(ticketId)) : upstream.body;
      return new Response(body, { status: 200, headers });
    },
  };
}
