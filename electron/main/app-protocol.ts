// The app:// scheme: serves renderer/dist from disk, nothing outside it.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CustomScheme, Net, Protocol } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'console';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Standard + secure so the page gets a real origin, fetch, module scripts and workers. */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
};

const URL_PREFIX = /^app:\/\/([^/?#]*)([^?#]*)/i;
const FORBIDDEN_RAW = /[\\\0]|%(?:2e|5c|00|2f)/i;
const DRIVE = /^[a-z]:/i;

/**
 * The file an app:// URL names inside rootDir, or null when the URL is not ours or tries to leave
 * the root: dot segments (plain or percent-encoded), backslashes, null bytes, encoded slashes,
 * empty segments, drive letters. A path ending in "/" names its index.html.
 */
export function resolveAppPath(
  rootDir: string,
  url: string,
  pathApi: path.PlatformPath = path,
): string | null {
  const match = URL_PREFIX.exec(url);
  if (!match) return null;
  const [, host = '', rawPath = ''] = match;
  if (host.toLowerCase() !== APP_HOST) return null;
  if (FORBIDDEN_RAW.test(rawPath)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath === '' ? '/' : rawPath);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || FORBIDDEN_RAW.test(decoded)) return null;
  const segments = decoded.slice(1).split('/');
  if (segments[segments.length - 1] === '') segments[segments.length - 1] = 'index.html';
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..' || DRIVE.test(segment)) return null;
  }
  const root = pathApi.resolve(rootDir);
  const target = pathApi.resolve(root, ...segments);
  return target.startsWith(root + pathApi.sep) ? target : null;
}

/** Must run before app 'ready'. */
export function registerAppScheme(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

export interface AppProtocolOptions {
  protocol: Protocol;
  net: Net;
  /** Absolute path of renderer/dist. */
  rootDir: string;
  /** Content-Security-Policy sent with every response (custom protocols bypass webRequest). */
  csp: string;
}

export function handleAppProtocol({ protocol, net, rootDir, csp }: AppProtocolOptions): void {
  const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    let file = resolveAppPath(rootDir, request.url);
    if (file === null) return notFound();
    if (!(await isFile(file))) {
      // History-mode routes (no extension) get the single-page entry; missing assets are 404.
      if (path.extname(file) !== '') return notFound();
      file = path.join(rootDir, 'index.html');
    }
    const response = await net.fetch(pathToFileURL(file).href);
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', csp);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
