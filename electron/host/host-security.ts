// The web host's rules, as pure functions: where it may listen, which Host and Origin it answers, the seat cookie.
import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';

export const LOOPBACK_HOSTS = ['127.0.0.1', '::1', 'localhost'];

export function isLoopbackAddress(host: string): boolean {
  return LOOPBACK_HOSTS.includes(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** 127.0.0.1 by default; any other address only with TLS (issue 8 item 7). */
export function checkListen(host: string, tls: boolean): void {
  if (!isLoopbackAddress(host) && !tls) {
    throw new Error(`the web host listens on ${host} only with TLS (--tls-cert and --tls-key); without TLS it stays on 127.0.0.1`);
  }
}

/** Host header values this host answers: its loopback names and, when set, its public name. DNS rebinding gets 421. */
export function allowedHosts(port: number, publicHost?: string): Set<string> {
  const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
  if (publicHost) hosts.add(publicHost.includes(':') && !publicHost.startsWith('[') && isIP(publicHost) === 6 ? `[${publicHost}]:${port}` : publicHost);
  return hosts;
}

/** A browser's Origin must be this very host (cross-site WebSocket hijacking, forged sign-ins). No Origin: not a browser. */
export function isSameOrigin(origin: string | undefined, host: string | undefined, tls: boolean): boolean {
  if (origin === undefined) return true;
  return host !== undefined && origin === `${tls ? 'https' : 'http'}://${host}`;
}

export function seatCookieName(tls: boolean): string {
  // __Host- cookies must be Secure, Path=/ and without Domain: browsers then refuse any other site's copy.
  return tls ? '__Host-ioc_seat' : 'ioc_seat';
}

export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (!cookies.has(name)) cookies.set(name, value);
  }
  return cookies;
}

const SEAT = /^[A-Za-z0-9_-]{32,64}$/;

export function readSeat(cookieHeader: string | undefined, tls: boolean): string | null {
  const value = parseCookies(cookieHeader).get(seatCookieName(tls));
  return value !== undefined && SEAT.test(value) ? value : null;
}

export const newSeat = () => randomBytes(32).toString('base64url');

/** HttpOnly (no script reads it), SameSite=Strict (no other site sends it), Secure under TLS. */
export function seatCookie(value: string, tls: boolean, maxAgeSeconds: number): string {
  return [`${seatCookieName(tls)}=${value}`, 'Path=/', 'HttpOnly', 'SameSite=Strict', `Max-Age=${maxAgeSeconds}`, ...(tls ? ['Secure'] : [])].join('; ');
}

/** Where a page may ask to land after /auth/device: an in-app route only. */
export function safeNext(next: string | null): string {
  return next && /^#\/[a-z0-9/_-]{0,64}$/.test(next) ? `/${next}` : '/';
}
