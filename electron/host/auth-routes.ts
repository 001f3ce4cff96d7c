// The web host's sign-in routes: single sign-on by redirect (/auth/login → provider → /auth/callback) and the
// one-time enrolment of a wall display (/auth/device?code=…). The seat cookie binds the browser to its session.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Engine } from '../core/engine-api.js';
import { RateLimiter } from '../core/access/rate-limit.js';
import { newSeat, readSeat, safeNext, seatCookie } from './host-security.js';

const SEAT_MAX_AGE = 30 * 24 * 3600;
const DEVICE_MAX_AGE = 10 * 365 * 24 * 3600;

export interface AuthRoutes {
  /** True when it answered the request. */
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean>;
}

export function createAuthRoutes(options: { engine: Engine; tls: boolean; headers: Record<string, string>; origin: (req: IncomingMessage) => string }): AuthRoutes {
  const { engine, tls, headers } = options;
  const ssoStarts = new RateLimiter(30, 60_000);
  const enrolments = new RateLimiter(10, 10 * 60_000);
  const redirect = (res: ServerResponse, location: string, cookie?: string) => {
    res.writeHead(302, { ...headers, location, 'cache-control': 'no-store', ...(cookie ? { 'set-cookie': cookie } : {}) }).end();
  };
  const tooMany = (res: ServerResponse) => res.writeHead(429, { ...headers, 'content-type': 'text/plain; charset=utf-8', 'retry-after': '60' }).end('too many attempts');
  const remote = (req: IncomingMessage) => req.socket.remoteAddress ?? 'unknown';

  return {
    async handle(req, res, url) {
      if (!url.pathname.startsWith('/auth/')) return false;
      if (url.pathname === '/auth/login' && engine.access.ssoEnabled) {
        if (!ssoStarts.take(remote(req))) return (tooMany(res), true);
        const existing = readSeat(req.headers.cookie, tls);
        const seat = existing ?? newSeat();
        const cookie = existing ? undefined : seatCookie(seat, tls, SEAT_MAX_AGE);
        try {
          redirect(res, await engine.access.beginSso(seat, `${options.origin(req)}/auth/callback`), cookie);
        } catch {
          redirect(res, '/', cookie);
        }
        return true;
      }
      if (url.pathname === '/auth/callback' && engine.access.ssoEnabled) {
        await engine.access.completeSso(url, `http ${remote(req)}`);
        redirect(res, '/');
        return true;
      }
      if (url.pathname === '/auth/device') {
        if (!enrolments.take(remote(req))) return (tooMany(res), true);
        const credential = await engine.access.redeemDeviceCode(url.searchParams.get('code') ?? '', `http ${remote(req)}`);
        if (!credential) {
          res.writeHead(403, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end('Mã đăng ký không hợp lệ hoặc đã hết hạn / The enrolment code is unknown, used or expired');
          return true;
        }
        redirect(res, safeNext(url.searchParams.get('next')), seatCookie(credential, tls, DEVICE_MAX_AGE));
        return true;
      }
      res.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return true;
    },
  };
}
