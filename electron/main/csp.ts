// The renderer's Content-Security-Policy: built by a pure function, applied to every response.
import type { Session } from 'electron';

export type CspDirectives = Readonly<Record<string, readonly string[]>>;

export const RENDERER_CSP: CspDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // Vuetify injects its theme as inline <style>.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  // MapLibre runs its workers from blob: URLs.
  'worker-src': ["'self'", 'blob:'],
  'connect-src': ["'self'"],
  // Camera tiles: hls.js feeds the <video> through Media Source Extensions (a blob: URL).
  'media-src': ["'self'", 'blob:'],
  'frame-src': ["'none'"],
  'font-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'none'"],
};

export function buildCsp(directives: CspDirectives = RENDERER_CSP): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** Response headers with our CSP, replacing any policy the response carried (whatever its case). */
export function withCspHeader(
  headers: Record<string, string[]> | undefined,
  csp: string,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') out[name] = value;
  }
  out['Content-Security-Policy'] = [csp];
  return out;
}

export function enableCsp(session: Session, csp: string = buildCsp()): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCspHeader(details.responseHeaders, csp) });
  });
}
