import { describe, expect, it } from 'vitest';
import { allowedHosts, checkListen, isSameOrigin, parseCookies, readSeat, safeNext, seatCookie } from './host-security.js';

describe('web host rules', () => {
  it('listens beyond loopback only with TLS', () => {
    expect(() => checkListen('127.0.0.1', false)).not.toThrow();
    expect(() => checkListen('0.0.0.0', false)).toThrow(/TLS/);
    expect(() => checkListen('10.1.2.3', true)).not.toThrow();
  });

  it('answers only its own names (DNS rebinding) and its own origin (cross-site WebSockets)', () => {
    const hosts = allowedHosts(4780, 'ioc.daklak.gov.vn:4780');
    expect(hosts.has('127.0.0.1:4780')).toBe(true);
    expect(hosts.has('evil.example:4780')).toBe(false);
    expect(isSameOrigin('http://127.0.0.1:4780', '127.0.0.1:4780', false)).toBe(true);
    expect(isSameOrigin('http://evil.example', '127.0.0.1:4780', false)).toBe(false);
    expect(isSameOrigin('http://127.0.0.1:4780', '127.0.0.1:4780', true)).toBe(false);
    expect(isSameOrigin(undefined, '127.0.0.1:4780', false)).toBe(true);
  });

  it('sets the seat cookie HttpOnly, SameSite=Strict, and __Host- + Secure under TLS', () => {
    expect(seatCookie('a'.repeat(43), false, 60)).toBe(`ioc_seat=${'a'.repeat(43)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=60`);
    expect(seatCookie('b'.repeat(43), true, 60)).toMatch(/^__Host-ioc_seat=b+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=60; Secure$/);
    expect(readSeat(`x=1; ioc_seat=${'c'.repeat(43)}`, false)).toBe('c'.repeat(43));
    expect(readSeat('ioc_seat=short', false)).toBeNull();
    expect(readSeat(`ioc_seat=${'c'.repeat(43)}`, true)).toBeNull();
    expect(parseCookies('a=1; a=2; b').get('a')).toBe('1');
  });

  it('lands only on in-app routes after enrolment', () => {
    expect(safeNext('#/wall')).toBe('/#/wall');
    expect(safeNext('//evil.example')).toBe('/');
    expect(safeNext('#/../x')).toBe('/');
  });
});
