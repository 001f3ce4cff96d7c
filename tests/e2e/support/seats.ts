// Seats for the end-to-end tests: a seat cookie minted here, signed in over the host's own WebSocket, as a
// browser would; the demo accounts are those of `--demo-accounts`.
import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';

// The demo accounts of `--demo-accounts`, as the engine seeds them.
export { DEMO_PASSWORD, DEMO_USER_FOR_ROLE as DEMO_USER } from '../../../electron/core/access/demo-accounts.js';

export const mintSeat = () => randomBytes(32).toString('base64url');

export function seatCookie(hostUrl: string, seat: string) {
  return { name: 'ioc_seat', value: seat, url: hostUrl, httpOnly: true, sameSite: 'Strict' as const };
}

/** One contract call on a seat; rejects with the engine's error code. */
export function engineCall(hostUrl: string, seat: string, method: string, params: unknown): Promise<Record<string, unknown>> {
  const socket = new WebSocket(new URL('/ws', hostUrl.replace(/^http/, 'ws')), { headers: { cookie: `ioc_seat=${seat}` } });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.terminate();
      reject(new Error(`${method}: no answer`));
    }, 30_000);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'call', id: 1, method, params })));
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type: string; id?: number; result?: Record<string, unknown>; error?: { code: string; message: string } };
      if (message.id !== 1) return;
      clearTimeout(timer);
      socket.close();
      if (message.type === 'result') resolve(message.result!);
      else reject(Object.assign(new Error(`${method}: ${message.error?.code} ${message.error?.message}`), { code: message.error?.code }));
    });
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
