import { describe, expect, it } from 'vitest';
import { buildCsp, withCspHeader } from './csp.js';

describe('buildCsp', () => {
  const csp = buildCsp();
  const directives = new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

  it('allows only the app itself for scripts and connections', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });

  it('never allows inline or eval scripts', () => {
    expect(directives.get('script-src')?.join(' ')).not.toMatch(/unsafe/);
  });

  it('allows what Vuetify and MapLibre need, nothing more', () => {
    expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(directives.get('font-src')).toEqual(["'self'", 'data:']);
    expect(directives.get('media-src')).toEqual(["'self'", 'blob:']);
  });

  it('closes objects, base, framing and forms', () => {
    for (const name of ['object-src', 'base-uri', 'frame-ancestors', 'form-action', 'frame-src']) {
      expect(directives.get(name)).toEqual(["'none'"]);
    }
  });

  it('builds from custom directives', () => {
    expect(buildCsp({ 'default-src': ["'none'"], 'img-src': ["'self'", 'data:'] })).toBe("default-src 'none'; img-src 'self' data:");
  });
});

describe('withCspHeader', () => {
  it('replaces any existing policy whatever its case and keeps other headers', () => {
    const out = withCspHeader({ 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] }, "default-src 'self'");
    expect(out).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': ["default-src 'self'"] });
  });

  it('adds the policy when there are no headers', () => {
    expect(withCspHeader(undefined, 'x')).toEqual({ 'Content-Security-Policy': ['x'] });
  });
});
